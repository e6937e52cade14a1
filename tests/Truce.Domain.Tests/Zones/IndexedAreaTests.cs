using CsCheck;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Truce.Domain.Agreements;
using Truce.Domain.Zones;

namespace Truce.Domain.Tests.Zones;

public sealed class IndexedAreaTests
{
    private const double Half = 10_000;

    private static readonly IndexedArea Square = new(new WKTReader().Read("POLYGON ((-10000 -10000, 10000 -10000, 10000 10000, -10000 10000, -10000 -10000))"));

    private static double DistanceToSquare(double x, double y)
    {
        var dx = Math.Max(0, Math.Abs(x) - Half);
        var dy = Math.Max(0, Math.Abs(y) - Half);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    [Fact]
    public void ADiskWhollyInsideCountsFullyAndOneWhollyOutsideNotAtAll()
    {
        Gen.Select(Gen.Double[-30_000, 30_000], Gen.Double[-30_000, 30_000], Gen.Double[0, 5_000]).Sample((x, y, r) =>
        {
            var fraction = Square.DiskFraction(x, y, r);
            var inside = Math.Abs(x) + r <= Half && Math.Abs(y) + r <= Half;
            var outside = DistanceToSquare(x, y) > r;
            return inside ? fraction == 1 : outside ? fraction == 0 : fraction is > 0 and < 1;
        });
    }

    [Fact]
    public void ADiskCutByOneStraightEdgeHasTheCircularSegmentShareInside()
    {
        // Centre at height h above the top edge (negative: below it), far from the corners.
        Gen.Select(Gen.Double[-0.95, 0.95], Gen.Double[100, 3_000]).Sample((t, r) =>
        {
            var h = t * r;
            var outsideShare = ((r * r * Math.Acos(Math.Abs(h) / r)) - (Math.Abs(h) * Math.Sqrt((r * r) - (h * h)))) / (Math.PI * r * r);
            var expected = h > 0 ? outsideShare : 1 - outsideShare;
            var fraction = Square.DiskFraction(0, Half + h, r);
            return Math.Abs(fraction - Math.Min(expected, 0.9999)) < 0.002;
        });
    }

    [Fact]
    public void SplittingIntoPiecesChangesNoAnswerOnTheExampleSecurityZone()
    {
        var mission = Path.Combine(Fixtures.RepositoryRoot(), "examples", "example-30-day");
        var agreement = AgreementParser.Parse("agreement.yaml", File.ReadAllText(Path.Combine(mission, "agreement.yaml")), r => File.ReadAllText(Path.Combine(mission, r))).Agreement!;
        var whole = agreement.Zone(new ZoneId("security-zone")).Metric;
        var indexed = new IndexedArea(whole);
        var box = whole.EnvelopeInternal;

        Gen.Select(Gen.Double[box.MinX, box.MaxX], Gen.Double[box.MinY, box.MaxY], Gen.Double[0, 3_000]).Sample((x, y, r) =>
        {
            var covers = SimplePointInAreaLocator.Locate(new Coordinate(x, y), whole) != Location.Exterior;
            var share = Math.Min(DiskOverlap.Area(x, y, r, whole) / (Math.PI * r * r), IndexedArea.PartialCeiling);
            var fraction = indexed.DiskFraction(x, y, r);
            var agrees = r == 0
                ? fraction == (covers ? 1 : 0)
                : fraction switch
                {
                    1 => share >= IndexedArea.PartialCeiling - 1e-9,
                    0 => share <= 1e-9,
                    _ => Math.Abs(fraction - share) < 1e-9,
                };
            return indexed.Covers(x, y) == covers && agrees;
        }, iter: 3_000);
    }

    [Fact]
    public void APointOnTheBoundaryIsInside()
    {
        Assert.Equal(1, Square.DiskFraction(Half, 0, 0));
        Assert.Equal(0, Square.DiskFraction(Half + 0.001, 0, 0));
    }

    [Fact]
    public void SignedDistanceIsPositiveInsideAndNegativeOutside()
    {
        Assert.Equal(4_000, Square.SignedDistanceM(6_000, 0), 6);
        Assert.Equal(-5_000, Square.SignedDistanceM(0, -15_000), 6);
    }
}
