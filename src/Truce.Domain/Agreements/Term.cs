using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Agreements;

/// <summary>
/// One clause of an agreement with its rule, resolved: <see cref="Parties"/> is never empty (all
/// parties unless the term names some) and <see cref="Window"/> is the term's own window or the
/// agreement's. <see cref="Zone"/> is set for every kind but keep-away, which has
/// <see cref="Line"/> and <see cref="DistanceKm"/>; <see cref="Baseline"/> is set for no-buildup.
/// </summary>
public sealed record Term
{
    public required TermId Id { get; init; }

    public required string Text { get; init; }

    public required TermKind Kind { get; init; }

    public required IReadOnlyList<TypePattern> Types { get; init; }

    public ZoneId? Zone { get; init; }

    public ZoneId? Line { get; init; }

    public double? DistanceKm { get; init; }

    public IReadOnlyDictionary<PartyCode, int> Baseline { get; init; } = new Dictionary<PartyCode, int>();

    public required IReadOnlyList<PartyCode> Parties { get; init; }

    public required TimeWindow Window { get; init; }

    public bool Covers(ObservationType type) => Types.Any(pattern => pattern.Matches(type));

    /// <summary>What the term is checked against, for summaries: "security-zone", "15 km of contact-line".</summary>
    public string Target => Kind == TermKind.KeepAway
        ? $"{DistanceKm:0.###} km of {Line} on own side"
        : $"{Zone}";
}
