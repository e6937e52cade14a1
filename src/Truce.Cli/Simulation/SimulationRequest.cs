namespace Truce.Cli.Simulation;

/// <summary>What <c>truce simulate</c> was asked for: <see cref="Days"/> null means the agreement window's length.</summary>
public sealed record SimulationRequest(string Agreement, string OutputDirectory, int? Days, long Seed, double Scale, bool Measure);
