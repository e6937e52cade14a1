namespace Truce.Simulation.Tests.Generation;

/// <summary>A test collection that xunit runs after all others, with nothing in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "memory measurement";
}
