namespace Truce.Domain.Zones;

/// <summary>One protected site: a name, its WGS84 position (degrees) and its projected position (metres).</summary>
public sealed record Site(string Name, double Longitude, double Latitude, double X, double Y);
