using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Truce.Domain.Agreements;
using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using Truce.Domain.Violations;
using Truce.Domain.Zones;
using static Truce.Domain.Tests.Fixtures;

namespace Truce.Domain.Tests.Evaluation;

/// <summary>
/// Observations the evaluation could mishandle: polygon locations under every term kind, times around
/// the window, and places near the antimeridian or on the far side of the Earth. Expected values come
/// from the meridian world's layout (Fixtures) and spherical formulas, not from the code under test.
/// </summary>
public sealed class ObservationEdgeCaseTests
{
    private const string AllKinds = """
          - { id: T1, text: "No fire.", kind: prohibit-activity, types: ["fire.*"], zone: security-zone }
          - { id: T2, text: "Artillery 25 km back.", kind: keep-away, types: [equipment.artillery-100mm-plus], line: line, distance_km: 25 }
          - { id: T3, text: "Spare the plant.", kind: protect-sites, types: ["strike.*"], zone: sites }
          - { id: T4, text: "No more tanks.", kind: no-buildup, types: [equipment.tank], zone: tank-zone, baseline: { RU: 5, UA: 5 } }
          - { id: T5, text: "Let monitors pass.", kind: freedom-of-movement, types: ["restriction.*"], zone: security-zone }

        """;

    private static readonly Agreement Agreement = Meridian(AllKinds);

    /// <summary>A polygon observation: the box between two distances east of the line (km, negative: west) and two latitudes.</summary>
    private static Observation Box(int n, double fromKm, double toKm, double south, double north, string type, string? party = null, int? count = null)
    {
        var west = LongitudeEastOfLine(fromKm, (south + north) / 2);
        var east = LongitudeEastOfLine(toKm, (south + north) / 2);
        var polygon = new WKTReader().Read(FormattableString.Invariant(
            $"POLYGON (({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))"));
        return Observation(n, 0, 0, type, party: party, count: count) with { Location = polygon };
    }

    private static IReadOnlyList<Violation> Evaluate(params Observation[] observations) => ComplianceEvaluator.Evaluate(Agreement, observations);

    [Fact]
    public void APolygonWhollyInsideTheZoneCountsFully()
    {
        var violation = Assert.Single(Evaluate(Box(1, -8, -6, 47.95, 48.05, "fire.artillery", "UA")));

        Assert.Equal(("T1", Category.Certain), (violation.Term.Value, violation.Category));
        Assert.Equal(1.0, violation.Confidence, 6);
    }

    [Fact]
    public void APolygonAcrossTheZoneEdgeCountsTheShareOfItsAreaInside()
    {
        // From 17 to 13 km west of the line in a 2 km-high band: the 15 km edge halves it. The box is
        // laid out on the tests' 6371 km sphere, Truce measures on the 6380 km osculating sphere at 48°N
        // (0.15 % longer), so the edge sits 20 m further out in the box: 0.495, hence the tolerance.
        var violation = Assert.Single(Evaluate(Box(1, -17, -13, 47.99, 48.01, "fire.artillery", "UA")));

        Assert.Equal(Category.Possible, violation.Category);
        Assert.InRange(violation.Confidence, 0.49, 0.51);
    }

    [Fact]
    public void APolygonOutsideTheZoneIsNoViolation()
    {
        Assert.Empty(Evaluate(Box(1, -19, -16, 47.99, 48.01, "fire.artillery", "UA")));
    }

    [Fact]
    public void APolygonOfEquipmentOnItsOwnSideBreaksTheWithdrawalAndOnTheOtherSideDoesNot()
    {
        var own = Evaluate(Box(1, -12, -10, 47.99, 48.01, "equipment.artillery-100mm-plus", "UA"));
        var other = Evaluate(Box(2, -12, -10, 47.99, 48.01, "equipment.artillery-100mm-plus", "RU"));

        Assert.Equal(("T2", "UA", Category.Certain), (Assert.Single(own).Term.Value, own[0].Party?.Value, own[0].Category));
        Assert.Empty(other);
    }

    [Fact]
    public void APolygonOverAProtectedSiteIsAStrikeOnIt()
    {
        // The plant stands 35.5°E 48°N, about 37 km west of the line, so only T3 applies.
        var site = LongitudeEastOfLine(0) - 0.5;
        var polygon = new WKTReader().Read(FormattableString.Invariant(
            $"POLYGON (({site - 0.01} 47.99, {site + 0.01} 47.99, {site + 0.01} 48.01, {site - 0.01} 48.01, {site - 0.01} 47.99))"));

        var violation = Assert.Single(Evaluate(Observation(1, 0, 0, "strike.drone", party: "RU") with { Location = polygon }));

        Assert.Equal(("T3", Category.Certain), (violation.Term.Value, violation.Category));
    }

    [Fact]
    public void PolygonsOfTanksAddTheirCountsToTheBuildup()
    {
        var violations = Evaluate(Box(1, 5, 7, 47.99, 48.01, "equipment.tank", "RU", count: 4), Box(2, 10, 12, 47.99, 48.01, "equipment.tank", "RU", count: 3));

        var violation = Assert.Single(violations);
        Assert.Equal(("buildup:T4:RU:2025-03-20", Category.Certain), (violation.Incident.Value, violation.Category));
        Assert.Equal(["obs-0001", "obs-0002"], violation.Observations.Select(id => id.Value));
    }

    [Fact]
    public void AnUnattributedRestrictionOverAPolygonAcrossTheLineIsHeldAgainstTheLargerShare()
    {
        // 1 km west to 3 km east of the line: RU holds three quarters of the area.
        var violation = Assert.Single(Evaluate(Box(1, -1, 3, 47.99, 48.01, "restriction.access-denied")));

        Assert.Equal(("T5", "RU", Category.Possible), (violation.Term.Value, violation.Party?.Value, violation.Category));
        Assert.Equal(0.75, violation.Confidence, 2);
    }

    [Fact]
    public void IntervalsWhollyBeforeOrAfterTheWindowAreNoViolation()
    {
        var place = LongitudeEastOfLine(-5);
        var before = new ObservedInterval(WindowStart.AddDays(-3), WindowStart.AddSeconds(-1));
        var after = new ObservedInterval(WindowEnd, WindowEnd.AddDays(1));

        Assert.Empty(Evaluate(
            Observation(1, place, 48, "fire.artillery", party: "UA", interval: before),
            Observation(2, place, 48, "fire.artillery", party: "UA", interval: after),
            Observation(3, place, 48, "fire.artillery", party: "UA", at: WindowEnd),
            Observation(4, place, 48, "fire.artillery", party: "UA", at: WindowStart.AddTicks(-1))));
    }

    [Fact]
    public void AnObservationOnTheFarSideOfTheEarthNeverLandsInTheTheatre()
    {
        // The projection is centred on 36°E 48°N, which lies on the line; its antipode is 144°W 48°S.
        Assert.Equal((36.0, 48.0), (Agreement.Projection.CentreLongitude, Agreement.Projection.CentreLatitude));

        Assert.Empty(Evaluate(
            Observation(1, -144, -48, "fire.artillery", party: "UA"),
            Observation(2, -144, -48, "fire.artillery", uncertaintyM: 5000, party: "UA"),
            Observation(3, -144, -48, "restriction.access-denied")));
    }

    [Theory]
    [InlineData(180.0)]
    [InlineData(-180.0)]
    [InlineData(179.999)]
    public void ADiskAcrossTheAntimeridianFarFromTheTheatreIsEvaluatedWithoutViolation(double longitude)
    {
        Assert.Empty(Evaluate(
            Observation(1, longitude, 48, "fire.artillery", uncertaintyM: 20_000, party: "RU"),
            Observation(2, longitude, 0, "equipment.tank", uncertaintyM: 50_000, party: "RU", count: 100)));
    }

    [Fact]
    public void ATheatreCutAtTheAntimeridianIsMeasuredAsOnePlace()
    {
        // A 0.2° x 0.2° square centred on 180°, 17°S, cut in two as RFC 7946 asks. By hand on the
        // sphere: 0.2° of latitude is 22.24 km; 0.2° of longitude at 17°S is 22.24 x cos 17° = 21.27 km,
        // so about 473 km2 (the ellipsoid gives 471; Truce's sphere lies between).
        var files = new Dictionary<string, string>
        {
            ["area.geojson"] = GeoJson("MULTIPOLYGON (((179.9 -17.1, 180 -17.1, 180 -16.9, 179.9 -16.9, 179.9 -17.1)), ((-180 -17.1, -179.9 -17.1, -179.9 -16.9, -180 -16.9, -180 -17.1)))"),
        };
        var result = Parse("""
            id: dateline
            title: A theatre on the antimeridian
            window: { start: 2025-03-14T00:00:00Z, end: 2025-04-13T00:00:00Z }
            parties:
              - { code: A, name: Party A }
            zones:
              - { id: area, kind: area, geometry: area.geojson }
            terms:
              - { id: T1, text: "No fire.", kind: prohibit-activity, types: ["fire.*"], zone: area }
            """, files);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var agreement = result.Agreement!;

        Assert.InRange(agreement.Zone(new ZoneId("area")).AreaKm2, 468, 476);
        Assert.Equal(180, Math.Abs(agreement.Projection.CentreLongitude), 6);
        var inside = ComplianceEvaluator.Evaluate(agreement, [
            Observation(1, 179.99, -17.0, "fire.artillery", uncertaintyM: 500),
            Observation(2, -179.99, -17.0, "fire.artillery", uncertaintyM: 500),
            Observation(3, 180.0, -17.0, "fire.artillery", uncertaintyM: 500),
            Observation(4, 179.7, -17.0, "fire.artillery", uncertaintyM: 500),
        ]);
        Assert.Equal(["obs-0001", "obs-0002", "obs-0003"], inside.Select(v => v.Incident.Value));
        Assert.All(inside, v => Assert.Equal(1.0, v.Confidence, 6));
    }

    [Fact]
    public void TheProjectionCentreIsTheMiddleOfTheShortestArcOfLongitudes()
    {
        var reader = new WKTReader();
        Geometry[] acrossTheDateline = [reader.Read("LINESTRING (170 -10, 180 -10)"), reader.Read("LINESTRING (-180 -10, -176 -20)")];
        Geometry[] ordinary = [reader.Read("LINESTRING (30 44, 40 52)")];

        var dateline = MetricProjection.CentredOn(acrossTheDateline);
        var usual = MetricProjection.CentredOn(ordinary);

        Assert.Equal((177.0, -15.0), (dateline.CentreLongitude, dateline.CentreLatitude));
        Assert.Equal((35.0, 48.0), (usual.CentreLongitude, usual.CentreLatitude));
    }

    [Fact]
    public void TheAntipodeOfTheCentreProjectsHalfAWorldAway()
    {
        var projection = new MetricProjection(36, 48);

        var (x, y) = projection.Forward(-144, -48);

        Assert.Equal(Math.PI * projection.RadiusM, Math.Sqrt((x * x) + (y * y)), 3);
    }
}
