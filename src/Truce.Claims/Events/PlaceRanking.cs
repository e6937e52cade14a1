using Truce.Claims.Places;

namespace Truce.Claims.Events;

/// <summary>
/// The one decision of where an action happened, from the candidate places of its sentence (README: "the most specific
/// gazetteer place in the sentence that locates it, null when none does"):
/// <list type="number">
/// <item>only locating relations count (an origin, a destination, an owner, the speaker's whereabouts or a place of
/// another clause never do); none left, the place is null;</item>
/// <item>the strongest relation present wins, in the order of <see cref="PlaceRelation"/> (an object and a locative
/// phrase after the verb rank alike);</item>
/// <item>within it, a first item of a list before a further one, then a place that is not only a facility's name ("the
/// Moscow oil refinery in Kapotnya" → Kapotnya), then the most specific kind (settlement, then a town
/// naming a front sector, then a town naming a plant or airbase, then region or area, then country, then world region),
/// then the nearest to the verb;</item>
/// <item>a region or country chosen gives way to a place inside it (same first-level unit code, same country) that
/// the action's own clause names as object, locative, frame or subject ("Dvorichna on the Oskil river in the Kharkiv
/// region had been seized" → Dvorichna), unless it is a further item of a list ("in Pakistan and Pakistani Kashmir"
/// names two targets, not one inside the other);</item>
/// <item>a town chosen only as a reference point ("15 kilometres east of Huliaipole") gives way to a region holding it
/// that the same tier names ("a village in the Zaporizhzhia region, 15 kilometres east of Huliaipole"): the action
/// happened in the region, away from the town.</item>
/// </list>
/// </summary>
internal static class PlaceRanking
{
    public static PlaceChoice Choose(IReadOnlyList<PlaceCandidate> candidates)
    {
        var locating = candidates.Where(c => c.Locates).ToList();
        if (locating.Count == 0)
        {
            return new PlaceChoice(null, candidates, "no candidate locates the action");
        }

        var tier = locating.Min(c => Tier(c.Relation));
        var best = Best(locating.Where(c => Tier(c.Relation) == tier).ToList());
        var inside = Best(locating.Where(c => !c.ListedAfterAnother && !c.NamesFacility && c.Relation is PlaceRelation.Object or PlaceRelation.Locative or PlaceRelation.Frame
            or PlaceRelation.Subject or PlaceRelation.AppositiveSubject && Contains(best.Mention.Place, c.Mention.Place)).ToList(), orNull: true);
        if (inside is null && best.ReferencePoint
            && Best(locating.Where(c => Tier(c.Relation) == tier && !c.ReferencePoint && Contains(c.Mention.Place, best.Mention.Place)).ToList(), orNull: true) is { } holder)
        {
            return new PlaceChoice(holder, candidates, $"{holder.Relation} holding the reference point {best.Mention.Place.Name}");
        }

        return inside is null
            ? new PlaceChoice(best, candidates, $"strongest relation {best.Relation}, most specific and nearest")
            : new PlaceChoice(inside, candidates, $"{inside.Relation} inside the {best.Relation} {best.Mention.Place.Name}");
    }

    /// <summary>Whether <paramref name="outer"/> holds <paramref name="inner"/> by the gazetteer's codes: a country its units and places, a first-level unit its places.</summary>
    public static bool Contains(GazetteerEntry outer, GazetteerEntry inner) => outer.Kind switch
    {
        PlaceKind.Country => inner.Kind is PlaceKind.Admin1 or PlaceKind.City && inner.Country is not null && inner.Country == outer.Country,
        PlaceKind.Admin1 => inner.Kind == PlaceKind.City && inner.Admin1 is not null && inner.Admin1 == outer.Admin1,
        _ => false,
    };

    /// <summary>How specific a kind of place is, smallest first.</summary>
    public static double Specificity(PlaceCandidate candidate) => candidate.Mention.Place.Kind switch
    {
        PlaceKind.City when candidate.NamesSector => 0.5,
        PlaceKind.City when candidate.NamesPlant => 0.75,
        PlaceKind.City => 0,
        PlaceKind.Admin1 or PlaceKind.Area => 1,
        PlaceKind.Country => 2,
        _ => 3,
    };

    private static PlaceRelation Tier(PlaceRelation relation) => relation == PlaceRelation.Locative ? PlaceRelation.Object : relation;

    private static PlaceCandidate Best(List<PlaceCandidate> tier) => Best(tier, orNull: false)!;

    private static PlaceCandidate? Best(List<PlaceCandidate> tier, bool orNull)
    {
        if (tier.Count == 0)
        {
            return orNull ? null : throw new InvalidOperationException("no candidate in the tier");
        }

        var heads = tier.Where(c => !c.ListedAfterAnother).ToList();
        return (heads.Count > 0 ? heads : tier).OrderBy(c => c.NamesFacility).ThenBy(Specificity).ThenBy(c => c.Distance).ThenBy(c => c.Mention.Span.Start).First();
    }
}
