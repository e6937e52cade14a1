using NetTopologySuite.Operation.Distance;
using Truce.Domain.Agreements;
using Truce.Domain.Parties;
using Truce.Domain.Zones;

namespace Truce.Domain.Evaluation;

/// <summary>
/// The area one term is checked against, prepared for queries: the term's zone, or for keep-away
/// one area per party (within the distance of the line, on that party's own side).
/// </summary>
internal sealed class TermTarget(int termIndex, Term term, IndexedArea area, Zone? zone, PartyCode? side, Zone? line, IndexedFacetDistance? lineDistance)
{
    public int TermIndex { get; } = termIndex;

    public Term Term { get; } = term;

    public IndexedArea Area { get; } = area;

    /// <summary>The term's zone; null for keep-away.</summary>
    public Zone? Zone { get; } = zone;

    /// <summary>The party whose own side this is; keep-away only.</summary>
    public PartyCode? Side { get; } = side;

    public Zone? Line { get; } = line;

    public IndexedFacetDistance? LineDistance { get; } = lineDistance;
}
