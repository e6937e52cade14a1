namespace Truce.Simulation.Output;

/// <summary>Counts of a simulation run: true events, observations written, and how many of those are false reports.</summary>
public sealed record SimulationTotals(long TrueEvents, long Observations, long FalseReports);
