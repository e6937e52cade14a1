using CsCheck;
using NetTopologySuite.Geometries;
using Truce.Domain.Agreements;
using Truce.Domain.Incidents;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Domain.Violations;
using Truce.Simulation.Accuracy;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Tests.Accuracy;

public sealed class MeasureAccuracyTests
{
    private static readonly PartyCode Ru = new("RU");
    private static readonly PartyCode Ua = new("UA");
    private static readonly TimeWindow Window = new(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 4, 13, 0, 0, 0, TimeSpan.Zero));

    private static readonly Term[] Terms =
    [
        Term("T1", TermKind.ProhibitActivity),
        Term("T6", TermKind.ProtectSites),
        Term("T7", TermKind.NoBuildup),
    ];

    private static Term Term(string id, TermKind kind) => new()
    {
        Id = new TermId(id),
        Text = id,
        Kind = kind,
        Types = [TypePattern.TryParse("fire.*")!],
        Zone = new ZoneId("z"),
        Parties = [Ru, Ua],
        Window = Window,
    };

    private static TrueEvent Event(string id, PartyCode party, string[] breaks, params string[] reportedBy) => new()
    {
        Id = id,
        At = Window.Start.AddHours(1),
        Location = new Point(36, 48),
        Type = new ObservationType("fire.artillery"),
        Party = party,
        Class = EventClass.FireInSecurityZone,
        DistanceToLineM = 1000,
        ReportedBy = [.. reportedBy.Select(o => new ObservationId(o))],
        Breaks = breaks,
    };

    private static Violation Finding(string term, PartyCode? party, params string[] observations) => new(
        new IncidentId(observations[0]),
        [.. observations.Select(o => new ObservationId(o))],
        new TermId(term),
        party,
        new DateOnly(2025, 3, 14),
        Window.Start.AddHours(1),
        Category.Probable,
        0.8,
        "test");

    // e1 (RU) breaks T1, reported twice; e2 (UA) breaks T1 and T6, reported once; e3 (RU) breaks nothing.
    private static readonly TrueEvent[] Truth =
    [
        Event("e1", Ru, ["T1"], "o1", "o2"),
        Event("e2", Ua, ["T1", "T6"], "o3"),
        Event("e3", Ru, [], "o4"),
    ];

    private static readonly Violation[] Findings =
    [
        Finding("T1", Ru, "o1"),       // matched (e1, T1)
        Finding("T1", Ru, "o2"),       // duplicate of (e1, T1)
        Finding("T1", Ru, "o3"),       // e2 breaks T1 but is UA's: misattributed
        Finding("T6", null, "o3"),     // e2 breaks T6, no party named: unattributed
        Finding("T1", Ua, "o4"),       // e3 breaks nothing: not broken
        Finding("T1", Ru, "o5"),       // o5 reports nothing real: false report
        Finding("T7", Ru, "o1", "o2"), // no-buildup: not measured
    ];

    [Fact]
    public void EachFindingLandsInExactlyOneClassWorkedOutByHand()
    {
        var report = MeasureAccuracy.Measure(Terms, Truth, Findings);

        var prohibit = Assert.Single(report.Kinds, k => k.Kind == TermKind.ProhibitActivity);
        Assert.Equal(
            (2, 5, 1, 2, 1, 1, 0, 1, 1),
            (prohibit.TrueViolations, prohibit.Findings, prohibit.Matched, prohibit.Detected, prohibit.Duplicates, prohibit.Misattributed, prohibit.Unattributed, prohibit.NotBroken, prohibit.FalseReports));
        Assert.Equal(0.5, prohibit.Recall);
        Assert.Equal(1.0, prohibit.DetectionRecall);
        Assert.Equal(2.0 / 5, prohibit.RawPrecision);
        Assert.Equal(1.0 / 4, prohibit.UniquePrecision);
        Assert.Equal(1.0 / 5, prohibit.DuplicateShare);
        Assert.Equal(5.0 / 2, prohibit.Inflation);

        var sites = Assert.Single(report.Kinds, k => k.Kind == TermKind.ProtectSites);
        Assert.Equal((1, 1, 0, 1, 1), (sites.TrueViolations, sites.Findings, sites.Matched, sites.Detected, sites.Unattributed));
        Assert.Equal(0.0, sites.Recall);

        Assert.Equal((3, 6, 1), (report.Total.TrueViolations, report.Total.Findings, report.Total.Matched));
        Assert.Equal(1, report.FindingsNotMeasured);
        Assert.DoesNotContain(report.Kinds, k => k.Kind == TermKind.NoBuildup);
    }

    [Fact]
    public void TheFirstFindingOfATrueViolationIsTheMatchAndLaterOnesAreDuplicates()
    {
        var reversed = MeasureAccuracy.Measure(Terms, Truth, [Finding("T1", Ru, "o2"), Finding("T1", Ru, "o1")]);

        var prohibit = reversed.Kinds.Single(k => k.Kind == TermKind.ProhibitActivity);
        Assert.Equal((1, 1), (prohibit.Matched, prohibit.Duplicates));
    }

    [Fact]
    public void WithNoFindingsRecallIsZeroAndPrecisionIsUndefined()
    {
        var report = MeasureAccuracy.Measure(Terms, Truth, []);

        var prohibit = report.Kinds.Single(k => k.Kind == TermKind.ProhibitActivity);
        Assert.Equal(0.0, prohibit.Recall);
        Assert.True(double.IsNaN(prohibit.RawPrecision));
        Assert.Contains("| prohibit-activity | 2 | 0 | 0.000 | 0.000 | – |", AccuracyTable.Markdown(report), StringComparison.Ordinal);
    }

    [Fact]
    public void FindingsArePartitionedAndMatchesNeverExceedTheTruth()
    {
        // Random worlds: up to 30 events each breaking a random subset of T1/T6 and reported by up to
        // three observations; up to 60 findings naming random observations (some unknown), terms and parties.
        var parties = new PartyCode?[] { Ru, Ua, null };
        var genEvent = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1], Gen.Int[0, 3]);
        var genFinding = Gen.Select(Gen.Int[0, 100], Gen.Int[0, 2], Gen.Int[0, 2]);
        Gen.Select(genEvent.Array[0, 30], genFinding.Array[0, 60]).Sample((events, findings) =>
        {
            var observation = 0;
            var truth = events.Select((e, i) => Event(
                $"e{i}",
                e.Item2 == 0 ? Ru : Ua,
                [.. new[] { "T1", "T6" }.Where((_, bit) => (e.Item1 & (1 << bit)) != 0)],
                [.. Enumerable.Range(0, e.Item3).Select(_ => $"o{observation++}")])).ToList();
            var found = findings.Select(f => Finding(f.Item2 == 2 ? "T7" : f.Item2 == 0 ? "T1" : "T6", parties[f.Item3], $"o{f.Item1}")).ToList();

            var report = MeasureAccuracy.Measure(Terms, truth, found);

            foreach (var row in report.Kinds.Append(report.Total))
            {
                Assert.Equal(row.Findings, row.Matched + row.Duplicates + row.Misattributed + row.Unattributed + row.NotBroken + row.FalseReports);
                Assert.InRange(row.Matched, 0, row.Detected);
                Assert.InRange(row.Detected, 0, row.TrueViolations);
            }

            Assert.Equal(found.Count, report.Total.Findings + report.FindingsNotMeasured);
            Assert.Equal(truth.Sum(e => e.Breaks.Count), report.Total.TrueViolations);
        });
    }
}
