using Truce.Claims.Attribution;
using Truce.Claims.Events;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Claims;

/// <summary>
/// Reads one article's plain text into a <see cref="ClaimsReport"/>. Pure: the same text, source,
/// date and aliases give the same report. Thread-safe once constructed.
/// </summary>
public sealed class ClaimsExtractor
{
    private readonly Gazetteer _gazetteer;
    private readonly PartyMatcher _parties;
    private readonly SpeakerParser _speakers;
    private readonly PlaceFinder _places;

    /// <param name="gazetteer">Usually <see cref="Gazetteer.Default"/>.</param>
    /// <param name="parties">Each party's code and aliases, as the agreement lists them.</param>
    public ClaimsExtractor(Gazetteer gazetteer, IReadOnlyList<PartyAliases> parties)
    {
        _gazetteer = gazetteer;
        _parties = new PartyMatcher(parties);
        _speakers = new SpeakerParser(IsPlaceName, IsLocality, UnitsOf);
        _places = new PlaceFinder(gazetteer);
    }

    public ClaimsReport Extract(string text, string? source = null, string? published = null) => Extract(text, source, published, null);

    /// <summary>The events of <paramref name="text"/> with the place decision of each, to trace a wrong place to its cause.</summary>
    internal IReadOnlyList<(EventClaim Event, PlaceChoice Place)> ExplainPlaces(string text)
    {
        var choices = new List<PlaceChoice>();
        var report = Extract(text, null, null, choices);
        return [.. report.Events.Zip(choices)];
    }

    /// <summary>
    /// Every action word of <paramref name="text"/> in text order with the reading of it: asserted (an event) or the reason
    /// it only mentions the action, to trace a missed or an extra event to the wording that decided it.
    /// </summary>
    internal IReadOnlyList<ActionReading> ExplainActions(string text)
    {
        var readings = new List<ActionReading>();
        Extract(text, null, null, null, readings);
        return readings;
    }

    private ClaimsReport Extract(string text, string? source, string? published, List<PlaceChoice>? choices, List<ActionReading>? readings = null)
    {
        var layout = new ArticleLayout(text);
        var (statements, people) = new StatementFinder(_speakers.ForOneArticle(), _parties).Find(layout);
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var word in person.NameWords)
            {
                personWords.Add(word);
            }
        }

        var mentions = _places.Find(layout, personWords);
        var places = mentions.GroupBy(m => m.Place)
            .Select(g => new ResolvedPlace(g.Key, [.. g.Select(m => m.Span)]))
            .OrderBy(p => p.Mentions[0].Start)
            .ToList();
        var events = EventFinder.Find(layout, statements, mentions, _parties, choices, readings);
        return new ClaimsReport(source, published, statements, places, events);
    }

    // Where a described speaker was ("a diplomat in Cairo", "officials in Deir al-Balah"): a place under its own gazetteer name,
    // or a country, province or sizeable town under another ("Khan Younis"), but never a word copy does not mean as a place ("a
    // source in Hamas" is not in Hamm, Germany, one of whose other names is "Hamas").
    private bool IsLocality(string name) =>
        !PlaceFinder.NeverAPlace(name)
        && _gazetteer.Lookup(name).Any(c => c.Primary || c.Entry.Kind is PlaceKind.Country or PlaceKind.Admin1 || c.Entry.Population >= 100_000);

    // The Ukrainian and Russian first-level units a name may lie in: "Chuhuiv" is in UA-63, "Moscow" the city or the region.
    private HashSet<string> UnitsOf(string name)
    {
        var units = _gazetteer.Lookup(name).Select(c => c.Entry.Admin1).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (_gazetteer.Admin1Named(name)?.Admin1 is { } unit)
        {
            units.Add(unit);
        }

        return units;
    }

    private bool IsPlaceName(string name) =>
        _gazetteer.Lookup(name).Any(c => c.Entry.Kind is PlaceKind.Country or PlaceKind.Admin1 || c.Entry.Population >= 100_000)
        || _parties.Match(name) is not null;
}
