using CsCheck;
using Truce.Domain.Violations;
using Truce.Reports.Daily;

namespace Truce.Reports.Tests.Daily;

public sealed class ComputeDailyFiguresTests
{
    private static readonly DateOnly WindowStart = new(2025, 3, 14);

    [Fact]
    public void CountsTheReportDayAgainstThePreviousDayAndTheSevenDaysBefore()
    {
        // Worked out by hand: on 03-20 RU has 3 and UA 1; on 03-19 RU 1, UA 2; 03-15 RU 2.
        // The seven days before 03-20 inside the window are 03-14 … 03-19 (six days): RU 3/6, UA 2/6.
        var violations = new List<ReportViolation>
        {
            Fixtures.Violation("2025-03-20", "RU", hour: "01:00"),
            Fixtures.Violation("2025-03-20", "RU", hour: "02:00"),
            Fixtures.Violation("2025-03-20", "RU", type: "fire.mortar", hour: "03:00"),
            Fixtures.Violation("2025-03-20", "UA"),
            Fixtures.Violation("2025-03-19", "RU"),
            Fixtures.Violation("2025-03-19", "UA", hour: "04:00"),
            Fixtures.Violation("2025-03-19", "UA", hour: "05:00"),
            Fixtures.Violation("2025-03-15", "RU", hour: "04:00"),
            Fixtures.Violation("2025-03-15", "RU", hour: "05:00"),
            Fixtures.Violation("2025-03-21", "UA"),
        };

        var figures = ComputeDailyFigures.For(new DateOnly(2025, 3, 20), WindowStart, violations, ["RU", "UA"], []);

        Assert.Equal(new CountRow("all", 4, 3, 5 / 6.0), figures.Total);
        Assert.Equal(new CountRow("RU", 3, 1, 3 / 6.0), figures.ByParty[0]);
        Assert.Equal(new CountRow("UA", 1, 2, 2 / 6.0), figures.ByParty[1]);
        Assert.Equal(2, figures.ByParty.Count);
        Assert.Equal(["fire.artillery", "fire.mortar"], figures.ByType.Select(row => row.Key));
        Assert.Equal([3, 1], figures.ByType.Select(row => row.Count));
    }

    [Fact]
    public void TheWindowsFirstDayHasNoSevenDayAverage()
    {
        var figures = ComputeDailyFigures.For(WindowStart, WindowStart, [Fixtures.Violation("2025-03-14", "RU")], ["RU", "UA"], []);

        Assert.Null(figures.Total.SevenDayAverage);
        Assert.Equal(1, figures.Total.Count);
    }

    [Fact]
    public void UnattributedViolationsAreCountedUnderPartyUnknownNeverAgainstAParty()
    {
        var figures = ComputeDailyFigures.For(
            new DateOnly(2025, 3, 20), WindowStart, [Fixtures.Violation("2025-03-20", null), Fixtures.Violation("2025-03-20", "UA")], ["RU", "UA"], []);

        Assert.Equal(["RU", "UA", "unknown"], figures.ByParty.Select(row => row.Key));
        Assert.Equal([0, 1, 1], figures.ByParty.Select(row => row.Count));
    }

    [Fact]
    public void MostSeriousPutsCertainFirstThenHigherConfidence()
    {
        var violations = new List<ReportViolation>
        {
            Fixtures.Violation("2025-03-20", "RU", category: Category.Possible, confidence: 0.9, id: "a"),
            Fixtures.Violation("2025-03-20", "RU", category: Category.Certain, confidence: 0.6, id: "b"),
            Fixtures.Violation("2025-03-20", "UA", category: Category.Probable, confidence: 0.7, id: "c"),
            Fixtures.Violation("2025-03-20", "UA", category: Category.Certain, confidence: 0.8, id: "d"),
        };

        var figures = ComputeDailyFigures.For(new DateOnly(2025, 3, 20), WindowStart, violations, ["RU", "UA"], []);

        Assert.Equal(["d", "b", "c", "a"], figures.MostSerious.Select(v => v.Violation.Incident.Value));
    }

    [Fact]
    public void EveryBreakdownAddsUpToTheDaysTotal()
    {
        var parties = new[] { "RU", "UA", null };
        var types = new[] { "fire.artillery", "strike.drone", "equipment.tank" };
        var zones = new[] { "security-zone", "energy-sites" };
        var generator =
            from day in Gen.Int[14, 22]
            from party in Gen.Int[0, parties.Length - 1].Select(i => parties[i])
            from type in Gen.Int[0, types.Length - 1].Select(i => types[i])
            from zone in Gen.Int[0, zones.Length - 1].Select(i => zones[i])
            from category in Gen.Enum<Category>()
            from hour in Gen.Int[0, 23]
            select Fixtures.Violation($"2025-03-{day:00}", party, type, zone, "T1", category, 0.5, $"{hour:00}:00");

        generator.List[0, 80].Sample(violations =>
        {
            var figures = ComputeDailyFigures.For(new DateOnly(2025, 3, 20), WindowStart, violations, ["RU", "UA"], []);
            var expected = violations.Count(v => v.Violation.Day == new DateOnly(2025, 3, 20));
            Assert.Equal(expected, figures.Total.Count);
            Assert.Equal(expected, figures.ByParty.Sum(row => row.Count));
            Assert.Equal(expected, figures.ByType.Sum(row => row.Count));
            Assert.Equal(expected, figures.ByZone.Sum(row => row.Count));
            Assert.Equal(expected, figures.ByCategory.Sum(row => row.Count));
            Assert.Equal(violations.Count(v => v.Violation.Day == new DateOnly(2025, 3, 19)), figures.Total.PreviousDay);
        });
    }
}
