using NetTopologySuite.Geometries;

namespace Truce.Simulation.Geography;

/// <summary>
/// The contact line as flat arrays of segments, for sampling places along it by length and for
/// distances from it in metres. Immutable after construction and safe to share between threads.
/// </summary>
internal sealed class LineOfContact
{
    private readonly double[] _lat1;
    private readonly double[] _lon1;
    private readonly double[] _lat2;
    private readonly double[] _lon2;
    private readonly Envelope[] _groups;
    private readonly double[] _cumulativeM;
    private readonly double[] _lengthM;

    public LineOfContact(Geometry lineal)
    {
        if (lineal is not (LineString or MultiLineString) || lineal.IsEmpty)
        {
            throw new ArgumentException($"the contact line must be a non-empty LineString or MultiLineString, not {lineal.GeometryType}", nameof(lineal));
        }

        var segments = new List<(double Lat1, double Lon1, double Lat2, double Lon2)>();
        for (var g = 0; g < lineal.NumGeometries; g++)
        {
            var coordinates = ((LineString)lineal.GetGeometryN(g)).Coordinates;
            for (var i = 1; i < coordinates.Length; i++)
            {
                if (!coordinates[i - 1].Equals2D(coordinates[i]))
                {
                    segments.Add((coordinates[i - 1].Y, coordinates[i - 1].X, coordinates[i].Y, coordinates[i].X));
                }
            }
        }

        if (segments.Count == 0)
        {
            throw new ArgumentException("the contact line has no segment of positive length", nameof(lineal));
        }

        var n = segments.Count;
        _lat1 = new double[n];
        _lon1 = new double[n];
        _lat2 = new double[n];
        _lon2 = new double[n];
        _cumulativeM = new double[n];
        _lengthM = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = segments[i];
            (_lat1[i], _lon1[i], _lat2[i], _lon2[i]) = s;
            _lengthM[i] = Geodesy.DistanceM(s.Lat1, s.Lon1, s.Lat2, s.Lon2);
            total += _lengthM[i];
            _cumulativeM[i] = total;
        }

        TotalLengthM = total;
        _groups = new Envelope[(n + GroupSize - 1) / GroupSize];
        for (var g = 0; g < _groups.Length; g++)
        {
            var envelope = new Envelope();
            for (var i = g * GroupSize; i < Math.Min(n, (g + 1) * GroupSize); i++)
            {
                envelope.ExpandToInclude(_lon1[i], _lat1[i]);
                envelope.ExpandToInclude(_lon2[i], _lat2[i]);
            }

            _groups[g] = envelope;
        }
    }

    /// <summary>Consecutive segments are bounded in groups of this many, so that far groups are skipped whole.</summary>
    private const int GroupSize = 8;

    public double TotalLengthM { get; }

    /// <summary>The point <paramref name="alongM"/> metres along the line (components in order) and the local bearing of the line there.</summary>
    public (double Lat, double Lon, double BearingDeg) PointAt(double alongM)
    {
        var target = Math.Clamp(alongM, 0.0, TotalLengthM);
        var index = Array.BinarySearch(_cumulativeM, target);
        if (index < 0)
        {
            index = ~index;
        }

        index = Math.Min(index, _cumulativeM.Length - 1);
        var start = _cumulativeM[index] - _lengthM[index];
        var t = _lengthM[index] > 0 ? (target - start) / _lengthM[index] : 0.0;
        var lat = _lat1[index] + ((_lat2[index] - _lat1[index]) * t);
        var lon = _lon1[index] + ((_lon2[index] - _lon1[index]) * t);
        return (lat, lon, Geodesy.BearingDeg(_lat1[index], _lon1[index], _lat2[index], _lon2[index]));
    }

    /// <summary>
    /// Shortest distance in metres from a point to the line: the nearest point is found in a local
    /// equirectangular plane centred on the point, and its great-circle distance returned.
    /// </summary>
    public double DistanceM(double lat, double lon)
    {
        var (perLat, perLon) = Geodesy.MetresPerDegree(lat);
        Span<double> gaps = stackalloc double[_groups.Length];
        var first = 0;
        for (var g = 0; g < _groups.Length; g++)
        {
            gaps[g] = GapSquaredM(_groups[g], lat, lon, perLat, perLon);
            if (gaps[g] < gaps[first])
            {
                first = g;
            }
        }

        // Start with the nearest group for a tight bound, then visit only groups that can beat it.
        var best = (Squared: double.MaxValue, X: 0.0, Y: 0.0);
        NearestInGroup(first, lat, lon, perLat, perLon, ref best);
        for (var g = 0; g < _groups.Length; g++)
        {
            if (g != first && gaps[g] < best.Squared)
            {
                NearestInGroup(g, lat, lon, perLat, perLon, ref best);
            }
        }

        var planar = Geodesy.DistanceM(lat, lon, lat + (best.Y / perLat), lon + (best.X / perLon));
        return planar <= PlanarLimitM ? planar : GreatCircleDistanceM(lat, lon);
    }

    /// <summary>Beyond this the local plane's distortion passes a few tenths of a per cent, so far points are measured on the sphere.</summary>
    private const double PlanarLimitM = 30_000;

    private double GreatCircleDistanceM(double lat, double lon)
    {
        var best = double.MaxValue;
        for (var i = 0; i < _lat1.Length; i++)
        {
            best = Math.Min(best, Geodesy.DistanceToArcM(lat, lon, _lat1[i], _lon1[i], _lat2[i], _lon2[i]));
        }

        return best;
    }

    private static double GapSquaredM(Envelope envelope, double lat, double lon, double perLat, double perLon)
    {
        var dLat = lat < envelope.MinY ? envelope.MinY - lat : (lat > envelope.MaxY ? lat - envelope.MaxY : 0.0);
        var dLon = lon < envelope.MinX ? envelope.MinX - lon : (lon > envelope.MaxX ? lon - envelope.MaxX : 0.0);
        var y = dLat * perLat;
        var x = dLon * perLon;
        return (x * x) + (y * y);
    }

    private void NearestInGroup(int group, double lat, double lon, double perLat, double perLon, ref (double Squared, double X, double Y) best)
    {
        var end = Math.Min(_lat1.Length, (group + 1) * GroupSize);
        for (var i = group * GroupSize; i < end; i++)
        {
            var ax = (_lon1[i] - lon) * perLon;
            var ay = (_lat1[i] - lat) * perLat;
            var bx = (_lon2[i] - lon) * perLon;
            var by = (_lat2[i] - lat) * perLat;
            var dx = bx - ax;
            var dy = by - ay;
            var lengthSquared = (dx * dx) + (dy * dy);
            var t = lengthSquared > 0 ? Math.Clamp(-((ax * dx) + (ay * dy)) / lengthSquared, 0.0, 1.0) : 0.0;
            var px = ax + (t * dx);
            var py = ay + (t * dy);
            var squared = (px * px) + (py * py);
            if (squared < best.Squared)
            {
                best = (squared, px, py);
            }
        }
    }
}
