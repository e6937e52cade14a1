using NetTopologySuite.Geometries;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Simulation.Truth;

/// <summary>
/// One event that really happened in the simulated world, with the facts needed to judge it:
/// when (UTC, whole seconds), where (WGS84 point), what (taxonomy type, count, weapon), who
/// (<see cref="Party"/> is the actor — the party that fired, struck, kept the equipment or
/// restricted the monitors), its <see cref="Class"/> under the simulator's reference rules, and
/// which observations report it (none when every source missed it).
/// </summary>
public sealed record TrueEvent
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required Point Location { get; init; }

    public required ObservationType Type { get; init; }

    public required PartyCode Party { get; init; }

    public int Count { get; init; } = 1;

    public string? Weapon { get; init; }

    public required EventClass Class { get; init; }

    /// <summary>Distance from the contact line, metres.</summary>
    public required double DistanceToLineM { get; init; }

    /// <summary>The party controlling the place, or null (sea, third country).</summary>
    public PartyCode? ControlledBy { get; init; }

    /// <summary>The nearest protected site when one lies within 10 km, with its distance in metres.</summary>
    public string? Site { get; init; }

    public double? DistanceToSiteM { get; init; }

    /// <summary>Ids of the observations that report this event, in the order they were generated.</summary>
    public IReadOnlyList<ObservationId> ReportedBy { get; init; } = [];

    /// <summary>
    /// Ids of the agreement terms this event breaks, as computed by
    /// <see cref="Generation.SimulationOptions.TermsBroken"/> (empty when the caller supplied none).
    /// </summary>
    public IReadOnlyList<string> Breaks { get; init; } = [];
}
