using Truce.Domain.Observations;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Generation;

/// <summary>
/// One step of the simulated stream: a true event with the observations that report it (possibly
/// none: a missed event), or a false report — <see cref="Truth"/> null and one observation.
/// </summary>
public sealed record SimulatedEvent(TrueEvent? Truth, IReadOnlyList<Observation> Observations);
