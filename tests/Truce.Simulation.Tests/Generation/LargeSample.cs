using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Simulation.Generation;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Tests.Generation;

/// <summary>
/// One large run shared by the statistical tests: 300 days, RU at 50 fire events a day and UA at
/// 20, both flat, so that every expected value follows from the documented model by hand.
/// </summary>
public sealed class LargeSample
{
    public static readonly PartyCode Ru = new("RU");
    public static readonly PartyCode Ua = new("UA");

    public const int Days = 300;

    public LargeSample()
    {
        var options = new SimulationOptions
        {
            Seed = 20250314,
            Activity = [new PartyActivity(Ru, 50, 0), new PartyActivity(Ua, 20, 0)],
        };
        var steps = new Simulator(TestTheatres.ForDays(Days), options).Run().ToList();
        Events = steps.Where(s => s.Truth is not null).Select(s => s.Truth!).ToList();
        Observations = steps.SelectMany(s => s.Observations).ToList();
        var byId = Observations.ToDictionary(o => o.Id);
        Reports = Events.SelectMany(e => e.ReportedBy.Select(id => (Event: e, Observation: byId[id]))).ToList();
    }

    public List<TrueEvent> Events { get; }

    public List<Observation> Observations { get; }

    /// <summary>Every (true event, observation reporting it) pair.</summary>
    public List<(TrueEvent Event, Observation Observation)> Reports { get; }
}
