namespace Truce.Reports.Maps;

/// <summary>A point on a map in WGS84 degrees; <paramref name="Group"/> names its legend entry.</summary>
public sealed record MapPoint(double Lon, double Lat, string Group, bool Emphasised);
