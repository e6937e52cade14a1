using Truce.Domain.Observations;
using Truce.Simulation.Theatre;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Generation;

/// <summary>
/// Generates a synthetic mission — true events and the observations that report them — for the
/// theatre's window, one UTC day after another. Lazy and streaming: memory stays bounded by one
/// event's observations whatever the scale. Deterministic: the same theatre and options give the
/// same sequence, ids included, on every enumeration. An instance may be enumerated many times and
/// from several threads (each enumeration has its own state).
/// </summary>
public sealed class Simulator
{
    private readonly SimulationTheatre _theatre;
    private readonly SimulationOptions _options;

    public Simulator(SimulationTheatre theatre, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(theatre);
        ArgumentNullException.ThrowIfNull(options);
        if (theatre.Days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(theatre), theatre.Days, "days must not be negative");
        }

        if (theatre.ControlledAreas.Count == 0)
        {
            throw new ArgumentException("the theatre needs at least one party with a controlled area", nameof(theatre));
        }

        if (options.Scale < 0 || double.IsNaN(options.Scale) || double.IsInfinity(options.Scale))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Scale, "scale must be a finite number ≥ 0");
        }

        if (options.FalseReportShare is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FalseReportShare, "false report share must be in [0, 1)");
        }

        if (options.DayToDayShape <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DayToDayShape, "day-to-day shape must be positive");
        }

        _ = new Geography.LineOfContact(theatre.ContactLine);
        _theatre = theatre;
        _options = options;
    }

    /// <summary>The stream: per UTC day, every party's true events (with their reports), then the day's false reports.</summary>
    public IEnumerable<SimulatedEvent> Run() => new SimulationRun(_theatre, _options).Events();

    /// <summary>Only the observations, in stream order.</summary>
    public IEnumerable<Observation> Observations() => Run().SelectMany(step => step.Observations);

    /// <summary>Only the true events, in stream order.</summary>
    public IEnumerable<TrueEvent> Truth()
    {
        foreach (var step in Run())
        {
            if (step.Truth is not null)
            {
                yield return step.Truth;
            }
        }
    }
}
