using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Observations;

/// <summary>
/// What a mission accepts beyond the shape of a record: the type codes of its taxonomy and its
/// parties (for <c>attributed_to</c>). A null member accepts any well-formed value, which is right
/// only for records Truce itself wrote and stored.
/// </summary>
public sealed record ObservationRules(ObservationTaxonomy? Taxonomy, IReadOnlySet<PartyCode>? Parties)
{
    /// <summary>Accepts any well-formed type and party: for reading back records already validated.</summary>
    public static ObservationRules Unchecked { get; } = new(null, null);
}
