using Truce.Simulation.Agreements;
using Truce.Simulation.Generation;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Tests.Agreements;

/// <summary>
/// The engine's verdict on each true event (its breaks) against the simulator's own reference
/// rules (its class), which are computed independently, on the sphere, from the event's place.
/// </summary>
public sealed class AgreementBreaksTests
{
    // Projection and polygonisation move an edge by tens of metres at most; events this close to a limit are not judged.
    private const double EdgeMarginM = 300;

    private static readonly Lazy<IReadOnlyList<TrueEvent>> Events = new(() =>
    {
        var agreement = ExampleAgreement.Value;
        var theatre = AgreementTheatre.From(agreement, 10).Theatre!;
        var breaks = new AgreementBreaks(agreement);
        return new Simulator(theatre, new SimulationOptions { Seed = 7, TermsBroken = breaks.Of }).Truth().ToList();
    });

    [Fact]
    public void FireInsideTheSecurityZoneBreaksTheCeasefireTermAndFireBeyondItDoesNot()
    {
        var fire = Events.Value
            .Where(e => e.Class is EventClass.FireInSecurityZone or EventClass.FireBeyondSecurityZone)
            .Where(e => Math.Abs(e.DistanceToLineM - 15_000) > EdgeMarginM)
            .ToList();

        Assert.True(fire.Count > 500, $"only {fire.Count} fire events");
        Assert.All(fire, e => Assert.Equal(e.Class == EventClass.FireInSecurityZone, e.Breaks.Contains("T1")));
    }

    [Fact]
    public void TanksAndMortarsInsideFifteenKilometresOnTheirOwnSideBreakTheWithdrawalTerm()
    {
        var equipment = Events.Value
            .Where(e => e.Type.Value is "equipment.tank" or "equipment.mortar")
            .Where(e => Math.Abs(e.DistanceToLineM - 15_000) > EdgeMarginM)
            .ToList();

        Assert.True(equipment.Count > 5, $"only {equipment.Count} tank or mortar events");
        Assert.All(equipment, e => Assert.Equal(e.Class == EventClass.EquipmentInsideWithdrawalDistance, e.Breaks.Contains("T5")));
    }

    [Fact]
    public void RestrictionsOfMonitorsInTheSecurityZoneBreakFreedomOfMovement()
    {
        var restrictions = Events.Value.Where(e => e.Class == EventClass.MonitorRestriction && e.DistanceToLineM < 15_000 - EdgeMarginM).ToList();

        Assert.NotEmpty(restrictions);
        Assert.All(restrictions, e => Assert.Contains("T8", e.Breaks));
    }

    [Fact]
    public void StrikesOnASiteBreakTheSiteTerm()
    {
        var strikes = Events.Value.Where(e => e.Class == EventClass.StrikeOnProtectedSite && e.DistanceToSiteM < 3_000 - EdgeMarginM).ToList();

        Assert.NotEmpty(strikes);
        Assert.All(strikes, e => Assert.Contains("T6", e.Breaks));
    }

    [Fact]
    public void APerfectObservationIsTheEventAttributedToItsPartyByAnA1Monitor()
    {
        var trueEvent = Events.Value[0];

        var observation = AgreementBreaks.PerfectObservation(trueEvent);

        Assert.Equal((trueEvent.At, trueEvent.At), (observation.ObservedAt.From, observation.ObservedAt.To));
        Assert.Equal(trueEvent.Location, observation.Location);
        Assert.Equal(0, observation.UncertaintyM);
        Assert.Equal(trueEvent.Party, observation.AttributedTo);
        Assert.Equal(('A', 1), (observation.Source.Reliability, observation.Source.Credibility));
    }
}
