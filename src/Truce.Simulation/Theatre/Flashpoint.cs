using NetTopologySuite.Geometries;

namespace Truce.Simulation.Theatre;

/// <summary>A named place near the contact line where fighting concentrates (WGS84 point).</summary>
public sealed record Flashpoint(string Name, Point Location, long Population);
