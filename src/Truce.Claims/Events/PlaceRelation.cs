namespace Truce.Claims.Events;

/// <summary>
/// How a place the sentence names stands to one action of it. The locating relations come first, in the order in which
/// <see cref="PlaceRanking"/> prefers them; the rest name a place that never tells where the action happened.
/// </summary>
internal enum PlaceRelation
{
    /// <summary>"attacking the town" after the sentence named a town: the object takes up that town.</summary>
    TownTakenUpAsObject,

    /// <summary>The object of the verb ("captured Dvorichna", "the village of Murom", "strikes on Kyiv").</summary>
    Object,

    /// <summary>A locative phrase on the verb or its object after the verb, in its clause ("hit a depot in Odesa", "over the Black Sea").</summary>
    Locative,

    /// <summary>A possessive owning the object ("strikes on Ukraine's grid"): the target lies in the owner.</summary>
    TargetOwner,

    /// <summary>The place a relative "where" clause holding the action hangs on ("Stepnohirsk, where Moscow has been attacking").</summary>
    RelativeWhere,

    /// <summary>
    /// A locative phrase before the verb that frames its clause ("In Kharkiv, drones struck …"); not across a contrasting
    /// or a time clause ("met in Istanbul, a day after drones hit …"), unless it opens the sentence.
    /// </summary>
    Frame,

    /// <summary>The subject of a passive or "came under fire": the target ("Kherson came under fire", "Dvorichna on the Oskil, in the region, was seized").</summary>
    Subject,

    /// <summary>The subject of a passive before its apposition ("Avdiivka, a town north of Donetsk, was captured").</summary>
    AppositiveSubject,

    /// <summary>The subject opening the sentence that a subjectless passive after "and" shares ("Kharkiv … has been shelled").</summary>
    SentenceSubject,

    /// <summary>"in the city", "in the region" after the verb taking up the city or region the sentence named before it.</summary>
    TakenUp,

    /// <summary>The place an attack left without power ("Odesa was left without power after a missile strike").</summary>
    LeftWithoutPower,

    /// <summary>The region or city whose body reports the action ("the Kharkiv regional governor said a missile struck …").</summary>
    ReportingBody,

    /// <summary>The capital a nationality names ("drones flying towards the Russian capital"), when the article names it.</summary>
    NationalCapital,

    /// <summary>The place of the sentence's earlier action, which a later action of it inherits ("recaptured the Kursk region, saying troops had liberated …").</summary>
    EarlierAction,

    // Not locating.

    /// <summary>Where weapons came from or who fired them ("launched from Belgorod", "drones launched by Russia", "the drones Russia fired").</summary>
    Origin,

    /// <summary>Where goods, weapons or people go ("fuel to Turkey", "the 90 drones launched at Ukraine" for a shooting down).</summary>
    Destination,

    /// <summary>A possessive or capital standing for its state ("Russia's army", "Moscow's troops").</summary>
    Owner,

    /// <summary>Where the speaker spoke or stands ("Speaking to reporters in Brussels", "officials at a hospital in Deir al-Balah said").</summary>
    SpeakerLocation,

    /// <summary>A place in another clause of the sentence, another action's clause, or an actor before the verb.</summary>
    OtherClause,

    /// <summary>A place before the verb that an unknown place the action names itself outranks ("shelled the village of Murom").</summary>
    BesideUnknownPlace,
}
