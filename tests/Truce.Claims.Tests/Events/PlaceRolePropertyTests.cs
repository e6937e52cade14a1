using System.Globalization;
using CsCheck;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// The place of an event as a class (corpus README, "Events": the most specific gazetteer place in the sentence that
/// locates the action): an action clause whose target or location is one town, optionally placed in its region, composed
/// with places in roles that never locate the action — where the speaker spoke, where the weapons came from, a place of a
/// clause of its own, a capital standing for the state that acts — always yields the town. Sentences and places are
/// written for the test; the expected place is the town's gazetteer name, worked out by hand.
/// </summary>
public sealed class PlaceRolePropertyTests
{
    /// <summary>A town with its gazetteer name and the region that holds it, as a reporter names it.</summary>
    public sealed record Town(string Written, string Gazetteer, string Region);

    /// <summary>An action naming its target or location by <c>{0}</c>, and whether weapons fired it.</summary>
    public sealed record Action(string Words, string Lemma, bool Fire);

    private static readonly Town[] Towns =
    [
        new("Kupiansk", "Kupiansk", "the Kharkiv region"),
        new("Izium", "Izium", "the Kharkiv region"),
        new("the village of Dvorichna", "Dvorichna", "the Kharkiv region"),
        new("Pokrovsk", "Pokrovsk", "the Donetsk region"),
        new("the town of Kostiantynivka", "Kostiantynivka", "the Donetsk region"),
        new("Nikopol", "Nikopol", "the Dnipropetrovsk region"),
        new("Sumy", "Sumy", "the Sumy region"),
        new("the city of Kherson", "Kherson", "the Kherson region"),
        new("Huliaipole", "Hulyaypole", "the Zaporizhzhia region"),
    ];

    private static readonly Action[] Actions =
    [
        new("shelled {0}", "shell", Fire: true),
        new("struck {0}", "strike", Fire: true),
        new("hit an oil depot in {0}", "strike", Fire: true),
        new("struck a power substation near {0}", "strike", Fire: true),
        new("launched a drone attack on {0}", "attack", Fire: true),
        new("fired missiles at {0}", "attack", Fire: true),
        new("captured {0}", "capture", Fire: false),
        new("advanced towards {0}", "advance", Fire: false),
        new("attacked Ukrainian positions outside {0}", "attack", Fire: false),
    ];

    // Each actor is a subject that acts; a capital or a country in it stands for the state and locates nothing.
    private static readonly string[] Actors = ["Russian forces", "Moscow's troops", "Russia's army", "Russian units"];

    // Where a speaker speaks: never where the reported action happened.
    private static readonly string[] Venues = ["Brussels", "Geneva", "Riyadh", "Istanbul"];

    // Where weapons were launched from: an origin, not a location.
    private static readonly string[] Origins = ["the Belgorod region", "the Kursk region", "Crimea", "Russia"];

    // A clause of its own, joined to the action's clause: its place locates only its own clause.
    private static readonly string[] OtherClauses = [", while envoys met in {0}", ", hours before talks opened in {0}", ", as diplomats gathered in {0}"];

    private static readonly string[] OtherPlaces = ["Paris", "Jeddah", "Budapest", "London"];

    private static readonly Func<string, string, string>[] Frames =
    [
        (clause, _) => $"{clause}.",
        (clause, _) => $"The ministry said {clause}.",
        (clause, venue) => $"Speaking to reporters in {venue}, the minister said {clause}.",
        (clause, venue) => $"The governor told reporters in {venue} that {clause}.",
        (clause, venue) => $"Addressing a news conference in {venue}, a military spokesman said {clause}.",
        (clause, venue) => $"Negotiators met in {venue} on Monday, a day after {clause}.",
        (clause, venue) => $"Envoys arrived in {venue} for talks, hours after {clause}.",
    ];

    private static string Fill(string pattern, string value) => string.Format(CultureInfo.InvariantCulture, pattern, value);

    private static readonly Gen<(string Sentence, Action Action, Town Town)> Sentences =
        Gen.Select(Gen.Int[0, Towns.Length - 1], Gen.Int[0, Actions.Length - 1], Gen.Int[0, Actors.Length - 1], Gen.Bool, Gen.Int[0, Frames.Length - 1], Gen.Int[0, Venues.Length - 1])
            .SelectMany(t => Gen.Select(Gen.Int[0, Origins.Length - 1], Gen.Int[0, 2], Gen.Int[0, OtherClauses.Length - 1], Gen.Int[0, OtherPlaces.Length - 1]).Select(u =>
            {
                var (town, action, actor, inRegion, frame, venue) = t;
                var (origin, tail, other, otherPlace) = u;
                var target = Towns[town].Written + (inRegion ? " in " + Towns[town].Region : "");
                var clause = $"{Actors[actor]} {Fill(Actions[action].Words, target)}";
                clause += tail switch
                {
                    1 when Actions[action].Fire => $" with drones launched from {Origins[origin]}",
                    2 => Fill(OtherClauses[other], OtherPlaces[otherPlace]),
                    _ => "",
                };
                return (Frames[frame](clause, Venues[venue]), Actions[action], Towns[town]);
            }));

    [Fact]
    public void TheTownTheActionTargetsIsItsPlaceWhateverOtherPlacesTheSentenceNames() =>
        Sentences.Sample(s =>
        {
            var (claim, choice) = Assert.Single(Extract.Places(s.Sentence), e => e.Event.Action == s.Action.Lemma);
            Assert.True(s.Town.Gazetteer == claim.Place, $"{s.Sentence} → {claim.Place} ({choice.Reason}); expected {s.Town.Gazetteer}");
        }, iter: 400, print: s => s.Sentence);

    [Fact]
    public void ARegionThatOnlyLocatesItsTownNeverTakesTheTownsPlace() =>
        Gen.Select(Gen.Int[0, Towns.Length - 1], Gen.Int[0, Actions.Length - 1]).Sample((town, action) =>
        {
            var sentence = $"Russian forces {Fill(Actions[action].Words, Towns[town].Written + " in " + Towns[town].Region)} on Tuesday, officials said.";
            Assert.Equal(Towns[town].Gazetteer, Assert.Single(Extract.From(sentence).Events).Place);
        }, iter: 100);

    [Fact]
    public void AnActionWhoseOnlyLocatingPlaceIsARegionTakesTheRegion() =>
        Gen.Select(Gen.Int[0, Towns.Length - 1], Gen.Int[0, Frames.Length - 1], Gen.Int[0, Venues.Length - 1]).Sample((town, frame, venue) =>
        {
            var sentence = Frames[frame]($"Russian drones struck an energy facility in {Towns[town].Region}", Venues[venue]);
            var region = Towns[town].Region["the ".Length..^" region".Length] + " Oblast";
            Assert.Equal(region, Assert.Single(Extract.From(sentence).Events).Place);
        }, iter: 100);

    [Fact]
    public void PlacesInNonLocatingRolesAloneLeaveTheActionWithoutAPlace() =>
        Gen.Select(Gen.Int[0, Frames.Length - 1], Gen.Int[0, Venues.Length - 1], Gen.Int[0, Origins.Length - 1], Gen.Int[0, OtherPlaces.Length - 1]).Sample((frame, venue, origin, other) =>
        {
            var clause = $"Russian forces struck an ammunition depot with drones launched from {Origins[origin]}, while envoys met in {OtherPlaces[other]}";
            Assert.Null(Assert.Single(Extract.From(Frames[frame](clause, Venues[venue])).Events).Place);
        }, iter: 100);

    // How a report narrows an area to a town in it: an inclusion after a comma, before or after an attribution.
    private static readonly string[] Inclusions = [", including in {0}", ", including {0}", ", among them {0}"];

    private static readonly string[] Attributions = ["", ", officials said", ", according to regional officials"];

    [Fact]
    public void AnInclusionAfterTheRegionStruckNarrowsThePlaceToTheTownItNames() =>
        Gen.Select(Gen.Int[0, Towns.Length - 1], Gen.Int[0, Inclusions.Length - 1], Gen.Int[0, Attributions.Length - 1], Gen.Int[0, Actors.Length - 1]).Sample((town, inclusion, attribution, actor) =>
        {
            var sentence = $"{Actors[actor]} struck targets across {Towns[town].Region}{Fill(Inclusions[inclusion], Towns[town].Written)}{Attributions[attribution]}.";
            var (claim, choice) = Assert.Single(Extract.Places(sentence));
            Assert.True(Towns[town].Gazetteer == claim.Place, $"{sentence} → {claim.Place} ({choice.Reason}); expected {Towns[town].Gazetteer}");
        }, iter: 100);

    // A place that is the subject of a verb of speech or stance stands for its government: it names no location.
    private static readonly string[] StanceClauses = [", the term {0} uses for the separatists,", ", a group {0} calls terrorists,", ", whom {0} describes as mercenaries,"];

    [Fact]
    public void APlaceThatSpeaksOrNamesSomethingNeverLocatesTheAction() =>
        Gen.Select(Gen.Int[0, Towns.Length - 1], Gen.Int[0, StanceClauses.Length - 1], Gen.Int[0, OtherPlaces.Length - 1], Gen.Int[0, Frames.Length - 1], Gen.Int[0, Venues.Length - 1]).Sample((town, stance, other, frame, venue) =>
        {
            var clause = $"troops repelled an attack by militants{Fill(StanceClauses[stance], OtherPlaces[other])} on a border post in {Towns[town].Region}";
            var sentence = Frames[frame](clause, Venues[venue]);
            var region = Towns[town].Region["the ".Length..^" region".Length] + " Oblast";
            var (claim, choice) = Assert.Single(Extract.Places(sentence));
            Assert.True(region == claim.Place, $"{sentence} → {claim.Place} ({choice.Reason}); expected {region}");
        }, iter: 100);
}
