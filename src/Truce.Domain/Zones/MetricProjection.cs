using NetTopologySuite.Geometries;

namespace Truce.Domain.Zones;

/// <summary>
/// A per-agreement metric projection: spherical azimuthal equidistant, centred on the agreement's
/// zones, on the Gaussian mean-radius sphere of WGS84 at the centre latitude (R = sqrt(M·N)).
/// </summary>
/// <remarks>
/// Why this projection: distances from the centre are exact on that sphere and the sideways scale
/// error grows only as (d/R)²/6 — 0.1 % at 500 km, 0.4 % at 1,000 km from the centre — so buffers,
/// distances, disk intersections and areas over a 1,000 km front (at most ~500 km from a centre
/// placed in the middle of it) stay well under 1 %. The sphere osculates the ellipsoid at the
/// centre, which keeps the sphere-versus-ellipsoid error near 0.15 % at these latitudes. Planar
/// metres let NetTopologySuite do every buffer, intersection and distance exactly as in a plane.
/// Thread-safe and immutable. x points east, y north, both in metres.
/// </remarks>
public sealed class MetricProjection
{
    private const double SemiMajorAxisM = 6_378_137.0;
    private const double Flattening = 1 / 298.257223563;
    private const double DegToRad = Math.PI / 180.0;

    private readonly double _lambda0;
    private readonly double _sinPhi0;
    private readonly double _cosPhi0;

    public MetricProjection(double centreLongitude, double centreLatitude)
    {
        if (!double.IsFinite(centreLongitude) || !double.IsFinite(centreLatitude) || Math.Abs(centreLatitude) > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(centreLatitude), "centre must be a WGS84 longitude/latitude");
        }

        CentreLongitude = centreLongitude;
        CentreLatitude = centreLatitude;
        _lambda0 = centreLongitude * DegToRad;
        var phi0 = centreLatitude * DegToRad;
        _sinPhi0 = Math.Sin(phi0);
        _cosPhi0 = Math.Cos(phi0);
        var e2 = Flattening * (2 - Flattening);
        RadiusM = SemiMajorAxisM * Math.Sqrt(1 - e2) / (1 - (e2 * _sinPhi0 * _sinPhi0));
    }

    public double CentreLongitude { get; }

    public double CentreLatitude { get; }

    /// <summary>Radius of the sphere the projection works on, in metres.</summary>
    public double RadiusM { get; }

    /// <summary>
    /// A projection centred on the middle of these WGS84 geometries: latitude halfway between the
    /// southernmost and northernmost coordinate; longitude in the middle of the shortest arc of
    /// longitudes holding every coordinate (the complement of the widest gap between them), so that a
    /// theatre whose GeoJSON is cut at the antimeridian (RFC 7946 §3.1.9) is centred near ±180°, not
    /// on the far side of the Earth.
    /// </summary>
    public static MetricProjection CentredOn(IEnumerable<Geometry> wgs84)
    {
        var longitudes = new List<double>();
        var south = double.PositiveInfinity;
        var north = double.NegativeInfinity;
        foreach (var geometry in wgs84)
        {
            foreach (var coordinate in geometry.Coordinates)
            {
                longitudes.Add(coordinate.X);
                south = Math.Min(south, coordinate.Y);
                north = Math.Max(north, coordinate.Y);
            }
        }

        if (longitudes.Count == 0)
        {
            return new MetricProjection(0, 0);
        }

        longitudes.Sort();
        var gapAfter = longitudes.Count - 1;
        var widest = longitudes[0] + 360 - longitudes[^1];
        for (var i = 0; i + 1 < longitudes.Count; i++)
        {
            var gap = longitudes[i + 1] - longitudes[i];
            if (gap > widest)
            {
                widest = gap;
                gapAfter = i;
            }
        }

        // The arc runs from the coordinate after the widest gap eastwards to the one before it.
        var west = longitudes[(gapAfter + 1) % longitudes.Count];
        var east = longitudes[gapAfter];
        if (east < west)
        {
            east += 360;
        }

        var centre = (west + east) / 2;
        return new MetricProjection(centre > 180 ? centre - 360 : centre, (south + north) / 2);
    }

    /// <summary>A projection centred on the middle of the envelope of these WGS84 geometries.</summary>
    public static MetricProjection CentredOn(Envelope wgs84Envelope)
    {
        if (wgs84Envelope.IsNull)
        {
            return new MetricProjection(0, 0);
        }

        return new MetricProjection(
            (wgs84Envelope.MinX + wgs84Envelope.MaxX) / 2,
            (wgs84Envelope.MinY + wgs84Envelope.MaxY) / 2);
    }

    /// <summary>Projects a WGS84 longitude/latitude (degrees) to x/y metres.</summary>
    public (double X, double Y) Forward(double longitude, double latitude)
    {
        var phi = latitude * DegToRad;
        var dLambda = (longitude * DegToRad) - _lambda0;

        // Wrap into [-π, π] so that 180°E and 180°W give the very same point: zones cut at the
        // antimeridian then share their seam exactly and their union has no crack along it.
        if (dLambda > Math.PI)
        {
            dLambda -= 2 * Math.PI;
        }
        else if (dLambda < -Math.PI)
        {
            dLambda += 2 * Math.PI;
        }
        var sinPhi = Math.Sin(phi);
        var cosPhi = Math.Cos(phi);
        var cosDl = Math.Cos(dLambda);
        var east = cosPhi * Math.Sin(dLambda);
        var north = (_cosPhi0 * sinPhi) - (_sinPhi0 * cosPhi * cosDl);
        var sinC = Math.Sqrt((east * east) + (north * north));
        var cosC = (_sinPhi0 * sinPhi) + (_cosPhi0 * cosPhi * cosDl);
        if (sinC == 0)
        {
            // The centre itself, or its antipode: from the centre every direction leads to the antipode,
            // so any point on the circle of radius πR is right. Never (0, 0): a point on the far side of
            // the Earth must not land in the middle of the theatre.
            return cosC > 0 ? (0, 0) : (0, -Math.PI * RadiusM);
        }

        var c = Math.Atan2(sinC, cosC);
        var k = RadiusM * c / sinC;
        return (k * east, k * north);
    }

    /// <summary>The inverse of <see cref="Forward(double, double)"/>: x/y metres to longitude/latitude degrees.</summary>
    public (double Longitude, double Latitude) Inverse(double x, double y)
    {
        var rho = Math.Sqrt((x * x) + (y * y));
        if (rho == 0)
        {
            return (CentreLongitude, CentreLatitude);
        }

        var c = rho / RadiusM;
        var sinC = Math.Sin(c);
        var cosC = Math.Cos(c);
        var phi = Math.Asin((cosC * _sinPhi0) + (y * sinC * _cosPhi0 / rho));
        var lambda = _lambda0 + Math.Atan2(x * sinC, (rho * _cosPhi0 * cosC) - (y * _sinPhi0 * sinC));
        var longitude = lambda / DegToRad;
        longitude = ((longitude + 540) % 360) - 180;
        return (longitude, phi / DegToRad);
    }

    /// <summary>A projected copy of a WGS84 geometry; the input is left unchanged.</summary>
    public Geometry Forward(Geometry wgs84)
    {
        var copy = wgs84.Copy();
        copy.Apply(new ForwardFilter(this));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>A WGS84 copy of a projected geometry; the input is left unchanged.</summary>
    public Geometry Inverse(Geometry metric)
    {
        var copy = metric.Copy();
        copy.Apply(new InverseFilter(this));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class ForwardFilter(MetricProjection projection) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = projection.Forward(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }

    private sealed class InverseFilter(MetricProjection projection) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (lon, lat) = projection.Inverse(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, lon);
                seq.SetY(i, lat);
            }
        }
    }
}
