using CsCheck;
using Truce.Domain.Taxonomy;
using Truce.Simulation.Generation;

namespace Truce.Simulation.Tests.Generation;

public sealed class ObservationValidityTests
{
    private static readonly string[] SourceKinds = ["monitor", "sensor", "party", "osint"];

    [Fact]
    public void EveryObservationOfAnySeedIsValidPerTheObservationFormat()
    {
        var theatre = TestTheatres.ForDays(2);
        var parties = theatre.ControlledAreas.Keys.ToHashSet();
        Gen.Long.Sample(
            seed =>
            {
                foreach (var step in new Simulator(theatre, new SimulationOptions { Seed = seed }).Run())
                {
                    if (step.Truth is { } truth)
                    {
                        Assert.True(ObservationTaxonomy.Standard.Contains(truth.Type), truth.Type.Value);
                        Assert.Contains(truth.Party, parties);
                        Assert.True(truth.Count >= 1);
                    }
                    else
                    {
                        Assert.Single(step.Observations);
                    }

                    foreach (var o in step.Observations)
                    {
                        Assert.True(ObservationTaxonomy.Standard.Contains(o.Type), o.Type.Value);
                        Assert.InRange(o.Location.Centroid.Y, -90, 90);
                        Assert.InRange(o.Location.Centroid.X, -180, 180);
                        Assert.True(o.UncertaintyM >= 0);
                        Assert.True(o.ObservedAt.From <= o.ObservedAt.To);
                        Assert.Contains(o.Source.Kind, SourceKinds);
                        Assert.NotNull(o.Source.Id);
                        Assert.InRange(o.Source.Reliability ?? 'Z', 'A', 'F');
                        Assert.InRange(o.Source.Credibility ?? 0, 1, 6);
                        Assert.NotNull(o.Source.Perception);
                        Assert.True(o.AttributedTo is null || parties.Contains(o.AttributedTo.Value));
                        Assert.True(o.AttributedTo is not null || o.AttributionBasis is null, "a basis without an attribution");
                        Assert.True(o.Count is null or >= 1);
                        Assert.All(o.Evidence, e => Assert.Matches("^[0-9a-f]{64}$", e.Sha256));
                        Assert.False(string.IsNullOrWhiteSpace(o.Narrative));
                    }
                }
            },
            iter: 12);
    }

    [Fact]
    public void ObservationsFallInsideTheSimulatedWindowGivenTheirTimeError()
    {
        var theatre = TestTheatres.ForDays(3);
        var start = theatre.WindowStart;
        var end = start.AddDays(theatre.Days);
        foreach (var step in new Simulator(theatre, new SimulationOptions { Seed = 3 }).Run())
        {
            Assert.True(step.Truth is null || (step.Truth.At >= start && step.Truth.At < end));
            Assert.All(step.Observations, o => Assert.InRange(o.ObservedAt.From, start.AddHours(-13), end.AddHours(13)));
        }
    }

    [Fact]
    public void TheCallerSuppliedRuleDecidesWhichTermsAnEventBreaks()
    {
        var options = new SimulationOptions
        {
            Seed = 1,
            TermsBroken = e => e.Class == Truth.EventClass.FireInSecurityZone ? ["T1"] : [],
        };

        var events = new Simulator(TestTheatres.ForDays(2), options).Truth().ToList();

        Assert.Contains(events, e => e.Breaks.SequenceEqual(["T1"]));
        Assert.All(events, e => Assert.Equal(e.Class == Truth.EventClass.FireInSecurityZone, e.Breaks.Count == 1));
        Assert.All(new Simulator(TestTheatres.ForDays(1), new SimulationOptions()).Truth(), e => Assert.Empty(e.Breaks));
    }

    [Fact]
    public void AZeroScaleSimulatesNothing()
    {
        Assert.Empty(new Simulator(TestTheatres.ForDays(5), new SimulationOptions { Scale = 0 }).Run());
    }
}
