using Truce.Domain.Agreements;
using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Agreements;

/// <summary>
/// Which terms a true event breaks, decided by the real evaluation engine: the event is evaluated
/// as a perfect observer would have reported it (<see cref="PerfectObservation"/>) and the terms of
/// the findings held against the event's own party are kept. Plug <see cref="Of"/> into
/// <see cref="Generation.SimulationOptions.TermsBroken"/>. Thread-safe.
/// </summary>
/// <remarks>
/// A no-buildup term is a daily total against a baseline, so one event breaks it only if its own
/// count exceeds the baseline; the daily sum over events is not attributed to any single event.
/// </remarks>
public sealed class AgreementBreaks(Agreement agreement)
{
    /// <summary>The basis a perfect observation gives for its attribution.</summary>
    public const string PerfectBasis = "ground truth";

    private readonly ComplianceEvaluator _evaluator = new(agreement);

    /// <summary>The ids of the terms the event breaks, in the evaluator's order, without repeats.</summary>
    public IReadOnlyList<string> Of(TrueEvent trueEvent)
    {
        ArgumentNullException.ThrowIfNull(trueEvent);
        return _evaluator.Evaluate([PerfectObservation(trueEvent)])
            .Where(violation => violation.Party == trueEvent.Party)
            .Select(violation => violation.Term.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The true event as seen by a perfect observer: its exact instant and place, no location
    /// uncertainty, its type, count and weapon, attributed to its true party, from an A1 monitor.
    /// </summary>
    public static Observation PerfectObservation(TrueEvent trueEvent)
    {
        ArgumentNullException.ThrowIfNull(trueEvent);
        return new Observation
        {
            Id = new ObservationId(trueEvent.Id),
            ObservedAt = ObservedInterval.At(trueEvent.At),
            Location = trueEvent.Location,
            UncertaintyM = 0,
            Type = trueEvent.Type,
            Count = trueEvent.Count,
            Weapon = trueEvent.Weapon,
            AttributedTo = trueEvent.Party,
            AttributionBasis = PerfectBasis,
            Source = new Source("monitor", "ground-truth", 'A', 1, Perception.Seen),
        };
    }
}
