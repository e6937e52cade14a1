namespace Truce.Simulation.Theatre;

/// <summary>The names of the four geo data files a theatre is built from.</summary>
internal sealed record GeoDataFiles(string Frontline, string Countries, string PowerPlants, string Places);
