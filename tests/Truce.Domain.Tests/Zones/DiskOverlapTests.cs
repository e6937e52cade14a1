using CsCheck;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Truce.Domain.Zones;

namespace Truce.Domain.Tests.Zones;

public sealed class DiskOverlapTests
{
    private static readonly WKTReader Wkt = new();

    /// <summary>Reference by a different method: NetTopologySuite's overlay with a 4,096-gon inscribed in the circle.</summary>
    private static double OverlayArea(double x, double y, double r, Geometry polygon) =>
        new Point(x, y).Buffer(r, 1024).Intersection(polygon).Area;

    [Fact]
    public void ACircleWhollyInsideAPolygonOverlapsByItsWholeArea()
    {
        var square = Wkt.Read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");

        Assert.Equal(Math.PI * 100, DiskOverlap.Area(50, 50, 10, square), 9);
    }

    [Fact]
    public void AHoleIsSubtracted()
    {
        var frame = Wkt.Read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))");

        // The circle of radius 30 at the centre holds the whole 20 x 20 hole.
        Assert.Equal((Math.PI * 900) - 400, DiskOverlap.Area(50, 50, 30, frame), 9);
    }

    [Fact]
    public void OverlapAgreesWithAPolygonOverlayForRandomPolygonsAndCircles()
    {
        var polygon = Gen.Double[-50, 50].Array[6].Select(v =>
            (Geometry)new Point(v[0], v[1]).Buffer(10 + Math.Abs(v[2]), 2).Union(new Point(v[3], v[4]).Buffer(5 + Math.Abs(v[5]), 1)));
        Gen.Select(polygon, Gen.Double[-60, 60], Gen.Double[-60, 60], Gen.Double[1, 40]).Sample((shape, x, y, r) =>
        {
            var exact = DiskOverlap.Area(x, y, r, shape);
            var reference = OverlayArea(x, y, r, shape);

            // The 4,096-gon misses at most 1 - sin(2 pi / 4096) / (2 pi / 4096) of the circle's area.
            return Math.Abs(exact - reference) <= (1e-5 * Math.PI * r * r) + 1e-9;
        });
    }
}
