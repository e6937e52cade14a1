using Truce.Claims.Text;

namespace Truce.Claims.Places;

/// <summary>
/// Finds place names in an article and resolves each to one gazetteer entry. Longest match wins;
/// a name followed by "region", "oblast" or "province" names the first-level unit; a possessive
/// ("Kyiv's") names the place; adjectives ("Russian") never do. Ambiguous names are settled by the
/// countries the article mentions, then by population. Ordinary capitalised words, people's names
/// and single words that are part of a longer proper name ("Moscow Times") are not places.
/// </summary>
public sealed partial class PlaceFinder(Gazetteer gazetteer)
{
    private static readonly HashSet<string> RegionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "regional",
    };

    // Capitalised words that open sentences or titles and that GeoNames also has as place names.
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "There", "Then", "They", "When", "While", "With", "Without", "After", "Before",
        "During", "Despite", "Since", "Until", "Under", "Over", "Both", "Each", "Some", "Many", "Most", "Several", "Other",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "President", "Minister", "Prime",
        "Foreign", "Defense", "Defence", "Ministry", "General", "Staff", "Secretary", "State", "Union", "European", "Council",
        "Security", "National", "Independence", "Victory", "Peace", "Hope", "Liberty", "Freedom", "Progress", "Friendship",
        "Mobile", "Reading", "Nice", "Split", "Bath", "Kremlin", "Parliament", "Congress", "Senate", "White", "House", "Red",
        "Cross", "United", "Nations", "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
        "Putin", "Kim", "Trump", "Biden", "Xi", "Zelensky", "Zelenskyy", "Zelenskiy", "Erdogan", "Macron", "Scholz", "Merz",
        "Starmer", "Lavrov", "Peskov", "Witkoff", "Rubio", "Vance", "Orban", "Modi", "Lula", "Victoria", "Florence", "Eugene",
        "Jackson", "Lincoln", "Charlotte", "Aurora", "Regina", "Marion", "Troy", "Salem", "Camden", "Jordan", "Chad", "Georgia",
        "Mir", "Pobeda", "Lenina", "Sovetskiy", "Oktyabrskiy", "Vostok", "Zarya", "Druzhba", "Orel", "Sokol", "Mayak", "Kirov",
        "Lenin", "Stalin", "Gorky", "Pushkin", "Tolstoy", "Chekhov", "Lermontov", "Zhukov", "Kutuzov", "Suvorov", "Ataman",
        "Major", "Colonel", "Captain", "Sergeant", "Governor", "Mayor", "Commander", "Army", "Navy", "Air", "Force", "Forces",
        "Operation", "Telegram", "Reuters", "Associated", "Press", "Agency", "News", "Times", "Post", "Post's", "Today",
        "Sunday's", "Monday's", "Tuesday's", "Wednesday's", "Thursday's", "Friday's", "Saturday's", "Grad", "Iskander",
        "Kinzhal", "Kalibr", "Shahed", "Geran", "Patriot", "Storm", "Shadow", "Bayraktar", "Himars", "HIMARS", "ATACMS",
        "Shevchenko", "Easter", "Christmas", "Mass", "God", "Lord", "Orthodox", "Catholic", "Church", "Group", "Seven",
        "Hamas", "Hezbollah", "Houthi", "Houthis", "Thai", "Thais", "Duma", "Yug",
        "White House", "Red Cross", "Red Square", "Security Council", "General Assembly", "Lloyd's", "Mar-a-Lago", "Pope",
    };

    /// <summary>True for a word the gazetteer may hold as some place's other name but that copy never means as a place ("Hamas").</summary>
    public static bool NeverAPlace(string word) => NotPlaces.Contains(word);

    // Words after "U.S." that show it is a noun ("the U.S. said") rather than an adjective ("the U.S. envoy").
    private static readonly HashSet<string> NounFollowers = new(StringComparer.Ordinal)
    {
        "said", "says", "and", "or", "has", "had", "is", "was", "will", "would", "could", "can", "may", "must", "should", "did",
        "does", "to", "in", "on", "at", "for", "with", "from", "by", "of", "as", "after", "before", "over", "under", "wants",
        "agreed", "announced", "warned", "insisted", "also", "but", "if", "that", "which", "who", "because", "since", "than",
    };

    // Countries whose names are also first names or a U.S. state ("Jordan Bardella", "Georgia" the state): the
    // country only when the article also names its capital or its people.
    private static readonly Dictionary<string, System.Text.RegularExpressions.Regex> CountryOnlyInContext = new(StringComparer.Ordinal)
    {
        ["Georgia"] = new(@"\b(?:Tbilisi|Georgians?|Abkhazia|South Ossetia)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant),
        ["Jordan"] = new(@"\b(?:Amman|Jordanians?)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant),
        ["Chad"] = new(@"\b(?:N'Djamena|Chadians?)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant),
    };

    // Names of units the gazetteer lacks that hold the name of a place it has ("Jammu and Kashmir").
    private static readonly string[] CompoundNames =
    [
        "Azad Jammu and Kashmir", "Jammu and Kashmir",
    ];

    private static readonly HashSet<string> WaterBodies = new(StringComparer.Ordinal)
    {
        "Sea", "Gulf", "Strait", "Straits", "Bay", "Lake", "Isle",
    };

    private static readonly HashSet<string> Trades = new(StringComparer.Ordinal)
    {
        "developer", "businessman", "businesswoman", "billionaire", "tycoon", "financier", "banker", "investor", "lawyer",
        "attorney", "entrepreneur", "oligarch", "magnate", "lobbyist", "publicist",
    };

    // Words that may follow a place without making it part of a longer name ("Kyiv Mayor Vitali Klitschko").
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Mayor", "Governor", "Oblast", "Region", "Province", "Krai", "City",
    };

    /// <param name="layout">The article.</param>
    /// <param name="personTokens">Words of people's names found in the article: never places.</param>
    public IReadOnlyList<PlaceMention> Find(ArticleLayout layout, IReadOnlySet<string> personTokens)
    {
        var tokens = layout.Tokens;
        var matches = new List<(int Start, int End, IReadOnlyList<NameCandidate> Candidates, bool Region)>();

        // "the Oskil River … the whole Oskil line": once the article names a river after a village, the name is the
        // river throughout (a town of some size keeps its name: "the Dnipro River" and "the city of Dnipro").
        var riverNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised && !ArabicArticle().IsMatch(tokens[i].Value))
            {
                continue;
            }

            // "Jammu and Kashmir" is one unit, not the city of Jammu; when the gazetteer holds the unit the longest match
            // below finds it.
            if (CompoundNames.FirstOrDefault(c => string.CompareOrdinal(layout.Text, tokens[i].Start, c, 0, c.Length) == 0
                && (tokens[i].Start + c.Length == layout.Text.Length || !char.IsLetter(layout.Text[tokens[i].Start + c.Length])) && gazetteer.Lookup(c).Count == 0) is { } compound)
            {
                while (i + 1 < tokens.Count && tokens[i + 1].End <= tokens[i].Start + compound.Length)
                {
                    i++;
                }

                continue;
            }

            var found = false;
            for (var n = Math.Min(gazetteer.MaxTokens, tokens.Count - i); n >= 1 && !found; n--)
            {
                if (!Adjacent(layout.Text, tokens, i, n))
                {
                    continue;
                }

                var surface = Surface(layout.Text, tokens, i, n);
                if (AllDatelineWords(layout, tokens, i, n))
                {
                    surface = string.Join(' ', surface.Split(' ').Select(w => w[0] + w[1..].ToLowerInvariant()));
                }
                var region = n + i < tokens.Count && IsRegionWord(tokens[i + n].Value) && Adjacent(layout.Text, tokens, i, n + 1);
                if (region && gazetteer.Admin1Named(surface) is { } unit)
                {
                    matches.Add((tokens[i].Start, tokens[i + n].End, [new NameCandidate(unit, true, false)], true));
                    i += n;
                    found = true;
                    break;
                }

                var candidates = gazetteer.Lookup(surface);
                if (candidates.Count == 0 && ArabicArticle().IsMatch(surface))
                {
                    // "el-Fasher", "al-Fashir": the gazetteer spells the article capitalised, joined by a hyphen or a space.
                    var capitalised = char.ToUpperInvariant(surface[0]) + surface[1..];
                    candidates = gazetteer.Lookup(capitalised) is { Count: > 0 } hyphenated ? hyphenated : gazetteer.Lookup(ArticleHyphen().Replace(capitalised, " ", 1));
                }

                if (candidates.Count == 0)
                {
                    continue;
                }

                if (n == 1 && i + 1 < tokens.Count && tokens[i + 1].Value is "River" or "river" && Adjacent(layout.Text, tokens, i, 2)
                    && candidates.All(c => c.Entry.Kind == PlaceKind.City && c.Entry.Population < VillagePopulationLimit))
                {
                    riverNames.Add(surface);
                }

                var previousIsThe = i > 0 && tokens[i - 1].Value is "the" or "The";
                var usable = candidates.Where(c => !c.NeedsThe || previousIsThe).ToList();
                if (usable.Count == 0 || !Plausible(layout.Text, tokens, i, n, surface, personTokens))
                {
                    continue;
                }

                // "the Dnipro" alone is the river, "the Pokrovsk district" a district the gazetteer lacks, "the Kakhovka
                // reservoir" a body of water named after the town, not the town; "the U.S. envoy" uses the country as
                // an adjective.
                var after = i + n < tokens.Count && tokens[i + n].Start - tokens[i + n - 1].End <= 1 ? tokens[i + n].Value : null;
                var endsClause = tokens[i].End >= layout.Text.Length || layout.Text[tokens[i].End] is ',' or '.';
                var before = layout.Text[Math.Max(0, tokens[i].Start - 16)..tokens[i].Start];
                if (n == 1 && usable.All(c => c.Entry.Kind == PlaceKind.City) && after is not ("axis" or "front" or "direction" or "sector" or "road" or "highway")
                    && (after is "river" or "River" or "district" or "districts" or "raion" or "brigade" or "Brigade" or "regiment" or "Regiment"
                        or "battalion" or "Battalion" or "group" or "grouping"
                        or "reservoir" or "Reservoir" or "dam" or "Dam" or "canal" or "Canal"
                    || before.EndsWith("bank of the ", StringComparison.Ordinal) || before.EndsWith("banks of the ", StringComparison.Ordinal)
                    || before.EndsWith("across the ", StringComparison.Ordinal) || before.EndsWith("along the ", StringComparison.Ordinal)
                    || (previousIsThe && TheNameIsNotATown(layout.Text, tokens[i].End, after))))
                {
                    continue;
                }

                // "a New York property developer", "a Moscow businessman": a city describing a person's trade names
                // where the person works, not a place the article speaks of.
                if (i > 0 && tokens[i - 1].Value is "a" or "an" or "A" or "An" && usable.Any(c => c.Entry.Kind == PlaceKind.City)
                    && Enumerable.Range(i + n, 2).Any(k => k < tokens.Count && Trades.Contains(tokens[k].Value)
                        && Enumerable.Range(i + n, k - i - n).All(j => !tokens[j].IsCapitalised)))
                {
                    continue;
                }

                // "the Preah Vihear temple", "the Ta Moan Thom and Preah Vihear temples": a temple named after the
                // province it stands in is a site, not the province.
                if (after is "temple" or "temples")
                {
                    continue;
                }

                // "the Gulf of Aden", "the Gulf of Thailand": a body of water of its own, not the Gulf.
                if (WaterBodies.Contains(surface) && after is "of")
                {
                    continue;
                }

                if (surface is "U.S." or "US" or "UK" or "U.K." && after is not null && !endsClause
                    && (!NounFollowers.Contains(after) || (after is "and" or "or" && CoordinatedAdjective(tokens, i + n + 1))))
                {
                    continue;
                }

                // "U.S., Russian and Ukrainian negotiators": the first of a list of nationality adjectives is one too.
                if (surface is "U.S." or "US" or "UK" or "U.K." && ListOfAdjectives(layout.Text, tokens, i + n))
                {
                    continue;
                }

                matches.Add((tokens[i].Start, tokens[i].Start + surface.Length, usable, false));
                i += n - 1;
                found = true;
            }
        }

        // "North and South Kivu", "North and South Korea": the first direction shares the name after the second.
        for (var k = matches.Count - 1; k >= 0; k--)
        {
            var name = layout.Text[matches[k].Start..matches[k].End];
            if (matches[k].Region)
            {
                name = name[..name.LastIndexOf(' ')];
            }

            var space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || name[..space] is not ("North" or "South" or "East" or "West"))
            {
                continue;
            }

            var window = Math.Min(12, matches[k].Start);
            var elided = ElidedDirection().Match(layout.Text, matches[k].Start - window, window);
            if (elided.Success && gazetteer.Lookup(elided.Groups[1].Value + name[space..]) is { Count: > 0 } candidates)
            {
                var direction = elided.Groups[1];
                matches.Insert(k, (direction.Index, direction.Index + direction.Length, candidates, false));
            }
        }

        // "the Kharkiv, Sumy and Poltava regions": every name of the list is a region.
        for (var k = matches.Count - 1; k > 0; k--)
        {
            if (!matches[k].Region || !layout.Text[matches[k].Start..matches[k].End].EndsWith('s'))
            {
                continue;
            }

            var j = k - 1;
            while (j >= 0)
            {
                var gap = layout.Text[matches[j].End..matches[j + 1].Start];
                if (gap is not (", " or " and " or ", and "))
                {
                    break;
                }

                var name = layout.Text[matches[j].Start..matches[j].End];
                if (gazetteer.Admin1Named(name) is not { } unit)
                {
                    break;
                }

                matches[j] = (matches[j].Start, matches[j].End, [new NameCandidate(unit, true, false)], true);
                j--;
            }
        }

        var context = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (match.Candidates.Count == 1 && match.Candidates[0].Entry.Country is { } country)
            {
                context.Add(country);
            }
        }

        // "the village of Romanivka in the Donetsk region", "Yalta, a village in southern Donetsk Oblast": the unit the
        // article puts a town in picks the namesake of that unit, or none when the gazetteer has no namesake there; the
        // article means the same place each time it names the town again ("did not comment on Romanivka").
        var placedInUnit = new Dictionary<string, GazetteerEntry?>(StringComparer.Ordinal);
        for (var m = 0; m + 1 < matches.Count; m++)
        {
            // "in Ukraine's Donetsk region": the country that owns the unit stands between the town and the unit.
            var u = m + 2 < matches.Count && matches[m + 1].Candidates is [{ Entry.Kind: PlaceKind.Country }]
                && CountryOwnsUnit().IsMatch(layout.Text[matches[m + 1].End..matches[m + 2].Start]) ? m + 2 : m + 1;
            var inTheRegion = InTheRegion().IsMatch(layout.Text[matches[m].End..matches[m + 1].Start]);
            if (!inTheRegion && !matches[m].Region)
            {
                // "the settlements of Melovoy and Podol in the Kursk Region", "Novopavlivka, Kotlyarivka and Zelenyi Hai in
                // the Dnipropetrovsk region": the unit after a list of towns holds every town of the list.
                var k = m + 1;
                while (k < matches.Count && !matches[k].Region && matches[k].Candidates.Any(c => c.Entry.Kind == PlaceKind.City)
                    && !matches[k].Candidates.Any(c => c.Entry.Kind == PlaceKind.Admin1))
                {
                    k++;
                }

                if (k < matches.Count && ListInTheRegion().IsMatch(layout.Text[matches[m].End..matches[k].Start]))
                {
                    u = k;
                    inTheRegion = true;
                }
            }

            if (!matches[m].Region && matches[m].Candidates.Any(c => c.Entry.Kind == PlaceKind.City)
                && (matches[u].Region || matches[u].Candidates is [{ Entry.Kind: PlaceKind.Admin1 }])
                && matches[u].Candidates[0].Entry.Admin1 is { } named
                && inTheRegion)
            {
                var name = layout.Text[matches[m].Start..matches[m].End];
                var inUnit = matches[m].Candidates.Where(c => c.Entry.Kind == PlaceKind.City && c.Entry.Admin1 == named)
                    .MaxBy(c => Score(c, context))?.Entry;
                if (!placedInUnit.TryGetValue(name, out var earlier) || (earlier is null && inUnit is not null))
                {
                    placedInUnit[name] = inUnit;
                }
            }
        }

        var mentions = new List<PlaceMention>(matches.Count);
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var best = OwnNameFirst(match.Candidates).MaxBy(c => Score(c, context))!;
            if (!match.Region && riverNames.Contains(layout.Text[match.Start..match.End]))
            {
                continue;
            }

            if (!match.Region && best.Entry.Kind == PlaceKind.City && placedInUnit.TryGetValue(layout.Text[match.Start..match.End], out var placed))
            {
                if (placed is null)
                {
                    continue;
                }

                best = match.Candidates.First(c => c.Entry == placed);
            }

            // "Uspenivka, a village about 20 kilometres east of Huliaipole": a namesake the gazetteer holds far from the
            // place the article puts it near is another place of the same name.
            if (best.Entry.Kind == PlaceKind.City && m + 1 < matches.Count && !matches[m + 1].Region
                && NearAnother().IsMatch(layout.Text[match.End..matches[m + 1].Start])
                && OwnNameFirst(matches[m + 1].Candidates).MaxBy(c => Score(c, context)) is { Entry.Kind: PlaceKind.City } anchor
                && Kilometres(best.Entry, anchor.Entry) > NearbyLimitKilometres)
            {
                continue;
            }

            // "the village of Murom": a village is not the town of 127,000 people the gazetteer holds under that name.
            if (best.Entry.Kind == PlaceKind.City && best.Entry.Population >= VillagePopulationLimit
                && VillageOf().IsMatch(layout.Text[Math.Max(0, match.Start - 24)..match.Start]))
            {
                continue;
            }

            if (!best.Primary && best.Entry.Kind == PlaceKind.City && best.Entry.Population < 1000)
            {
                continue;
            }

            mentions.Add(new PlaceMention(best.Entry, new TextSpan(match.Start, match.End)));
        }

        return mentions;
    }

    /// <summary>
    /// "New Delhi" is the capital's own name and only a variant name of Delhi: a city of some size called by its
    /// own name wins over a larger city of the same country that merely lists the name among its variants. Across
    /// countries the article's context decides ("Odessa" is Odesa in Ukraine, not the Texas city).
    /// </summary>

    /// <summary>
    /// "a bridge on the Oskil used by ...", "they reached the Oskil.": towns take no article, so a town's name after
    /// "the" that no noun follows ("the Pokrovsk direction", "the Kupiansk and Lyman sectors") names a river.
    /// </summary>
    private static bool TheNameIsNotATown(string text, int end, string? after) =>
        (end < text.Length && text[end] is '.' or ';' or ')')
        || after is "used" or "that" or "which" or "where" or "near" or "in" or "at" or "to" or "from" or "into" or "was" or "is";

    private static IEnumerable<NameCandidate> OwnNameFirst(IReadOnlyList<NameCandidate> candidates)
    {
        var owners = candidates.Where(c => c.Primary && c.Entry.Kind == PlaceKind.City && c.Entry.Population >= OwnNamePopulation)
            .Select(c => c.Entry.Country).ToHashSet();
        return candidates.Where(c => c.Primary || c.Entry.Kind != PlaceKind.City || !owners.Contains(c.Entry.Country));
    }

    private const int OwnNamePopulation = 100_000;

    /// <summary>More people than any village has; GeoNames' largest Ukrainian villages have about 15,000.</summary>
    private const int VillagePopulationLimit = 30_000;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(North|South|East|West)(?: and |, )$")]
    private static partial System.Text.RegularExpressions.Regex ElidedDirection();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:village|villages|hamlet|settlement) of $")]
    private static partial System.Text.RegularExpressions.Regex VillageOf();

    /// <summary>Farther than any village an article places "near" or "N kilometres from" a town; front-line reporting stays well within it.</summary>
    private const double NearbyLimitKilometres = 150.0;

    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s+(?:near\s+|(?:an?|the)\s+(?:[\w-]+\s+)?(?:village|town|settlement|hamlet|city)\s+(?:(?:just|about|some|around|roughly|nearly|less than|more than)\s+)?(?:(?:\d+|a few|several)\s*(?:km|kilometres|kilometers|miles)\s+(?:\(\d+\s+miles\)\s+)?)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|near|outside|from)\s+)$")]
    private static partial System.Text.RegularExpressions.Regex NearAnother();

    /// <summary>Great-circle distance between two entries' points, in kilometres (mean Earth radius 6,371 km).</summary>
    private static double Kilometres(GazetteerEntry a, GazetteerEntry b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180.0;
        var dLat = Radians(b.Lat - a.Lat);
        var dLon = Radians(b.Lon - a.Lon);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(a.Lat)) * Math.Cos(Radians(b.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    // "in the neighbouring Dnipropetrovsk region", "in Russia-occupied southern Zaporizhzhia Oblast": up to two
    // lower-case or hyphenated words may describe the unit.
    [System.Text.RegularExpressions.GeneratedRegex(@"^,? (?:an? (?:[\w-]+ )?(?:village|town|settlement|hamlet) )?(?:in|of) (?:the )?(?:(?!(?:and|or|but|as|to|from|near) )(?:[a-z][a-z-]+|[A-Z][a-z]+-[a-z]+) ){0,2}$")]
    private static partial System.Text.RegularExpressions.Regex InTheRegion();

    // A list of names, then the unit as InTheRegion has it.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:,\s+|,?\s+and\s+)[A-Z][\w'\u2019-]+(?:[\s-][A-Z][\w'\u2019-]+)?)+ (?:in|of) (?:the )?(?:(?!(?:and|or|but|as|to|from|near) )(?:[a-z][a-z-]+|[A-Z][a-z]+-[a-z]+) ){0,2}$")]
    private static partial System.Text.RegularExpressions.Regex ListInTheRegion();

    [System.Text.RegularExpressions.GeneratedRegex(@"^['\u2019]s (?:(?!(?:and|or|but|as|to|from|near) )[a-z][a-z-]+ ){0,2}$")]
    private static partial System.Text.RegularExpressions.Regex CountryOwnsUnit();

    private static double Score(NameCandidate candidate, HashSet<string> context)
    {
        var entry = candidate.Entry;
        var score = entry.Kind switch
        {
            PlaceKind.Country => 1000.0,
            PlaceKind.WorldRegion => 900.0,
            PlaceKind.Area => 800.0,
            PlaceKind.Admin1 => 5.0,
            _ => 0.0,
        };
        if (entry.Country is { } country && context.Contains(country))
        {
            score += 40;
        }

        if (candidate.Primary)
        {
            score += 30;
        }

        // "Berlin" in an article about Russia is still the German capital, not a village of 600 in Chelyabinsk.
        if (entry.Kind == PlaceKind.City && entry.Population >= 1_000_000)
        {
            score += 45;
        }

        return score + (3 * Math.Log10(entry.Population + 1));
    }

    private static bool Adjacent(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        if (first + count > tokens.Count)
        {
            return false;
        }

        for (var k = first + 1; k < first + count; k++)
        {
            var gap = tokens[k].Start - tokens[k - 1].End;
            if (gap != 1 || text[tokens[k - 1].End] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static string Surface(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        var value = text[tokens[first].Start..tokens[first + count - 1].End];
        if (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return value[..^2];
        }

        return value.EndsWith('\'') || value.EndsWith('\u2019') ? value[..^1] : value;
    }

    private static bool Plausible(string text, IReadOnlyList<Token> tokens, int first, int count, string surface, IReadOnlySet<string> personTokens)
    {
        if (count == 1 && CountryOnlyInContext.TryGetValue(surface, out var context) && !personTokens.Contains(surface)
            && context.IsMatch(text) && (first + 1 >= tokens.Count || !tokens[first + 1].IsCapitalised || !Adjacent(text, tokens, first, 2)))
        {
            return true;
        }

        // "the call sign \"Taras\"", "nicknamed 'Kherson'": a quoted nickname names a person or a unit, not a place.
        if (CallSignBefore().IsMatch(text.AsSpan(Math.Max(0, tokens[first].Start - 24), Math.Min(24, tokens[first].Start))))
        {
            return false;
        }

        // "fighting around Lyman": a word the article also uses in a name (misread or real) is still the place after
        // a preposition of location, where a person's name does not stand.
        var located = count == 1 && personTokens.Contains(surface) && !NotPlaces.Contains(surface) && LocatedAfter(text, tokens, first);
        if (NotPlaces.Contains(surface) || (count == 1 && personTokens.Contains(surface) && !located))
        {
            return false;
        }

        // "the Sea of Azov", "the Gulf of Finland": a sea named after a place is not that place.
        if (first >= 2 && WaterBodies.Contains(tokens[first - 2].Value) && tokens[first - 1].Value == "of")
        {
            return false;
        }

        if (count > 1)
        {
            // "Black Sea Fleet", "Phnom Penh Post": a name followed by another capitalised word is part of a longer name.
            var following = first + count;
            return following >= tokens.Count || !tokens[following].IsCapitalised || !Adjacent(text, tokens, first + count - 1, 2)
                || TitleWords.Contains(tokens[following].Value);
        }

        if (NotPlaces.Contains(surface) || (personTokens.Contains(surface) && !located))
        {
            return false;
        }

        // A single capitalised word inside a longer proper name ("Kyiv Independent", "Washington
        // Post", "Lincoln Memorial") is part of that name, not a place of its own. A possessive before it owns it
        // ("Russia's Novoshakhtinsk refinery"): no name goes on past "'s".
        if (first > 0 && tokens[first - 1].IsCapitalised && !tokens[first].SentenceStart
            && Adjacent(text, tokens, first - 1, 2) && !IsFunctionWord(tokens[first - 1].Value)
            && !tokens[first - 1].Value.EndsWith("'s", StringComparison.Ordinal) && !tokens[first - 1].Value.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }

        var next = first + 1;
        return next >= tokens.Count || !tokens[next].IsCapitalised || !Adjacent(text, tokens, first, 2)
            || TitleWords.Contains(tokens[next].Value) || tokens[first].Value.EndsWith('s') && surface.Length < tokens[first].Value.Length;
    }

    private static bool LocatedAfter(string text, IReadOnlyList<Token> tokens, int index) =>
        (LocationBefore().IsMatch(text.AsSpan(Math.Max(0, tokens[index].Start - 32), Math.Min(32, tokens[index].Start)))
            && (tokens[index].End >= text.Length || text[tokens[index].End] is not ('\'' or '\u2019')))
        || LocationAfter().IsMatch(text.AsSpan(tokens[index].End, Math.Min(12, text.Length - tokens[index].End)));

    // "missiles at northern Israel", "arrived in Israel" (where the minister is Israel Katz), "the province of Surin", "a
    // district of Surin" (where a caption credits a page named "… Surin"): a person does not stand after a preposition of
    // place, a compass adjective or a unit of which it is the name, whatever names the article gives people.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:[Nn]ear|[Aa]round|[Oo]utside|towards?|into|[Ii]n|at|across|over|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral)|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|outskirts|town|city|village|hub|port|province|district|region|county|governorate) of)\s+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LocationBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:direction|sector|axis|front|area)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LocationAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:call\s*sign|callsign|nicknamed|nickname|code-?named|code\s+name|nom de guerre)\s*[""\u201C'\u2018]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CallSignBefore();

    private static bool AllDatelineWords(ArticleLayout layout, IReadOnlyList<Token> tokens, int first, int count)
    {
        for (var k = first; k < first + count; k++)
        {
            if (!IsDatelineWord(layout, tokens, k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDatelineWord(ArticleLayout layout, IReadOnlyList<Token> tokens, int index)
    {
        var value = tokens[index].Value;
        if (value.Length < 3 || value.Any(char.IsLower))
        {
            return false;
        }

        // "KYIV, March 13 (Wire) -" and "KYIV/MOSCOW, …" open the first paragraph of a wire story.
        var paragraph = layout.ParagraphAt(tokens[index].Start);
        if (paragraph < 0 || tokens[index].Start - layout.Paragraphs[paragraph].Start >= 40)
        {
            return false;
        }

        // Reuters writes "KYIV, March 13 (Reuters) - ", AP "KYIV, Ukraine (AP) — ".
        var opening = layout.Text.AsSpan(layout.Paragraphs[paragraph].Start, Math.Min(120, layout.Paragraphs[paragraph].Length));
        var dash = opening.IndexOfAny(DatelineDashes);
        return dash >= 0 && layout.Paragraphs[paragraph].Start + dash > tokens[index].Start;
    }

    // "U.S. and Russian delegations": coordinated with a nationality adjective, "U.S." is one too.
    private bool CoordinatedAdjective(IReadOnlyList<Token> tokens, int index) =>
        index + 1 < tokens.Count && tokens[index].IsCapitalised && !tokens[index + 1].IsCapitalised
        && Nationality().IsMatch(tokens[index].Value) && gazetteer.Lookup(tokens[index].Value).Count == 0;

    // ", Russian and Ukrainian negotiators", ", Russian, Ukrainian and European officials": after the comma come only
    // nationality adjectives joined by commas and "and"/"or", the last one before a lower-case noun.
    private bool ListOfAdjectives(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (index >= tokens.Count || text.AsSpan(tokens[index - 1].End, tokens[index].Start - tokens[index - 1].End) is not ", ")
        {
            return false;
        }

        for (var k = index; k < tokens.Count && tokens[k].IsCapitalised; k++)
        {
            if (!Nationality().IsMatch(tokens[k].Value) || gazetteer.Lookup(tokens[k].Value).Count != 0)
            {
                return false;
            }

            if (k + 1 < tokens.Count && tokens[k + 1].Value is "and" or "or")
            {
                return CoordinatedAdjective(tokens, k + 2);
            }

            if (k + 1 >= tokens.Count || text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End) is not ", ")
            {
                return false;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][a-z]+(?:ian|ean|ese|ish|an|i|ch)$")]
    private static partial System.Text.RegularExpressions.Regex Nationality();

    // "the Donetsk region's Pokrovsk district" names the region as much as "the Donetsk region" does.
    private static bool IsRegionWord(string word) =>
        RegionWords.Contains(word) || (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) && RegionWords.Contains(word[..^2]);

    private static readonly System.Buffers.SearchValues<string> DatelineDashes =
        System.Buffers.SearchValues.Create([" - ", " \u2014 ", " \u2013 ", " -- "], StringComparison.Ordinal);

    private static bool IsFunctionWord(string word) => word is "The" or "A" or "An" or "In" or "On" or "At" or "From" or "To" or "Near" or "Outside" or "And" or "But" or "Around" or "Across" or "Inside" or "Towards" or "Toward";

    // An Arabic article joined to a capitalised name, in either case: "el-Fasher", "al-Fashir", "El-Obeid".
    [System.Text.RegularExpressions.GeneratedRegex(@"^[AaEe]l-\p{Lu}\p{Ll}")]
    private static partial System.Text.RegularExpressions.Regex ArabicArticle();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^[AaEe]l)-")]
    private static partial System.Text.RegularExpressions.Regex ArticleHyphen();
}
