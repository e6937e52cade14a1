using NetTopologySuite.Geometries;

namespace Truce.Simulation.Theatre;

/// <summary>A protected site (power plant, storage site): a WGS84 point and a protected radius in metres.</summary>
public sealed record ProtectedSite(string Name, Point Location, double RadiusM);
