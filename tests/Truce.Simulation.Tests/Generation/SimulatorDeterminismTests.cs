using System.Text.RegularExpressions;
using Truce.Simulation.Generation;
using Truce.Simulation.Output;

namespace Truce.Simulation.Tests.Generation;

public sealed partial class SimulatorDeterminismTests
{
    private static (byte[] Truth, byte[] Observations) Write(long seed, int days = 3, double scale = 1)
    {
        var simulator = new Simulator(TestTheatres.ForDays(days), new SimulationOptions { Seed = seed, Scale = scale });
        using var truth = new MemoryStream();
        using var observations = new MemoryStream();
        SimulationFiles.Write(simulator.Run(), observations, truth);

        return (truth.ToArray(), observations.ToArray());
    }

    [Fact]
    public void TheSameSeedGivesByteIdenticalTruthAndObservations()
    {
        var first = Write(42);
        var second = Write(42);

        Assert.True(first.Truth.Length > 1000);
        Assert.True(first.Observations.Length > 1000);
        Assert.Equal(first.Truth, second.Truth);
        Assert.Equal(first.Observations, second.Observations);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentOutput()
    {
        var first = Write(42);
        var second = Write(43);

        Assert.NotEqual(first.Truth, second.Truth);
        Assert.NotEqual(first.Observations, second.Observations);
    }

    [Fact]
    public void EnumeratingOneSimulatorTwiceGivesTheSameStream()
    {
        var simulator = new Simulator(TestTheatres.ForDays(2), new SimulationOptions { Seed = 7 });

        var first = simulator.Observations().Select(o => (o.Id, o.Location.Centroid.X, o.Location.Centroid.Y, o.Type, o.ObservedAt)).ToList();
        var second = simulator.Observations().Select(o => (o.Id, o.Location.Centroid.X, o.Location.Centroid.Y, o.Type, o.ObservedAt)).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void ObservationAndEventIdsAreUniqueVersion8Uuids()
    {
        var steps = new Simulator(TestTheatres.ForDays(5), new SimulationOptions { Seed = 9, Scale = 2 }).Run().ToList();
        var observationIds = steps.SelectMany(s => s.Observations).Select(o => o.Id.Value).ToList();
        var eventIds = steps.Where(s => s.Truth is not null).Select(s => s.Truth!.Id).ToList();

        Assert.All(observationIds.Concat(eventIds), id => Assert.Matches(UuidVersion8(), id));
        Assert.Equal(observationIds.Count, observationIds.Distinct().Count());
        Assert.Equal(eventIds.Count, eventIds.Distinct().Count());
        Assert.Empty(observationIds.Intersect(eventIds));
    }

    [Fact]
    public void ScaleMultipliesTheVolume()
    {
        var theatre = TestTheatres.ForDays(30);
        var single = new Simulator(theatre, new SimulationOptions { Seed = 5, Scale = 1 }).Observations().Count();
        var quadruple = new Simulator(theatre, new SimulationOptions { Seed = 5, Scale = 4 }).Observations().Count();

        // Day-to-day noise differs between the runs, so the ratio is only near 4.
        Assert.InRange((double)quadruple / single, 3.2, 4.9);
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidVersion8();
}
