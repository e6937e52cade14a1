using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Domain.Zones;

namespace Truce.Domain.Agreements;

/// <summary>
/// A validated agreement with every zone resolved to metric geometry in <see cref="Projection"/>.
/// Lists keep the order of the agreement file. Immutable.
/// </summary>
public sealed record Agreement
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Notes { get; init; }

    public required TimeWindow Window { get; init; }

    public required IReadOnlyList<Party> Parties { get; init; }

    public required IReadOnlyList<Zone> Zones { get; init; }

    public required IReadOnlyList<Term> Terms { get; init; }

    public required ObservationTaxonomy Taxonomy { get; init; }

    public required MetricProjection Projection { get; init; }

    public Zone Zone(ZoneId id) => Zones.First(zone => zone.Id == id);

    public Party Party(PartyCode code) => Parties.First(party => party.Code == code);
}
