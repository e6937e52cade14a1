namespace Truce.Simulation.Geography;

/// <summary>
/// Spherical-earth geodesy in metres and degrees (WGS84 coordinates on a sphere of the mean earth
/// radius). Good to about 0.5 % — well inside the simulator's modelled noise.
/// </summary>
internal static class Geodesy
{
    public const double EarthRadiusM = 6_371_008.8;

    private const double Radians = Math.PI / 180.0;

    public static double DistanceM(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = lat1 * Radians;
        var phi2 = lat2 * Radians;
        var dPhi = phi2 - phi1;
        var dLambda = (lon2 - lon1) * Radians;
        var h = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)) + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * EarthRadiusM * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    /// <summary>Initial bearing from the first point to the second, degrees clockwise from north in [0, 360).</summary>
    public static double BearingDeg(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = lat1 * Radians;
        var phi2 = lat2 * Radians;
        var dLambda = (lon2 - lon1) * Radians;
        var y = Math.Sin(dLambda) * Math.Cos(phi2);
        var x = (Math.Cos(phi1) * Math.Sin(phi2)) - (Math.Sin(phi1) * Math.Cos(phi2) * Math.Cos(dLambda));
        return NormaliseBearing(Math.Atan2(y, x) / Radians);
    }

    /// <summary>The point reached from (lat, lon) after <paramref name="distanceM"/> metres on the given bearing.</summary>
    public static (double Lat, double Lon) Destination(double lat, double lon, double bearingDeg, double distanceM)
    {
        var delta = distanceM / EarthRadiusM;
        var theta = bearingDeg * Radians;
        var phi1 = lat * Radians;
        var lambda1 = lon * Radians;
        var sinPhi2 = (Math.Sin(phi1) * Math.Cos(delta)) + (Math.Cos(phi1) * Math.Sin(delta) * Math.Cos(theta));
        var phi2 = Math.Asin(Math.Clamp(sinPhi2, -1.0, 1.0));
        var lambda2 = lambda1 + Math.Atan2(Math.Sin(theta) * Math.Sin(delta) * Math.Cos(phi1), Math.Cos(delta) - (Math.Sin(phi1) * sinPhi2));
        var lon2 = lambda2 / Radians;
        lon2 = ((lon2 + 540.0) % 360.0) - 180.0;
        return (phi2 / Radians, lon2);
    }

    /// <summary>
    /// Distance in metres from a point to the great-circle arc from A to B: the cross-track distance
    /// when the point's foot lies on the arc, else the distance to the nearer end.
    /// </summary>
    public static double DistanceToArcM(double lat, double lon, double latA, double lonA, double latB, double lonB)
    {
        var toPoint = DistanceM(latA, lonA, lat, lon) / EarthRadiusM;
        var arc = DistanceM(latA, lonA, latB, lonB) / EarthRadiusM;
        if (arc == 0)
        {
            return toPoint * EarthRadiusM;
        }

        var turn = (BearingDeg(latA, lonA, lat, lon) - BearingDeg(latA, lonA, latB, lonB)) * Radians;
        var crossTrack = Math.Asin(Math.Clamp(Math.Sin(toPoint) * Math.Sin(turn), -1.0, 1.0));
        var alongTrack = Math.Acos(Math.Clamp(Math.Cos(toPoint) / Math.Cos(crossTrack), -1.0, 1.0));
        if (Math.Cos(turn) < 0)
        {
            alongTrack = -alongTrack;
        }

        if (alongTrack <= 0)
        {
            return toPoint * EarthRadiusM;
        }

        return alongTrack >= arc ? DistanceM(lat, lon, latB, lonB) : Math.Abs(crossTrack) * EarthRadiusM;
    }

    public static double NormaliseBearing(double degrees)
    {
        var b = degrees % 360.0;
        return b < 0 ? b + 360.0 : b;
    }

    /// <summary>Metres per degree of latitude and of longitude at a latitude (local equirectangular scale).</summary>
    public static (double PerDegreeLat, double PerDegreeLon) MetresPerDegree(double lat) =>
        (EarthRadiusM * Radians, EarthRadiusM * Radians * Math.Cos(lat * Radians));
}
