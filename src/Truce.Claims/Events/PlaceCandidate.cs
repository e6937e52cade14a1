using Truce.Claims.Places;

namespace Truce.Claims.Events;

/// <summary>
/// One place mention of a sentence with its relation to one action and its distance from the action verb in UTF-16
/// characters (0 when the place touches the verb; a mention outside the sentence, such as an earlier event's place
/// or a capital the article names elsewhere, keeps its true distance).
/// </summary>
internal sealed record PlaceCandidate(PlaceMention Mention, PlaceRelation Relation, int Distance)
{
    /// <summary>Whether the relation tells where the action happened.</summary>
    public bool Locates => Relation < PlaceRelation.Origin;

    /// <summary>Whether the place follows another of the same relation as a further item of a list ("over the Black Sea and Crimea").</summary>
    public bool ListedAfterAnother { get; init; }

    /// <summary>
    /// Whether the place is named as a reference point, with a bearing ("15 kilometres east of Huliaipole"): the action
    /// happened away from it.
    /// </summary>
    public bool ReferencePoint { get; init; }

    /// <summary>
    /// Whether the place only names a facility that a later place locates ("the Moscow oil refinery in Kapotnya", "the
    /// Soroka hospital in Beersheba"): the facility's name is not where it stands.
    /// </summary>
    public bool NamesFacility { get; init; }

    /// <summary>Whether the place is a town named for a front sector ("the Lyman direction"), less precise than a village in it.</summary>
    public bool NamesSector { get; init; }

    /// <summary>
    /// Whether a settlement is named only as the name of a plant, refinery, airbase or dam ("the Kursk nuclear power
    /// plant"), which often stands outside the town it is named after: less precise than a settlement the sentence gives
    /// as a location, more than a region or country.
    /// </summary>
    public bool NamesPlant { get; init; }
}
