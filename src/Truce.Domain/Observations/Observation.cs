using NetTopologySuite.Geometries;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Observations;

/// <summary>
/// One report from one source, as validated on the way in. <see cref="Location"/> is WGS84
/// (x = longitude, y = latitude), a point or a polygon; <see cref="UncertaintyM"/> is a radius in
/// metres around it. <see cref="ReceivedAt"/> is set by Truce when the record is accepted.
/// </summary>
public sealed record Observation
{
    public required ObservationId Id { get; init; }

    public required ObservedInterval ObservedAt { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public required Geometry Location { get; init; }

    public double UncertaintyM { get; init; }

    public required ObservationType Type { get; init; }

    public int? Count { get; init; }

    public string? Weapon { get; init; }

    public double? BearingDeg { get; init; }

    /// <summary>Estimated point of origin of fire (WGS84), when the source gives one.</summary>
    public Point? Origin { get; init; }

    public PartyCode? AttributedTo { get; init; }

    public string? AttributionBasis { get; init; }

    public required Source Source { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public string? Narrative { get; init; }
}
