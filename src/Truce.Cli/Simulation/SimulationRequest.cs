namespace Truce.Cli.Simulation;

/// <summary>
/// What <c>truce simulate</c> was asked for: <see cref="Days"/> null means the agreement window's
/// length; a progress line goes to the error stream every <see cref="ProgressEvery"/> observations.
/// </summary>
public sealed record SimulationRequest(string Agreement, string OutputDirectory, int? Days, long Seed, double Scale, bool Measure)
{
    public long ProgressEvery { get; init; } = 100_000;
}
