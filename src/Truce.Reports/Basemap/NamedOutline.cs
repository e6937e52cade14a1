using NetTopologySuite.Geometries;

namespace Truce.Reports.Basemap;

/// <summary>A named WGS84 outline of the basemap.</summary>
public sealed record NamedOutline(string Name, Geometry Geometry);
