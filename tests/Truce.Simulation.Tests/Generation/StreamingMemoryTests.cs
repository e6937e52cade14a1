using Truce.Simulation.Generation;

namespace Truce.Simulation.Tests.Generation;

/// <summary>Runs alone: the heap size it measures would otherwise include other tests' samples.</summary>
[Collection(MemoryMeasurement.Name)]
public sealed class StreamingMemoryTests
{
    [Fact]
    public void TwoHundredThousandObservationsStreamInBoundedRetainedMemory()
    {
        const int target = 200_000;
        const int warmUp = 20_000;
        var simulator = new Simulator(TestTheatres.ForDays(30), new SimulationOptions { Seed = 77, Scale = 80 });
        var seen = 0;
        long afterWarmUp = 0;
        long atEnd = 0;
        foreach (var observation in simulator.Observations())
        {
            seen++;
            if (seen == warmUp)
            {
                afterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
            }

            if (seen == target)
            {
                atEnd = GC.GetTotalMemory(forceFullCollection: true);
                break;
            }
        }

        Assert.Equal(target, seen);

        // Holding 180,000 more observations would retain well over 100 MB; streaming retains none.
        var growth = atEnd - afterWarmUp;
        Assert.True(growth < 8 * 1024 * 1024, $"retained memory grew by {growth / 1024} KiB between {warmUp} and {target} observations");
    }
}
