using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using Truce.Domain.Violations;
using static Truce.Domain.Tests.Fixtures;

namespace Truce.Domain.Tests.Evaluation;

public sealed class ComplianceEvaluatorTests
{
    private const string FireTerm = """
          - { id: T1, text: "No fire.", kind: prohibit-activity, types: ["fire.*"], zone: security-zone }

        """;

    private const string ArtilleryWithdrawal = """
          - { id: T2, text: "Artillery 25 km back.", kind: keep-away, types: [equipment.artillery-100mm-plus], line: line, distance_km: 25 }

        """;

    private static IReadOnlyList<Violation> Evaluate(string terms, params Observation[] observations) =>
        ComplianceEvaluator.Evaluate(Meridian(terms), observations);

    [Fact]
    public void FireWellInsideTheZoneFromAStrongSourceIsCertain()
    {
        var violation = Assert.Single(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(-5), 48, "fire.artillery", uncertaintyM: 300, party: "RU", basis: "crater analysis", reliability: 'B', credibility: 2)));

        Assert.Equal("T1", violation.Term.Value);
        Assert.Equal("RU", violation.Party?.Value);
        Assert.Equal(Category.Certain, violation.Category);
        Assert.Equal(0.81, violation.Confidence, 6);
        Assert.Equal(new DateOnly(2025, 3, 20), violation.Day);
        Assert.Equal("obs-0001", violation.Incident.Value);
        Assert.StartsWith("fire.artillery observed 10.0 km inside the edge of security-zone (uncertainty 300 m, 100% of the disk inside); attributed to RU by crater analysis; source B2 (monitor, patrol-1, seen)", violation.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void FireFromAWeakerSourceIsProbable()
    {
        var violation = Assert.Single(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(5), 48, "fire.mortar", party: "UA", reliability: 'C', credibility: 3)));

        Assert.Equal(Category.Probable, violation.Category);
        Assert.Equal(0.75 * 0.75, violation.Confidence, 6);
    }

    [Fact]
    public void FireOutsideTheZoneIsNoViolation()
    {
        Assert.Empty(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(20), 48, "fire.artillery", uncertaintyM: 1000, party: "RU")));
    }

    [Fact]
    public void ATypeTheTermDoesNotNameIsNoViolation()
    {
        Assert.Empty(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(2), 48, "movement.convoy", party: "RU")));
    }

    [Fact]
    public void ADiskStraddlingTheZoneEdgeIsPossibleWithTheShareInsideAsItsPlaceFactor()
    {
        // Centre 15.5 km from the line, radius 2 km: the 15 km edge (straight here) cuts the disk at
        // h = 0.5 km; the circular segment inside is (r^2 acos(h/r) - h sqrt(r^2 - h^2)) / (pi r^2).
        const double r = 2, h = 0.5;
        var expected = ((r * r * Math.Acos(h / r)) - (h * Math.Sqrt((r * r) - (h * h)))) / (Math.PI * r * r);

        var violation = Assert.Single(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(15.5), 48, "fire.artillery", uncertaintyM: 2000, party: "RU")));

        Assert.Equal(Category.Possible, violation.Category);
        Assert.InRange(violation.Confidence, expected - 0.01, expected + 0.01);
    }

    [Fact]
    public void AnUnattributedObservationIsReportedWithoutAParty()
    {
        var violation = Assert.Single(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(3), 48, "fire.small-arms")));

        Assert.Null(violation.Party);
        Assert.Contains("party unknown", violation.Rationale, StringComparison.Ordinal);
        Assert.Equal(1.0, violation.Confidence, 6);
    }

    [Fact]
    public void AnAttributionWithoutBasisWeighsLess()
    {
        var violation = Assert.Single(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(3), 48, "fire.artillery", party: "RU", basis: null)));

        Assert.Equal(0.8, violation.Confidence, 6);
        Assert.Equal(Category.Certain, violation.Category);
    }

    [Fact]
    public void APartyOutsideTheTermsPartiesIsNoViolation()
    {
        var onlyRussia = FireTerm.Replace("zone: security-zone }", "zone: security-zone, parties: [RU] }", StringComparison.Ordinal);

        Assert.Empty(Evaluate(onlyRussia, Observation(1, LongitudeEastOfLine(3), 48, "fire.artillery", party: "UA")));
    }

    [Fact]
    public void AnInstantExactlyAtTheWindowStartCounts()
    {
        Assert.Single(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(3), 48, "fire.artillery", at: WindowStart, party: "RU")));
    }

    [Fact]
    public void AnInstantExactlyAtTheWindowEndDoesNotCount()
    {
        Assert.Empty(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(3), 48, "fire.artillery", at: WindowEnd, party: "RU")));
    }

    [Fact]
    public void AnIntervalOverlappingTheWindowStartIsPossibleAndDatedAtTheStart()
    {
        var interval = new ObservedInterval(WindowStart.AddHours(-3), WindowStart.AddHours(1));

        var violation = Assert.Single(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(3), 48, "fire.artillery", party: "RU", interval: interval)));

        Assert.Equal(Category.Possible, violation.Category);
        Assert.Equal(0.25, violation.Confidence, 6);
        Assert.Equal(WindowStart, violation.At);
        Assert.Equal(new DateOnly(2025, 3, 14), violation.Day);
    }

    [Fact]
    public void AnIntervalEndingExactlyAtTheWindowEndIsOnlyPossible()
    {
        var interval = new ObservedInterval(WindowEnd.AddHours(-2), WindowEnd);

        var violation = Assert.Single(Evaluate(FireTerm, Observation(1, LongitudeEastOfLine(3), 48, "fire.artillery", party: "RU", interval: interval)));

        Assert.Equal(Category.Possible, violation.Category);
    }

    [Fact]
    public void ATermsOwnWindowReplacesTheAgreements()
    {
        var firstWeek = FireTerm.Replace("zone: security-zone }", "zone: security-zone, window: { start: 2025-03-14T00:00:00Z, end: 2025-03-21T00:00:00Z } }", StringComparison.Ordinal);

        Assert.Empty(Evaluate(firstWeek, Observation(1, LongitudeEastOfLine(3), 48, "fire.artillery", at: WindowStart.AddDays(8), party: "RU")));
        Assert.Single(Evaluate(firstWeek, Observation(1, LongitudeEastOfLine(3), 48, "fire.artillery", at: WindowStart.AddDays(6), party: "RU")));
    }

    [Fact]
    public void ArtilleryOnOwnSideInside25KmBreaksWithdrawalTerm()
    {
        // RU holds the east: 10 km east of the line is RU's own side.
        var violation = Assert.Single(Evaluate(ArtilleryWithdrawal, Observation(1, LongitudeEastOfLine(10), 48, "equipment.artillery-100mm-plus", uncertaintyM: 50, party: "RU")));

        Assert.Equal("RU", violation.Party?.Value);
        Assert.Equal(Category.Certain, violation.Category);
        Assert.StartsWith("equipment.artillery-100mm-plus observed 10.0 km from line on RU's own side, within the 25 km withdrawal distance", violation.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void ArtilleryOnTheOtherPartysSideIsNoWithdrawalBreach()
    {
        Assert.Empty(Evaluate(ArtilleryWithdrawal, Observation(1, LongitudeEastOfLine(-10), 48, "equipment.artillery-100mm-plus", party: "RU")));
    }

    [Fact]
    public void ArtilleryBeyondTheDistanceIsNoBreach()
    {
        Assert.Empty(Evaluate(ArtilleryWithdrawal, Observation(1, LongitudeEastOfLine(-26), 48, "equipment.artillery-100mm-plus", party: "UA")));
        Assert.Single(Evaluate(ArtilleryWithdrawal, Observation(1, LongitudeEastOfLine(-24), 48, "equipment.artillery-100mm-plus", party: "UA")));
    }

    [Fact]
    public void UnattributedEquipmentInsideTheDistanceIsReportedWithoutAParty()
    {
        var violation = Assert.Single(Evaluate(ArtilleryWithdrawal, Observation(1, LongitudeEastOfLine(-12), 48, "equipment.artillery-100mm-plus")));

        Assert.Null(violation.Party);
        Assert.Contains("on UA's own side", violation.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void AStrikeWithinASitesRadiusBreaksProtectSites()
    {
        const string terms = """
              - { id: T3, text: "No strikes on energy.", kind: protect-sites, types: ["strike.*"], zone: sites }

            """;

        // Plant West stands at 35.5E 48N; 0.018 degrees of latitude north is 2.0 km (111.2 km a degree).
        var violation = Assert.Single(Evaluate(terms, Observation(1, 35.5, 48.018, "strike.drone", party: "RU")));
        Assert.StartsWith("strike.drone observed 2.0 km from Plant West, within the 3 km protected radius of sites", violation.Rationale, StringComparison.Ordinal);
        Assert.Empty(Evaluate(terms, Observation(2, 35.5, 48.036, "strike.drone", party: "RU")));
    }

    [Fact]
    public void TankCountsAboveTheBaselineOnOneDayAreOneBuildupViolation()
    {
        const string terms = """
              - { id: T4, text: "No tank buildup.", kind: no-buildup, types: [equipment.tank], zone: tank-zone, baseline: { RU: 100, UA: 100 } }

            """;
        var day = new DateTimeOffset(2025, 3, 22, 6, 0, 0, TimeSpan.Zero);

        var violations = Evaluate(
            terms,
            Observation(1, LongitudeEastOfLine(10), 48, "equipment.tank", at: day, party: "RU", count: 60),
            Observation(2, LongitudeEastOfLine(20), 48.5, "equipment.tank", at: day.AddHours(3), party: "RU", count: 50, reliability: 'B', credibility: 2),
            Observation(3, LongitudeEastOfLine(40), 48, "equipment.tank", at: day, party: "RU", count: 500),
            Observation(4, LongitudeEastOfLine(10), 48, "equipment.tank", at: day.AddDays(1), party: "RU", count: 60),
            Observation(5, LongitudeEastOfLine(-10), 48, "equipment.tank", at: day, party: "UA", count: 90));

        var violation = Assert.Single(violations);
        Assert.Equal("buildup:T4:RU:2025-03-22", violation.Incident.Value);
        Assert.Equal(["obs-0001", "obs-0002"], violation.Observations.Select(id => id.Value));
        Assert.Equal(day, violation.At);
        Assert.Equal(Category.Certain, violation.Category);
        Assert.Equal(((60 * 1.0) + (50 * 0.81)) / 110, violation.Confidence, 6);
    }

    [Fact]
    public void AnUnattributedRestrictionIsHeldAgainstThePartyControllingThePlace()
    {
        const string terms = """
              - { id: T5, text: "Free movement.", kind: freedom-of-movement, types: ["restriction.*"], zone: security-zone }

            """;

        var east = Assert.Single(Evaluate(terms, Observation(1, LongitudeEastOfLine(5), 48, "restriction.access-denied", uncertaintyM: 200)));
        var west = Assert.Single(Evaluate(terms, Observation(2, LongitudeEastOfLine(-5), 48, "restriction.access-denied", party: "RU")));

        Assert.Equal("RU", east.Party?.Value);
        Assert.Contains("which controls the place", east.Rationale, StringComparison.Ordinal);
        Assert.Equal("RU", west.Party?.Value);
    }

    [Fact]
    public void ARestrictionStraddlingTheLineIsOnlyPossiblyHeldAgainstTheMajorController()
    {
        const string terms = """
              - { id: T5, text: "Free movement.", kind: freedom-of-movement, types: ["restriction.*"], zone: security-zone }

            """;

        // 0.5 km east of the line with a 2 km radius: the line cuts the disk at h = 0.5 km, so RU
        // controls 1 - 0.3425 = 0.6575 of it (circular segment, as in the zone-edge test).
        const double r = 2, h = 0.5;
        var westShare = ((r * r * Math.Acos(h / r)) - (h * Math.Sqrt((r * r) - (h * h)))) / (Math.PI * r * r);

        var violation = Assert.Single(Evaluate(terms, Observation(1, LongitudeEastOfLine(0.5), 48, "restriction.access-denied", uncertaintyM: 2000)));

        Assert.Equal("RU", violation.Party?.Value);
        Assert.Equal(Category.Possible, violation.Category);
        Assert.InRange(violation.Confidence, 1 - westShare - 0.01, 1 - westShare + 0.01);
    }

    [Fact]
    public void ViolationsComeOrderedByTimeThenIncidentThenTerm()
    {
        var terms = FireTerm + """
              - { id: T0, text: "No fire near plants.", kind: protect-sites, types: ["fire.*"], zone: sites }

            """;
        var early = WindowStart.AddDays(1);

        var violations = Evaluate(
            terms,
            Observation(3, LongitudeEastOfLine(4), 48, "fire.artillery", at: early.AddHours(1), party: "RU"),
            Observation(2, 35.99, 48, "fire.artillery", at: early, party: "RU"),
            Observation(1, 35.5, 48, "fire.artillery", at: early, party: "UA"));

        Assert.Equal(
            ["obs-0001/T0", "obs-0002/T1", "obs-0003/T1"],
            violations.Select(v => $"{v.Incident}/{v.Term}"));
    }
}
