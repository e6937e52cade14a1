using CsCheck;
using Truce.Domain.Zones;

namespace Truce.Domain.Tests.Zones;

public sealed class MetricProjectionTests
{
    /// <summary>
    /// Geodesic distance on the WGS84 ellipsoid by Vincenty's inverse formula (T. Vincenty, Survey
    /// Review 23(176), 1975), written here from the paper as an independent reference.
    /// </summary>
    private static double VincentyMetres(double lon1, double lat1, double lon2, double lat2)
    {
        const double a = 6378137.0, f = 1 / 298.257223563, b = a * (1 - f);
        var l = (lon2 - lon1) * Math.PI / 180;
        var u1 = Math.Atan((1 - f) * Math.Tan(lat1 * Math.PI / 180));
        var u2 = Math.Atan((1 - f) * Math.Tan(lat2 * Math.PI / 180));
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);
        double lambda = l, sinSigma, cosSigma, sigma, cos2Alpha, cos2SigmaM;
        var iterations = 0;
        while (true)
        {
            double sinLambda = Math.Sin(lambda), cosLambda = Math.Cos(lambda);
            sinSigma = Math.Sqrt(Math.Pow(cosU2 * sinLambda, 2) + Math.Pow((cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda), 2));
            if (sinSigma == 0)
            {
                return 0;
            }

            cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - (sinAlpha * sinAlpha);
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cos2Alpha);
            var c = f / 16 * cos2Alpha * (4 + (f * (4 - (3 * cos2Alpha))));
            var previous = lambda;
            lambda = l + ((1 - c) * f * sinAlpha * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < 1e-12 || ++iterations > 200)
            {
                break;
            }
        }

        var uSq = cos2Alpha * ((a * a) - (b * b)) / (b * b);
        var bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
        var bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
        var deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM))) - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
        return b * bigA * (sigma - deltaSigma);
    }

    [Fact]
    public void VincentyReferenceMatchesAPublishedDistance()
    {
        // Check of the reference itself: one degree of longitude on the equator is 111,319.49 m on WGS84.
        Assert.Equal(111_319.49, VincentyMetres(0, 0, 1, 0), 1);
    }

    [Fact]
    public void DistancesOverA1000KmFrontAreWithinHalfAPercentOfTheGeodesic()
    {
        var projection = new MetricProjection(35, 48);
        var point = Gen.Select(Gen.Double[-5.5, 5.5], Gen.Double[-3.5, 3.5]);
        Gen.Select(point, point).Sample(pair =>
        {
            var ((dx1, dy1), (dx2, dy2)) = pair;
            var (lon1, lat1, lon2, lat2) = (35 + dx1, 48 + dy1, 35 + dx2, 48 + dy2);
            var geodesic = VincentyMetres(lon1, lat1, lon2, lat2);
            if (geodesic < 1000)
            {
                return true;
            }

            var (x1, y1) = projection.Forward(lon1, lat1);
            var (x2, y2) = projection.Forward(lon2, lat2);
            var planar = Math.Sqrt(Math.Pow(x2 - x1, 2) + Math.Pow(y2 - y1, 2));
            return Math.Abs(planar - geodesic) / geodesic < 0.005;
        });
    }

    [Fact]
    public void InverseUndoesForward()
    {
        var projection = new MetricProjection(35, 48);
        Gen.Select(Gen.Double[25, 45], Gen.Double[40, 56]).Sample((lon, lat) =>
        {
            var (x, y) = projection.Forward(lon, lat);
            var (lon2, lat2) = projection.Inverse(x, y);
            return Math.Abs(lon2 - lon) < 1e-9 && Math.Abs(lat2 - lat) < 1e-9;
        });
    }

    [Fact]
    public void TheCentreMapsToTheOriginAndNorthIsUp()
    {
        var projection = new MetricProjection(35, 48);

        Assert.Equal((0.0, 0.0), projection.Forward(35, 48));
        var (x, y) = projection.Forward(35, 49);
        Assert.Equal(0, x, 6);
        Assert.InRange(y, 111_000, 111_400);
    }
}
