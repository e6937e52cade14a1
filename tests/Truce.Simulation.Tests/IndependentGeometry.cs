namespace Truce.Simulation.Tests;

/// <summary>
/// Distances computed here without the simulator's code: great-circle (haversine) distance, and
/// distance to a polyline approximated by densifying it to points every 100 m.
/// </summary>
internal static class IndependentGeometry
{
    private const double EarthRadiusM = 6_371_008.8;

    public static double HaversineM(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2));
        return 2 * EarthRadiusM * Math.Asin(Math.Sqrt(a));
    }

    public static List<(double Lat, double Lon)> Densify(NetTopologySuite.Geometries.Geometry lineal, double stepM = 100)
    {
        var points = new List<(double, double)>();
        for (var g = 0; g < lineal.NumGeometries; g++)
        {
            var coordinates = lineal.GetGeometryN(g).Coordinates;
            for (var i = 1; i < coordinates.Length; i++)
            {
                var a = coordinates[i - 1];
                var b = coordinates[i];
                var steps = Math.Max(1, (int)Math.Ceiling(HaversineM(a.Y, a.X, b.Y, b.X) / stepM));
                for (var s = 0; s <= steps; s++)
                {
                    var t = (double)s / steps;
                    points.Add((a.Y + ((b.Y - a.Y) * t), a.X + ((b.X - a.X) * t)));
                }
            }
        }

        return points;
    }

    public static double DistanceToPointsM(List<(double Lat, double Lon)> points, double lat, double lon)
    {
        var best = double.MaxValue;
        foreach (var (pLat, pLon) in points)
        {
            // Cheap rejection: one degree of latitude is about 111 km.
            if (Math.Abs(pLat - lat) * 111_000 > best)
            {
                continue;
            }

            best = Math.Min(best, HaversineM(lat, lon, pLat, pLon));
        }

        return best;
    }
}
