using CsCheck;
using Truce.Simulation.Geography;

namespace Truce.Simulation.Tests.Geography;

public sealed class GeodesyTests
{
    [Fact]
    public void GoingADistanceOnABearingLandsThatFarAwayOnThatBearing()
    {
        Gen.Select(Gen.Double[40, 55], Gen.Double[20, 45], Gen.Double[0, 360], Gen.Double[1, 200_000]).Sample(
            (lat, lon, bearing, distance) =>
            {
                var (lat2, lon2) = Geodesy.Destination(lat, lon, bearing, distance);

                Assert.Equal(distance, IndependentGeometry.HaversineM(lat, lon, lat2, lon2), distance * 1e-6);
                var back = Geodesy.BearingDeg(lat, lon, lat2, lon2);
                var difference = Math.Abs(((back - bearing + 540) % 360) - 180);
                Assert.True(difference < 1e-4, $"bearing {back} instead of {bearing}");
            });
    }

    [Fact]
    public void DistanceToTheLineAgreesWithADensifiedLineEverywhereInTheTheatre()
    {
        var line = new LineOfContact(TestTheatres.Default.ContactLine);
        var points = IndependentGeometry.Densify(TestTheatres.Default.ContactLine, stepM: 50);
        Gen.Select(Gen.Double[44, 53], Gen.Double[30, 41]).Sample(
            (lat, lon) =>
            {
                var expected = IndependentGeometry.DistanceToPointsM(points, lat, lon);
                Assert.InRange(line.DistanceM(lat, lon), (expected * 0.99) - 50, (expected * 1.01) + 50);
            },
            iter: 1_000);
    }

    [Fact]
    public void TheFailingCaseCsCheckFoundIsMeasuredOnTheSphere()
    {
        // Found by CsCheck: 340 km from the line the local plane was 1.4 % off.
        var line = new LineOfContact(TestTheatres.Default.ContactLine);
        var points = IndependentGeometry.Densify(TestTheatres.Default.ContactLine, stepM: 50);
        var (lat, lon) = (149.0 / 3, 30.884843220368822);

        var expected = IndependentGeometry.DistanceToPointsM(points, lat, lon);

        Assert.InRange(line.DistanceM(lat, lon), (expected * 0.999) - 50, (expected * 1.001) + 50);
    }
}
