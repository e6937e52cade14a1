using CsCheck;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Truce.Reports.Summary;

namespace Truce.Reports.Tests.Summary;

public sealed class AlongLineTests
{
    // One degree of a great circle on the mean Earth radius (6371.0088 km) is 111.195 km.
    private const double KmPerDegree = 111.195;

    [Fact]
    public void AMeridianLineIsAsLongAsItsDegreesOfLatitude()
    {
        var line = new AlongLine((LineString)new WKTReader().Read("LINESTRING (30 45, 30 47.5, 30 50)"));

        Assert.Equal(5 * KmPerDegree, line.LengthKm, 0.01);
    }

    [Fact]
    public void APointBesideTheLineIsPlacedAtItsFootOnTheLine()
    {
        var line = new AlongLine((LineString)new WKTReader().Read("LINESTRING (30 45, 30 50)"));

        Assert.Equal(2 * KmPerDegree, line.PositionKm(30.1, 47), 0.01);
        Assert.Equal(0, line.PositionKm(29, 44), 0.01);
        Assert.Equal(5 * KmPerDegree, line.PositionKm(31, 52), 0.01);
    }

    [Fact]
    public void PositionsAlwaysLieOnTheLine()
    {
        var line = new AlongLine((LineString)new WKTReader().Read("LINESTRING (37.6 50, 37.9 48.5, 36 47.5, 33 46.6)"));

        Gen.Double[32, 41].Select(Gen.Double[44, 53]).Sample((lon, lat) =>
        {
            var position = line.PositionKm(lon, lat);
            Assert.InRange(position, 0, line.LengthKm);
        });
    }
}
