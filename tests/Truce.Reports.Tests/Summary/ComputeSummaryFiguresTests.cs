using CsCheck;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Truce.Domain.Violations;
using Truce.Reports.Daily;
using Truce.Reports.Summary;
using Truce.Reports.Tests.Daily;

namespace Truce.Reports.Tests.Summary;

public sealed class ComputeSummaryFiguresTests
{
    private static readonly AlongLine Line = new((LineString)new WKTReader().Read("LINESTRING (37.5 50, 37.5 46)"));
    private static readonly DateOnly First = new(2025, 3, 14);
    private static readonly DateOnly Last = new(2025, 3, 20);

    [Fact]
    public void TotalsPerPartyAndTermAndTheWorstDaysAreCountedByHand()
    {
        var violations = new List<ReportViolation>
        {
            Fixtures.Violation("2025-03-14", "RU", term: "T1"),
            Fixtures.Violation("2025-03-15", "RU", term: "T1", hour: "01:00"),
            Fixtures.Violation("2025-03-15", "RU", term: "T2", hour: "03:00"),
            Fixtures.Violation("2025-03-15", "UA", term: "T1"),
            Fixtures.Violation("2025-03-16", null, term: "T3"),
            Fixtures.Violation("2025-03-21", "UA", term: "T1"),
        };

        var figures = ComputeSummaryFigures.For(First, Last, violations, ["RU", "UA"], Line);

        Assert.Equal(5, figures.Total);
        Assert.Equal([new KeyCount("RU", 3), new KeyCount("UA", 1), new KeyCount("unknown", 1)], figures.ByParty);
        Assert.Equal(["T1", "T2", "T3"], figures.ByTerm.Select(row => row.Term));
        Assert.Equal(3, figures.ByTerm[0].Total);
        Assert.Equal(2, figures.ByTerm[0].ByParty["RU"]);
        Assert.Equal(1, figures.ByTerm[2].ByParty["unknown"]);
        Assert.Equal([new KeyCount("2025-03-15", 3), new KeyCount("2025-03-14", 1), new KeyCount("2025-03-16", 1)], figures.WorstDays);
        Assert.Equal([1, 2, 0, 0, 0, 0, 0], figures.DailyByParty["RU"]);
    }

    [Fact]
    public void TheHeatMapPutsAViolationInTheBandOfItsDistanceAlongTheLine()
    {
        // Fixtures place every violation at 37.5°E 48.0°N: 2° south of the line's start, 222.4 km,
        // which is band 8 of 25 km bands (200–225 km).
        var figures = ComputeSummaryFigures.For(First, Last, [Fixtures.Violation("2025-03-16", "RU")], ["RU", "UA"], Line);

        Assert.Equal(1, figures.HeatMap[8, 2]);
        Assert.Equal(18, figures.HeatMap.GetLength(0)); // 444.8 km in 25 km bands
    }

    [Fact]
    public void EveryBreakdownOfTheWindowAddsUpToItsTotal()
    {
        var parties = new[] { "RU", "UA", null };
        var generator =
            from day in Gen.Int[10, 24]
            from party in Gen.Int[0, 2].Select(i => parties[i])
            from term in Gen.Int[1, 5]
            from category in Gen.Enum<Category>()
            select Fixtures.Violation($"2025-03-{day:00}", party, term: $"T{term}", category: category);

        generator.List[0, 60].Sample(violations =>
        {
            var figures = ComputeSummaryFiguresTestsHelpers.Figures(violations);
            Assert.Equal(figures.Total, figures.ByParty.Sum(row => row.Count));
            Assert.Equal(figures.Total, figures.ByTerm.Sum(row => row.Total));
            Assert.Equal(figures.Total, figures.DailyByParty.Values.Sum(days => days.Sum()));
            Assert.Equal(figures.Total, figures.HeatMap.Cast<int>().Sum());
        });
    }

    private static class ComputeSummaryFiguresTestsHelpers
    {
        public static SummaryFigures Figures(List<ReportViolation> violations) =>
            ComputeSummaryFigures.For(First, Last, violations, ["RU", "UA"], Line);
    }
}
