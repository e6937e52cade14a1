using NetTopologySuite.Geometries;

namespace Truce.Reports.Summary;

/// <summary>
/// Positions along a WGS84 line in kilometres from its first vertex: each segment's length is its
/// great-circle (haversine) length, and a point is placed at its nearest point on the line, found in
/// a local equirectangular frame around each segment (accurate to well under 1% for segments of a
/// few tens of kilometres, which is what contact lines are made of).
/// </summary>
public sealed class AlongLine
{
    private const double EarthRadiusKm = 6371.0088;
    private readonly Coordinate[] _vertices;
    private readonly double[] _startKm;

    public AlongLine(LineString line)
    {
        if (line.NumPoints < 2)
        {
            throw new ArgumentException("a line needs at least two vertices", nameof(line));
        }

        _vertices = line.Coordinates;
        _startKm = new double[_vertices.Length];
        for (var i = 1; i < _vertices.Length; i++)
        {
            _startKm[i] = _startKm[i - 1] + HaversineKm(_vertices[i - 1], _vertices[i]);
        }
    }

    public double LengthKm => _startKm[^1];

    /// <summary>The distance along the line, in km, of the line point nearest to (lon, lat).</summary>
    public double PositionKm(double lon, double lat)
    {
        var bestDistance = double.MaxValue;
        var bestPosition = 0.0;
        for (var i = 0; i < _vertices.Length - 1; i++)
        {
            var a = _vertices[i];
            var b = _vertices[i + 1];
            var scale = Math.Cos((a.Y + b.Y) / 2 * Math.PI / 180);
            var (bx, by) = ((b.X - a.X) * scale, b.Y - a.Y);
            var (px, py) = ((lon - a.X) * scale, lat - a.Y);
            var squared = (bx * bx) + (by * by);
            var t = squared == 0 ? 0 : Math.Clamp(((px * bx) + (py * by)) / squared, 0, 1);
            var (dx, dy) = (px - (t * bx), py - (t * by));
            var distance = (dx * dx) + (dy * dy);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                bestPosition = _startKm[i] + (t * (_startKm[i + 1] - _startKm[i]));
            }
        }

        return bestPosition;
    }

    public static double HaversineKm(Coordinate a, Coordinate b)
    {
        var (lat1, lat2) = (a.Y * Math.PI / 180, b.Y * Math.PI / 180);
        var dLat = lat2 - lat1;
        var dLon = (b.X - a.X) * Math.PI / 180;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
