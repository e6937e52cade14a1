using NetTopologySuite.Geometries;

namespace Truce.Reports.Maps;

/// <summary>A labelled WGS84 geometry drawn on a map.</summary>
public sealed record MapFeature(string Label, Geometry Geometry);
