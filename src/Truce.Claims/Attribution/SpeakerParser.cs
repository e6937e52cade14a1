using System.Text.RegularExpressions;
using Truce.Claims.Text;

namespace Truce.Claims.Attribution;

/// <summary>
/// Reads the words before or after a cue verb as a speaker: a name with a role before it
/// ("Kremlin spokesman Dmitry Peskov") or in apposition ("Yuriy, 46, a construction worker"),
/// an organisation ("the Russian Defense Ministry"), a pronoun, or a role alone ("the governor").
/// Leading adverbials ("On Tuesday,", "Speaking in Riyadh,") are skipped.
/// </summary>
/// <param name="isPlaceName">True for a country, a province or a city that may speak for its government ("Kyiv said").</param>
/// <param name="isLocality">True for any place the gazetteer holds, however small: where a described speaker was.</param>
/// <param name="unitsOf">The Ukrainian and Russian first-level units a place name may lie in or be: where a regional office serves.</param>
public sealed partial class SpeakerParser(Func<string, bool> isPlaceName, Func<string, bool>? isLocality = null, Func<string, IReadOnlySet<string>>? unitsOf = null)
{
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "prime", "minister", "foreign", "defence", "defense", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "press", "chancellor", "governor", "mayor", "general", "gen.", "lt.", "col.", "maj.", "colonel", "major",
        // Military ranks as abbreviated without the full stop in British and Australian style ("Maj Gen", "Lt Col").
        "gen", "lt", "col", "maj", "brig", "brig.", "adm", "adm.", "capt", "capt.", "sgt", "sgt.", "cmdr", "cmdr.", "dg",
        "commander", "commander-in-chief", "chief", "head", "ambassador", "envoy", "special", "deputy", "senator", "sen.",
        "representative", "mr.", "mrs.", "ms.", "dr.", "aide", "adviser", "advisor", "official", "officials", "analyst",
        "negotiator", "negotiators", "mediator", "mediators", "lawmaker", "mp", "speaker", "pope", "king", "queen", "prince", "sheikh", "marshal", "admiral",
        "sheikha", "sergeant", "captain", "lieutenant", "sayyid", "emir", "resident", "residents", "soldier", "officer", "director", "chairman", "chairwoman",
        "chair", "leader", "top", "senior", "state", "affairs", "security", "council", "national", "intelligence", "staff",
        "armed", "military", "presidential", "office", "regional", "acting", "former", "army", "navy", "air", "force", "ground",
        "border", "guard", "service", "ministry", "analysts", "workers", "aid", "residents", "people", "citizens", "villagers", "commanders", "soldiers", "officers", "leaders", "ministers", "lawmakers", "experts", "inhabitants", "locals", "survivors", "witnesses", "medics", "rescuers", "police", "prosecutors", "investigators", "governments", "countries", "allies", "administration", "emergency", "interior", "energy", "commissioner", "rights",
        "ombudsman", "human", "district", "city", "brigade", "battalion", "unit", "group", "southern", "northern", "eastern",
        "western", "of", "for", "and", "chief-of-staff", "secretary-general", "general's", "coordinator", "monitor", "monitors",
        "mission", "observer", "observers", "worker", "teacher", "nurse", "doctor", "volunteer", "farmer", "pensioner",
        "journalist", "correspondent", "local", "government", "evacuee", "refugee", "shopkeeper", "student", "driver", "paramedic", "surgeon", "activist", "priest", "fisherman", "trader", "mother", "father", "expert", "researcher", "fellow", "professor", "diplomat", "diplomats", "source",
        "sources", "ukrainian", "russian", "american", "european", "british", "french", "german", "chinese", "turkish", "polish",
        "saudi", "qatari", "emirati", "belarusian", "moldovan", "u.s.", "u.k.", "un", "u.n.", "nato", "eu", "osce", "iaea",
        "top", "retired", "military-civil", "civil", "civilian", "administrator", "operator", "company", "plant", "station",
        "manager", "engineer", "construction", "power", "nuclear", "occupation", "installed", "russian-installed", "kremlin",
        "kremlin's", "white", "house", "pentagon", "department", "foreign-policy", "policy", "defense-ministry", "familiar", "close",
        "person", "persons", "insider", "insiders", "health", "justice", "finance",

        // People reporters quote at the front and in the street, described rather than named.
        "infantryman", "infantrymen", "serviceman", "servicemen", "paratrooper", "gunner", "pilot", "sniper", "marine", "fighter",
        "blogger", "bloggers", "woman", "women", "man", "men", "agencies", "peacekeeper", "peacekeepers", "responders", "first",

        // Titles that newsrooms abbreviate without a full stop ("Mykolaiv Gov Vitalii Kim").
        "gov", "gov.", "rep.", "adm", "adm.", "sgt", "sgt.", "capt", "capt.",

        // British knighthoods and peerages are titles, not names: "Sir Keir Starmer" is Keir Starmer, and British copy calls
        // him "Sir Keir" after that; "Lord Ricketts", "Baroness Ashton" name a peer by title and surname.
        "sir", "dame", "lord", "baroness",

        // Malaysian honours are titles too: "Prime Minister Datuk Seri Anwar Ibrahim" is Anwar Ibrahim, "Tun" a higher honour.
        "datuk", "dato'", "dato\u2019", "dato", "datin", "tun", "seri",

        // Compound titles that British, Irish and Indian copy hyphenates ("Vice-President JD Vance", "Major-General Chaudhry"):
        // whole titles, so neither part is read as a name and "the vice-president" never means a "president".
        "vice-president", "vice-premier", "vice-chancellor", "vice-chairman", "vice-admiral", "vice-minister", "deputy-minister",
        "prime-minister", "major-general", "lieutenant-general", "lieutenant-colonel", "rear-admiral", "air-marshal",
        "brigadier-general", "director-general", "attorney-general", "foreign-minister", "defence-minister", "defense-minister",
        "deputy-chief", "vice-chief", "dg",

        // Offices of the 2025 Gulf, Irish and rebel-held news: "the crown prince", "the taoiseach", "a rebel spokesman".
        "crown", "taoiseach", "supreme", "rebel", "rebels",

        // "Field Marshal Asim Munir"; clergy who speak for churches in war reporting ("Cardinal Pietro Parolin", "Patriarch
        // Kirill", "Archbishop Paul Gallagher"): titles before the name, as "Pope" is.
        "field", "cardinal", "archbishop", "bishop", "patriarch", "metropolitan", "rabbi", "imam", "mufti", "ayatollah",

        // "Head of the Russian delegation Vladimir Medinsky", "the head of the Ukrainian negotiating delegation Rustem Umerov":
        // the body a negotiator heads is part of the title before the name, as "mission" and "council" are.
        "delegation",
    };

    private static readonly HashSet<string> OrgHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "kremlin", "staff", "command", "defence", "defense", "government", "army", "military", "forces", "force", "service", "council",
        "agency", "administration", "department", "committee", "guard", "directorate", "police", "authorities", "navy",
        "headquarters", "secretariat", "commission", "wing", "society", "crescent", "cross", "mission", "parliament", "rada", "duma", "embassy", "nato", "osce", "iaea",
        "icrc", "cabinet", "presidency", "operator", "company", "rosatom", "energoatom", "ukrenergo", "gazprom", "naftogaz",
        "pentagon", "office", "group", "project", "brigade", "institute", "foundation", "center", "centre", "organisation", "organization", "union", "nations", "programme", "network", "fund", "bank", "association", "watchdog", "tank", "house", "media", "tass", "interfax", "ria", "corps", "battalion", "unit", "spokesman's", "statement", "troops",

        // Bodies of campaigners, monitors and alliances, whose names often join two nouns with "and" ("Hostages and Missing
        // Families Forum"): the head noun says the whole capitalised run is one body, not a person with a title.
        "forum", "coalition", "alliance", "observatory", "initiative", "campaign", "charity", "charities", "television", "broadcaster",
        "newspaper", "channel", "relations",

        // "Ukraine's military leadership", "the Hamas leadership": the people who lead a body, speaking as one.
        "leadership",

        // "The Russian delegation said": the negotiators sent by a state speak as one body.
        "delegation",

        // "The Palestinian Authority said".
        "authority",

        // "The junta said", "the junta information team said", "Ukraine's negotiating team said": a ruling body, or a team
        // that speaks for one.
        "junta", "team",
    };

    private static readonly Dictionary<string, string> ObjectPronouns = new(StringComparer.Ordinal) { ["him"] = "he", ["her"] = "she", ["them"] = "they" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it" };

    private static readonly HashSet<string> Adverbials = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "after", "before", "during", "earlier", "later", "however", "meanwhile", "separately", "still",
        "asked", "speaking", "writing", "since", "when", "while", "yet", "instead", "also", "last", "late", "early", "from",
        "by", "overnight", "then", "now", "today", "yesterday", "but", "and", "so", "as", "in", "addressing", "responding",
        "afterward", "afterwards", "subsequently", "thereafter", "nonetheless", "nevertheless", "moreover", "furthermore", "additionally",
        "initially", "finally", "eventually", "ultimately", "again", "likewise", "similarly", "otherwise", "indeed",
        "previously", "recently", "publicly", "privately", "separately", "elsewhere", "tonight", "thus", "hence", "therefore",

        // Prepositions opening a place or time phrase: "Across the Black Sea, Andrei Kravchenko, the mayor of Novorossiysk, said".
        "across", "around", "near", "outside", "inside", "along", "beyond", "despite", "throughout", "toward", "towards", "under",
        "over", "through", "within", "among", "amid", "against", "behind", "beside", "below", "above", "between", "into", "upon", "via",

        // Adverbs of place that open a scene: "Back in Paris, Macron said", "Here, residents said".
        "back", "here", "there",
    };

    private static readonly HashSet<string> LeadingConjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "as", "then", "also", "so", "yet", "although", "though", "because",

        // Subordinators and relative adverbs open the clause the speaker is the subject of ("…, where doctors said").
        "where", "when", "whereas", "wherever", "whenever", "if", "unless",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An", "It", "He", "She",
        "They", "We", "I", "In", "On", "But", "And", "Telegram", "X", "Facebook", "Mr", "Mrs", "Ms", "Dr",

        // Prepositions that open a sentence ("Around Lyman, …", "Near Kupiansk, …") are capitalised there, never part of a name.
        "Around", "Near", "Outside", "Inside", "Across", "Along", "Beyond", "Despite", "Throughout", "Toward", "Towards", "Under",
        "Over", "Through", "Since", "Until", "Within", "Without", "Among", "Amid", "Against", "Behind", "Beside", "Below", "Above",
        "Between", "From", "For", "With", "After", "Before", "During", "At", "By", "Into", "Onto", "Upon", "Via", "Beneath",

        // A military command's name ends in "Region", which names no person.
        "Region",
    };

    // Set on a parser made for one article (ForOneArticle), which is asked for the same phrase about 1.35 times.
    private Dictionary<string, SpeakerPhrase?>? parsedInArticle;

    /// <summary>A parser for one article on one thread: it parses each phrase once, however often it is asked for it.</summary>
    public SpeakerParser ForOneArticle() => new(isPlaceName, isLocality, unitsOf) { parsedInArticle = new(StringComparer.Ordinal) };

    /// <summary>The speaker named by <paramref name="phrase"/>, or null when it names none.</summary>
    public SpeakerPhrase? Parse(string phrase)
    {
        if (parsedInArticle is null)
        {
            return ParseAnew(phrase);
        }

        if (!parsedInArticle.TryGetValue(phrase, out var speaker))
        {
            parsedInArticle[phrase] = speaker = ParseAnew(phrase);
        }

        return speaker;
    }

    private SpeakerPhrase? ParseAnew(string phrase)
    {
        if (ParsePhrase(phrase) is { } whole)
        {
            return whole;
        }

        // "a U.S. official who spoke on condition of anonymity because the talks were private": a long relative clause
        // describes why the speaker is unnamed; the words before it are the description.
        var relative = RelativeClause().Match(phrase);
        return relative.Success && relative.Index > 0 && ParsePhrase(phrase[..relative.Index]) is { Form: SpeakerForm.Description } described ? described : null;
    }

    /// <summary>
    /// The person described by <paramref name="phrase"/> when the text says it is one person (a call sign or first name
    /// follows it): <see cref="Parse"/>'s reading, or else a person noun with its modifiers, without where the person is or
    /// what they are doing ("a Ukrainian officer fighting near Pokrovsk" → "Ukrainian officer", "a 34-year-old drone operator
    /// from Kharkiv" → "drone operator"), as the annotation rules drop a place and a clause from a description. Null when the
    /// phrase holds no person noun with only modifiers before it.
    /// </summary>
    public SpeakerPhrase? ParsePerson(string phrase)
    {
        if (Parse(phrase) is { Form: SpeakerForm.Description or SpeakerForm.Name } parsed)
        {
            return parsed;
        }

        var words = Words(phrase);
        var start = 0;
        var indefinite = false;
        if (words.Count > 1 && words[0] is "a" or "A" or "an" or "An" or "one" or "One" or "another" or "Another")
        {
            (start, indefinite) = (1, true);
        }
        else if (words.Count > 1 && words[0] is "the" or "The")
        {
            start = 1;
        }
        else
        {
            // Only a noun phrase that opens with its article is read this way; bare words may be a clause.
            return null;
        }

        while (start < words.Count - 1 && (AgeAdjective().IsMatch(words[start]) || Numbers.Contains(words[start])))
        {
            start++;
        }

        for (var head = start; head < words.Count; head++)
        {
            var word = words[head];
            if (ServiceDescription.IsPost(word) || (IsPersonNoun(word) && char.IsLower(word[0])))
            {
                var next = head + 1 < words.Count ? words[head + 1] : null;
                var ends = next is null || next is "from" or "in" or "near" or "at" or "on" or "outside" or "inside" or "based"
                    || (next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(next[0]));
                if (!ends)
                {
                    continue;
                }

                var description = string.Join(' ', words.Skip(start).Take(head + 1 - start));
                return new SpeakerPhrase(SpeakerForm.Description, description, null) { Indefinite = indefinite };
            }

            if (!(IsDemonym(word) || IsRoleLike(word) || (word.All(c => char.IsLower(c) || c == '-') && !NounModifierStops.Contains(word))))
            {
                return null;
            }
        }

        return null;
    }

    private SpeakerPhrase? ParsePhrase(string phrase)
    {
        if (OneOfThem().IsMatch(phrase))
        {
            // "One of them said": one of the group just spoken of, who speaks for it.
            return new SpeakerPhrase(SpeakerForm.Pronoun, "they", null);
        }

        if (PronounClause().IsMatch(phrase))
        {
            // ""…," it said in its own statement, adding that …": a pronoun with its own reporting verb is a clause, whose
            // subject speaks; the words after the verb are no one's name.
            return null;
        }

        phrase = PageLabel().Replace(phrase, "");
        phrase = HeadlineLead().Replace(phrase, "");
        phrase = DashAside().Replace(phrase, " ");
        phrase = phrase[RunInDateline.Length(phrase, 0, phrase.Length)..];
        phrase = Dateline().Replace(phrase, "");
        phrase = ClockTime().Replace(phrase, " ");
        phrase = LeadingTime().Replace(phrase, "");
        phrase = OpeningTime().Replace(phrase, "");
        phrase = TrailingAdverbs().Replace(phrase, "");
        phrase = TrailingTime().Replace(phrase, "");
        phrase = TrailingDate().Replace(phrase, "");
        phrase = Channel().Replace(phrase, "");
        phrase = BasedIn().Replace(phrase, "");
        phrase = BracketedShortName().Replace(phrase, "");
        var segments = phrase.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count > 0 && Words(segments[0]) is [var first, ..] && first is "Neither" or "neither" or "No" or "Nobody" or "None")
        {
            // "Neither side said how many were freed": a subject that denies anyone spoke is no speaker.
            return null;
        }

        if (segments.Count == 0 || segments.Count > 6)
        {
            return null;
        }

        if (NamedPerson().Match(segments[^1]) is { Success: true } named && IsPersonNoun(named.Groups["head"].Value))
        {
            // "Her neighbour, a retired railway worker named Petro": the name the description ends on is who speaks.
            return new SpeakerPhrase(SpeakerForm.Name, named.Groups["name"].Value, null);
        }

        if (segments.Count == 1 && Words(segments[0]) is [var objectPronoun] && ObjectPronouns.TryGetValue(objectPronoun, out var subject))
        {
            // "Interfax quoted him as saying": the person quoted is who "he" would mean.
            return new SpeakerPhrase(SpeakerForm.Pronoun, subject, null);
        }

        if (segments.Count > 1 && Words(segments[^1]) is [var pronoun] && Pronouns.Contains(pronoun))
        {
            // "Putin, he said, would brief …": the name opens the reported clause; the pronoun is who speaks.
            return new SpeakerPhrase(SpeakerForm.Pronoun, pronoun, null);
        }

        if (segments.Count > 1 && Words(segments[^1]) is { Count: >= 1 and <= 4 } lastWords && lastWords.All(IsNameWord) && !isPlaceName(segments[^1])
            && Words(segments[^2]) is [.., var ending] && IsNameWord(ending) && !isPlaceName(ending) && ParseSegment(segments, segments.Count - 1) is { Form: SpeakerForm.Name } ledUpTo)
        {
            // "Flanked by Hun Manet and Phumtham Wechayachai, Anwar said": a name alone after a comma that closes on another
            // name is the subject the opening phrase led up to; an appositive after a name is a role, never a bare name.
            return ledUpTo;
        }

        for (var head = 0; head < segments.Count; head++)
        {
            if (head < segments.Count - 1 && IsAdverbial(segments[head]))
            {
                continue;
            }

            if (head > 0 && head < segments.Count - 1 && IsAdverbial(segments[head - 1]) && isPlaceName(segments[head]))
            {
                // "Speaking in Tirana, Albania, President Volodymyr Zelensky said": the country after the city ends the
                // opening phrase; it does not speak.
                continue;
            }

            if (ParseSegment(segments, head) is { } parsed)
            {
                if (parsed.Form == SpeakerForm.Description && ApposedName(segments, head + 1) is { } apposed)
                {
                    // "The US senior adviser for Africa, Massad Boulos, who attended the signing, said": the person the
                    // description introduces by name speaks, with the description as their role.
                    return new SpeakerPhrase(SpeakerForm.Name, apposed, parsed.Name);
                }

                if ((parsed.Form == SpeakerForm.Description || (parsed.Form == SpeakerForm.Organisation && Words(parsed.Name) is [var post, ..] && RoleWords.Contains(post)))
                    && head + 2 < segments.Count && ParseSegment(segments, head + 1) is { Form: SpeakerForm.Name, Role: not null } holder)
                {
                    // "the Minister of Defense of Ukraine, head of the Ukrainian delegation, Rustem Umerov": two posts, then the
                    // person who holds them.
                    return holder;
                }

                var speaker = parsed.Form == SpeakerForm.Description ? parsed with { Name = SpeakerNaming.DescriptionForm(parsed.Name, NamesLocality) } : parsed;
                return speaker.Form == SpeakerForm.Description && Words(StripLeadingConjunctions(segments[head])) is [var opening, ..]
                    ? opening switch
                    {
                        "the" or "The" => speaker with { Definite = true },
                        "a" or "A" or "an" or "An" or "another" or "Another" or "one" or "One" => speaker with { Indefinite = true },
                        _ => speaker,
                    }
                    : speaker;
            }
        }

        return null;
    }

    // A full name alone in the segment after a description ("…, Massad Boulos, …"): two to four name words, not a place.
    private string? ApposedName(List<string> segments, int at)
    {
        if (at >= segments.Count)
        {
            return null;
        }

        var words = Words(segments[at]);
        return words.Count >= 2 && words.Count <= LongestName(words) && words.All(IsNameWord) && !isPlaceName(segments[at]) && !words.Any(isPlaceName)
            ? string.Join(' ', words)
            : null;
    }

    private SpeakerPhrase? ParseSegment(List<string> segments, int head)
    {
        var words = Words(StripLeadingConjunctions(segments[head]));
        if (words.Count == 0 || words.Count > 16 || (words.Count > 14 && PostBeforeName(words, NameRunStart(words)) is null) || (head > 0 && words[0] is "which" or "who" or "whose" or "that" or "whom"))
        {
            // "DeepState, which is close to the military, said": a relative clause describes the speaker, it is not one.
            return null;
        }

        if (head > 0 && head < segments.Count - 1 && words.Count > 2 && words[0] is "the" or "a" && PlaceNouns.Contains(words.IndexOf("of") is > 0 and var of ? words[of - 1] : words[^1]))
        {
            // "In Muzaffarabad, the main city of the region, officials said": an apposition to a place speaks for nobody.
            return null;
        }

        if (words.Count > 2 && Adverbials.Contains(words[0]) && Pronouns.Contains(words[^1]))
        {
            // "In its evening report it said": an opening phrase without its comma, then the pronoun that speaks.
            return new SpeakerPhrase(SpeakerForm.Pronoun, words[^1], null);
        }

        if (words.FindIndex(w => w == "that") is > 0 and var that && ReportingVerbs.Contains(words[that - 1]))
        {
            // "Iranian television reported that the military": the words hold a report of their own, whose subject speaks.
            return null;
        }

        if (words[0].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(words[0][0]))
        {
            // "damaging several houses": a participle clause, not a speaker.
            return null;
        }

        if (words.FindIndex(1, w => w is "is" or "are" or "was" or "were") is > 0 and var finite && finite < words.Count - 1
            && !words.Take(finite).Any(w => w is "who" or "that" or "which" or "whose" or "whom"))
        {
            // "Small groups of Russian infantry are slipping through the lines": a noun phrase with its own finite verb is a
            // clause, whatever the words before the verb would name.
            return null;
        }

        if (words.Count >= 3 && words[0] is "the" or "The" && ArmedGroupKinds.Contains(words[1]) && IsCapitalised(words[2]) && words.Skip(2).Count(IsCapitalised) >= 2)
        {
            // "the paramilitary Rapid Support Forces", "the militant Islamic Jihad movement": what kind of group it is comes
            // before its name and is no part of it.
            words = words[2..];
        }

        if (NamedBehindItsStanding(StripDeterminer(words).ToList()) is ({ } named, var standing))
        {
            return new SpeakerPhrase(SpeakerForm.Organisation, named, standing);
        }

        if (words.IndexOf("in") is > 1 and var seat && ((SeatedBodies.Contains(words[seat - 1]) && IsCapitalised(words[seat - 1])) || words[seat - 1] is "force" or "mission")
            && seat < words.Count - 1 && NamesLocality(string.Join(' ', words.Skip(seat + 1))))
        {
            // "the Defense Ministry in Moscow estimated": where a ministry or an embassy sits is no part of its name (the "United
            // Nations Interim Force in Lebanon" is named so), nor where a force or a mission serves ("the UN peacekeeping force in
            // Lebanon", "the OSCE mission in Moldova").
            words = words[..seat];
        }

        if (words.Count > 2 && Instruments.Contains(words[^1]) && words[^2] is [.., '\'' or '\u2019', 's'] owner)
        {
            // "The Kremlin's statement claims": the body whose statement it is speaks.
            words = [.. words[..^2], owner[..^2]];
        }
        else if (words.Count > 2 && Instruments.Contains(words[^1]) && char.IsLower(words[^1][0]) && words[^2].Length > 1 && char.IsUpper(words[^2][0])
            && words[0] is "the" or "The" && words.Skip(1).SkipLast(1).All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and"))
        {
            // "The Task Force East report said", "the General Staff update said": a body's name used as a modifier of its document.
            words = words[..^1];
        }

        if (StripDeterminer(words).ToList() is [.., var kind, var point] formation && formation.Count <= 6 && kind is "Force" or "Group" or "Grouping" or "Command"
            && point is "East" or "West" or "North" or "South" or "Centre" or "Center" && formation.All(w => char.IsUpper(w[0]) || w is "of"))
        {
            // "Task Force East", "the Operational Command North": a compass point ends a formation's name, never a person's.
            return new SpeakerPhrase(SpeakerForm.Organisation, string.Join(' ', formation), null);
        }

        if (words.Count == 3 && words[0] is "a" or "an" or "A" or "An" or "the" or "The" && Instruments.Contains(words[2])
            && words[1].Length is >= 2 and <= 8 && words[1].All(c => char.IsUpper(c) || c == '-'))
        {
            // "a UNIFIL statement said": an acronym before the instrument names the body whose statement it is.
            words = [words[1]];
        }

        if (words.IndexOf("of") is > 1 and var servedBody && servedBody < words.Count - 1 && words[servedBody - 1] is "service" or "office" && words[servedBody - 2] is "press")
        {
            // "the press service of the ministry reported": the office speaks for the body it serves.
            words = words[(servedBody + 1)..];
        }

        if (words.Count == 2 && words[0] is "the" or "The" or "its" or "his" or "her" or "their" && Instruments.Contains(words[1]))
        {
            // "the statement said": the words stand for whoever issued them; the registry resolves which that was.
            return new SpeakerPhrase(SpeakerForm.Organisation, words[1], null);
        }

        if (words.Count > 1 && AgeAdjective().IsMatch(words[0]))
        {
            // "64-year-old Lyudmila told …": the age before a name describes the person, it is no title.
            words.RemoveAt(0);
        }

        while (words.Count > 1 && SentenceAdverbs.Contains(words[0]))
        {
            // "Later Dodonov said": an adverb opening the sentence without a comma is not part of the name.
            words.RemoveAt(0);
        }

        if (words.Count > 2 && words[0] is "a" or "A" or "an" or "An" && Ordinals.Contains(words[1]) && IsRoleLike(words[2]))
        {
            // "A second official said": which of them spoke is not who spoke.
            words.RemoveAt(1);
        }

        if (words.Count > 1 && words[0] is "another" or "Another" && IsRoleLike(words[1]))
        {
            words[0] = "an";
        }

        if (words.Count >= 2 && (Numbers.Contains(words[0]) || words[0] is "one" or "One") && (IsRoleLike(words[1]) || IsDemonym(words[1]) || char.IsLower(words[1][0])) && words[1] is not "of")
        {
            // "One senior EU official said": how many spoke is not who spoke; "one of the officials" keeps its "one". "One rescuer"
            // is "a rescuer": one unnamed person, as indefinite as "a".
            if (words.Count == 2 && words[0] is "one" or "One")
            {
                words[0] = "a";
            }
            else
            {
                words.RemoveAt(0);
            }
        }

        // "the monitoring project DeepState": an "-ing" word before the noun it modifies is no participle clause.
        // "familiar with the meeting": after a preposition and an article the "-ing" word is a noun, not a participle.
        var cut = Enumerable.Range(1, Math.Max(0, words.Count - 1)).FirstOrDefault(
            i => words[i].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(words[i][0]) && !IngNouns.Contains(words[i]) && !RoleWords.Contains(words[i])
                && !(i >= 2 && words[i - 1] is "the" or "a" or "an" && words[i - 2] is "with" or "on" or "about" or "in" or "to"), -1);
        if (cut > 0 && !(cut + 1 < words.Count && (OrgHeads.Contains(words[cut + 1]) || RoleWords.Contains(words[cut + 1]))))
        {
            words = words.Take(cut).ToList();
        }

        if (words.Count is 2 or 3 && words[^1] is "side" && IsDemonym(words[^2]) && (words.Count == 2 || words[0] is "the" or "The"))
        {
            // "The Ukrainian side has insisted that …": a delegation or government named by its nation.
            return new SpeakerPhrase(SpeakerForm.Organisation, string.Join(' ', words[^2..]), null);
        }

        if (PersonBeforeAffiliation(words) is > 0 and var affiliation)
        {
            // "John Hardie of the Foundation for Defense of Democracies", "Rep. Brian Fitzpatrick of Pennsylvania": where the
            // person works or sits for follows the name and is not part of it.
            var person = words.Take(affiliation).ToList();
            var personStart = NameRunStart(person);
            var titles = RoleRun(person, personStart);
            return new SpeakerPhrase(SpeakerForm.Name, string.Join(' ', person.Skip(personStart)), titles.Count > 0 ? string.Join(' ', titles) : Appositive(segments, head + 1));
        }

        if (ServiceDescription.ReadNestedUnit([.. StripDeterminer(words)]) is { } unit)
        {
            // "The 7th Rapid Response Corps of Ukraine's Air Assault Forces": a unit named with the body it belongs to.
            return new SpeakerPhrase(SpeakerForm.Organisation, unit, null);
        }

        if (FullBodyName(words) is { } body)
        {
            return new SpeakerPhrase(SpeakerForm.Organisation, body, null);
        }

        if (words.Count > 2 && IsCapitalised(words[0]) && words[0].ToLowerInvariant() is var plural && (GroupHeads.Contains(plural) || plural is "authorities")
            && words[1] is "in" or "of" or "from" or "at" or "near")
        {
            // "Authorities in the province said", "Residents of the town said": the group noun is capitalised only because
            // it opens the sentence, and the place after it says which group.
            return new SpeakerPhrase(SpeakerForm.Description, plural + " " + string.Join(' ', words.Skip(1)), null);
        }

        if (NamedAfterItsKind(words))
        {
            return new SpeakerPhrase(SpeakerForm.Organisation, words[^1], Appositive(segments, head + 1));
        }

        if (CharityNamed(words) is { } charity)
        {
            return new SpeakerPhrase(SpeakerForm.Organisation, charity, Appositive(segments, head + 1));
        }

        var nameStart = NameRunStart(words);
        var placeClosesPost = false;
        if (nameStart > 0 && Prepositions.IsPreposition(words[nameStart - 1]) && words.Count - nameStart is 3 or 4 && isPlaceName(words[nameStart])
            && !words.Skip(nameStart + 1).Any(OrgHeads.Contains) && !isPlaceName(string.Join(' ', words.Skip(nameStart + 1))))
        {
            // "head of the delegation to the talks with Ukraine Vladimir Medinsky": the place closes the role's preposition
            // phrase; the name is what follows it.
            nameStart++;
            placeClosesPost = true;
        }

        var ofAt = words.IndexOf("of");
        if (ofAt > 0 && nameStart > ofAt + 1 && nameStart < words.Count && words.Skip(ofAt + 1).All(w => IsCapitalised(w))
            && words.Take(ofAt).Where(w => w is not ("the" or "The") && !IsPossessive(w)).ToList() is { Count: > 0 } bodyWords
            && bodyWords.All(w => IsCapitalised(w)) && bodyWords.Any(OrgHeads.Contains))
        {
            // "India's Directorate General of Military Operations": a body's capitalised "of" phrase is part of its name, rank
            // and service words ("General", "Military") included.
            return new SpeakerPhrase(SpeakerForm.Organisation, string.Join(' ', StripDeterminer(words)), null);
        }

        if (nameStart < words.Count && nameStart > 0 && words[nameStart - 1] is "of" or "for" or "the" or "in" or "at" or "from"
            && words.Take(nameStart).All(w => IsRoleLike(w) || IsCapitalised(w) || w is "the" or "a" or "an" or "of" or "for" or "in" or "at" or "from"))
        {
            // "Institute for the Study of War", "Residents of Sumy", "diplomats in the Gulf".
            var whole = string.Join(' ', StripDeterminer(words));
            // "A Western diplomat in Kinshasa": a person's role before the place is a person described, not a body.
            var placeConnector = words.FindIndex(w => w is "of" or "for" or "in" or "at" or "from");
            var personBefore = placeConnector > 0 && char.IsLower(words[placeConnector - 1][0]) && IsRoleLike(words[placeConnector - 1]) && !OrgHeads.Contains(words[placeConnector - 1])
                && !OrgHeads.Contains(words[placeConnector - 1].TrimEnd('s'));
            return !personBefore && words.Any(w => OrgHeads.Contains(w) || IsCapitalised(w) && w != words[nameStart]) && IsCapitalised(words[0]) && !IsDemonym(words[0]) && !RoleWords.Contains(words[0])
                ? new SpeakerPhrase(SpeakerForm.Organisation, whole, null)
                : new SpeakerPhrase(SpeakerForm.Description, whole, null);
        }

        if (nameStart > 0 && nameStart < words.Count && Honorifics.Contains(words[nameStart - 1]) && !ArabicHonorifics.Contains(words[nameStart - 1]))
        {
            // "Mr. Zelenskyy": the title of courtesy stays with the name, so it is read as a later short name. "Sheikh" is a
            // title before the full name, as "Sir" is in "Sir Keir Starmer" (the corpus names "Mohammed bin Abdulrahman Al
            // Thani"), and only makes "Sheikh Mohammed" a short name later.
            nameStart--;
        }

        // "The UN humanitarian coordinator for Sudan", "an official of the government in Port Sudan": capitalised words that a
        // preposition takes are its object (what the role is for, where the person is), never the speaker's name.
        if (nameStart < words.Count && !(nameStart > 0 && Prepositions.IsPreposition(words[nameStart - 1])))
        {
            var name = string.Join(' ', words.Skip(nameStart));
            var roleWords = placeClosesPost ? [] : RoleRun(words, nameStart);
            var role = roleWords.Count > 0 ? string.Join(' ', roleWords) : null;
            role ??= Appositive(segments, head + 1);
            if (nameStart == 0 && words.Count == 1 && isPlaceName(name))
            {
                return new SpeakerPhrase(SpeakerForm.Organisation, name, null);
            }

            if (nameStart > 0 && words.Take(nameStart).All(w => w is "the" or "The") && isPlaceName(name))
            {
                // "The United States said", "the Netherlands said": a country named with its article stands for its government.
                return new SpeakerPhrase(SpeakerForm.Organisation, name, null);
            }

            if (nameStart == 1 && words.Count <= 5 && words[0] is "the" or "The" && roleWords.Count == 0 && !IsDemonym(name))
            {
                // "The Houthis said", "the Taliban said", "The New York Times reported": capitalised words right after the article
                // name a group, a body or a paper, never a person.
                return new SpeakerPhrase(SpeakerForm.Organisation, name, null);
            }

            var longest = LongestName(words.Skip(nameStart));
            if (roleWords.Count == 0 && nameStart > 2 && PostBeforeName(words, nameStart) is { } headedPost)
            {
                // "head of the Russian delegation to the talks Vladimir Medinsky": a post with the body it heads, then the name
                // without a comma; the post ends on a common noun, which is why the role run found nothing.
                role = headedPost;
                roleWords = [.. words.Take(nameStart)];
            }

            if (words.Count - nameStart > longest || (roleWords.Count == 0 && nameStart > 0))
            {
                return null;
            }

            return new SpeakerPhrase(SpeakerForm.Name, name, role);
        }

        // "Ukraine's top commander, Oleksandr Syrskyi": the role comes first, in its own segment.
        if (head + 1 < segments.Count && words.Any(w => RoleWords.Contains(w) || RoleWords.Contains(w.TrimEnd('s'))))
        {
            var next = Words(segments[head + 1]);
            if (PersonBeforeAffiliation(next) is > 0 and var sitsFor)
            {
                // "Another lawmaker, Iryna Herashchenko of the opposition European Solidarity party, said".
                next = next.Take(sitsFor).ToList();
            }

            var nextStart = NameRunStart(next);
            if (nextStart > 0 && nextStart < next.Count && next.Count - nextStart <= LongestName(next.Skip(nextStart)) && next.Take(nextStart).All(RoleWords.Contains))
            {
                // "Pakistan's military spokesman, Lieutenant General Ahmed Chaudhry,": a rank before the name in apposition.
                return new SpeakerPhrase(SpeakerForm.Name, string.Join(' ', next.Skip(nextStart)), string.Join(' ', StripDeterminer(words)));
            }

            if (nextStart == 0 && next.Count is > 0 and <= 4 && !(next.Count == 1 && isPlaceName(next[0])))
            {
                return new SpeakerPhrase(SpeakerForm.Name, string.Join(' ', next), string.Join(' ', StripDeterminer(words)));
            }
        }

        if (words.Count == 1 && Pronouns.Contains(words[0]))
        {
            return new SpeakerPhrase(SpeakerForm.Pronoun, words[0], null);
        }

        var aware = StripDeterminer(words).ToList();
        if (aware.FindIndex(w => w is "familiar" or "close" or "briefed") is > 0 and var familiar && familiar + 1 < aware.Count && aware[familiar + 1] is "with" or "to" or "on"
            && (IsRoleLike(aware[familiar - 1]) || IsPersonNoun(aware[familiar - 1])) && aware.Take(familiar).All(w => IsRoleLike(w) || IsDemonym(w) || IsPersonNoun(w) || w.All(char.IsLower))
            && !aware.Skip(familiar).Any(w => w is "said" or "says" or "who" or "which" or "that"))
        {
            // "people familiar with an early assessment by the Defense Intelligence Agency": what the people are familiar with
            // is part of their description, whatever body it names, and no head of the phrase.
            return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', aware), null);
        }

        if (ServiceDescription.Read([.. StripDeterminer(words).Where(w => !AgeAdjective().IsMatch(w))]) is { } post)
        {
            // "the commander of an assault company of the 95th Air Assault Brigade", "a medic with the 3rd Assault Brigade": a
            // post held in a unit is one person's description however many units nest in it.
            return new SpeakerPhrase(SpeakerForm.Description, post, null);
        }

        var people = StripDeterminer(words).ToList();
        var personConnector = people.FindIndex(w => w is "of" or "for" or "at" or "in");
        if (personConnector > 0 && IsRoleLike(people[personConnector - 1]) && !OrgHeads.Contains(people[personConnector - 1]) && people.Count <= 10
            && people.Take(personConnector).All(w => IsRoleLike(w) || IsCapitalised(w)))
        {
            // "the commander of a Ukrainian assault battalion", "the head of the U.N. nuclear watchdog".
            return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', people), null);
        }

        var bare = StripDeterminer(words).ToList();
        if (bare.Count == 1 && bare[0].Length is >= 2 and <= 8 && char.IsUpper(bare[0][0]) && bare[0].All(c => char.IsUpper(c) || char.IsAsciiDigit(c) || c == '-')
            && !isPlaceName(bare[0]))
        {
            // "DTEK, the country's largest private energy company, said", "the IDF said", "M23 said": an acronym standing alone,
            // digits and all, is an organisation.
            return new SpeakerPhrase(SpeakerForm.Organisation, bare[0], Appositive(segments, head + 1));
        }

        var last = words[^1];
        // "Thailand's Second Army Region", "Cambodia's 5th Military Region": a capitalised "Region" ends a military command's name.
        if (OrgHeads.Contains(last) || OrgHeads.Contains(last.TrimEnd('s')) || last is "Region" || NamedAfterItsKind(words) || (words.Any(w => w is "Kremlin" or "NATO" or "IAEA" or "OSCE") && !PersonHeads.Contains(last)))
        {
            if (words.Count > 8 || words.Any(w => w is "said" or "says" or "told"))
            {
                // "The source said both delegations had agreed …": a reporting verb inside makes the words a clause, whose
                // subject is the speaker, not a body named by its last noun.
                return null;
            }

            if (char.IsLower(last[0]) && head + 1 < segments.Count && StripDeterminer(Words(segments[head + 1])).ToList() is { Count: > 0 and <= 5 } proper
                && proper.All(w => IsCapitalised(w) && !IsPossessive(w) && !RoleWords.Contains(w)) && !isPlaceName(string.Join(' ', proper)))
            {
                // "Ukraine's national grid operator, Ukrenergo, said": the proper name in apposition is what speaks, so a later
                // "the company" finds it; the description before it is its role. "the military's media wing, the Inter-Services
                // Public Relations, said": the name keeps no article.
                return new SpeakerPhrase(SpeakerForm.Organisation, string.Join(' ', proper), string.Join(' ', StripDeterminer(words)));
            }

            return new SpeakerPhrase(SpeakerForm.Organisation, string.Join(' ', UntitledOrganisation(StripDeterminer(words).ToList())), Appositive(segments, head + 1));
        }

        var content = StripDeterminer(words).SkipWhile(w => Numbers.Contains(w)).ToList();

        var who = content.IndexOf("who");
        if (who > 0 && who < content.Count - 1 && content.Count <= 8 && content.Take(who).All(IsRoleLike) && content.Skip(who).All(w => char.IsLower(w[0])))
        {
            // "a person who has seen it", "officials who took part": a bare noun needs its relative clause to say who. "a European
            // official who spoke on condition of anonymity": a noun with its modifier is the description already, and the
            // clause only says why the person goes unnamed.
            return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', who >= 2 ? content.Take(who) : content), null);
        }

        var participle = content.Count < 2 ? -1 : content.FindIndex(1, w => w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]));
        if (participle > 0 && participle + 1 < content.Count && content.Count <= 8 && content[participle + 1] is "in" or "on" or "with" or "by" or "to" or "from"
            && content.Take(participle).All(w => IsRoleLike(w) || IsDemonym(w)) && IsRoleLike(content[participle - 1]) && content.Skip(participle).All(w => char.IsLower(w[0])))
        {
            // "a diplomat involved in the talks", "officials briefed on the plan": a role with its participle phrase is the description.
            return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', content), null);
        }

        if (content.Count is >= 2 and <= 3 && char.IsUpper(content[0][0]) && content[0].Length > 4 && content[0].EndsWith("ed", StringComparison.Ordinal)
            && content.Skip(1).All(w => w.All(char.IsLower)) && GroupHeads.Contains(content[^1]))
        {
            // "Displaced families said": a participle opening the sentence is capitalised only because it opens it.
            content[0] = char.ToLowerInvariant(content[0][0]) + content[0][1..];
        }

        if (content.Count is >= 2 and <= 3 && GroupHeads.Contains(content[^1]) && content.Take(content.Count - 1).All(w => w.All(char.IsLower) && !NotModifiers.Contains(w)))
        {
            // "hospital officials", "rescue workers": a common noun naming where people work is part of their description.
            return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', content), null);
        }

        if (content.Count <= 7 && content.All(w => IsRoleLike(w) || IsCapitalised(w) || w is "one" or "two" or "three" or "several" or "some"))
        {
            if (content.Any(w => IsRoleLike(w) && !IsDemonym(w) && w is not ("of" or "for" or "and")))
            {
                return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', content), null);
            }
        }

        if (words.Count is >= 3 and <= 6 && words[0] is "a" or "A" or "an" or "An" or "the" or "The" && char.IsLower(words[^1][0]) && IsRoleLike(words[^1])
            && !OrgHeads.Contains(words[^1]) && words.Skip(1).SkipLast(1).All(w => IsDemonym(w) || (w.Length >= 3 && w.All(c => char.IsLower(c) || c == '-') && !NounModifierStops.Contains(w))))
        {
            // "a Ukrainian drone unit commander", "the local hospital director": nouns stacked before a role say what kind of role.
            return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', StripDeterminer(words)), null);
        }

        // "residents in several front-line towns", "the commander of a Ukrainian assault battalion".
        var connector = content.FindIndex(w => w is "in" or "of" or "from" or "at" or "near" or "with" or "to" or "on");
        if (connector > 0 && content.Count <= 10 && content.Take(connector).All(w => IsRoleLike(w) || IsCapitalised(w) || Quantities.Contains(w) || (w == content[connector - 1] && IsPersonNoun(w))
                || (char.IsLower(content[connector - 1][0]) && IsPersonNoun(content[connector - 1]) && w.All(c => char.IsLower(c) || c == '-') && !NounModifierStops.Contains(w)))
            && (IsRoleLike(content[connector - 1]) || (connector == 1 && char.IsLower(content[0][0]) && IsPersonNoun(content[0]))))
        {
            return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', content), null);
        }

        if (words.Count is >= 2 and <= 4 && words[0] is "a" or "A" or "an" or "An" or "one" or "One" or "the" or "The" && char.IsLower(words[^1][0])
            && IsPersonNoun(words[^1]) && words.Skip(1).SkipLast(1).All(w => IsDemonym(w) || (w.All(c => char.IsLower(c) || c == '-') && !NounModifierStops.Contains(w))))
        {
            // "one rescuer told the BBC", "a firefighter said", "a local pharmacist said": one person known only by what they do
            // (an agent noun the role list lacks) speaks for themself, not for whoever was named before.
            return new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', words.Skip(1)), null);
        }

        return null;
    }

    // "Ukraine's grid operator Ukrenergo" is Ukrenergo; "Israeli Prime Minister Benjamin Netanyahu's office" is "Benjamin
    // Netanyahu's office": the description or title written before a proper name is not part of what speaks.
    private static List<string> UntitledOrganisation(List<string> words)
    {
        var owner = words.FindIndex(1, w => IsPossessive(w) && IsNameWord(w[..^2]));
        if (owner > 0)
        {
            var start = owner;
            while (start > 0 && IsNameWord(words[start - 1]))
            {
                start--;
            }

            if (start > 0 && start < owner && words.Take(start).All(w => RoleWords.Contains(w) || IsDemonym(w)) && words.Take(start).Any(w => RoleWords.Contains(w) && !IsDemonym(w) && char.IsUpper(w[0])))
            {
                return words[start..];
            }
        }

        var tail = words.Count;
        while (tail > 0 && IsCapitalised(words[tail - 1]) && !IsPossessive(words[tail - 1]))
        {
            tail--;
        }

        if (tail > 1 && tail < words.Count && words.Count - tail <= 3 && char.IsLower(words[tail - 1][0]) && (RoleWords.Contains(words[tail - 1]) || OrgHeads.Contains(words[tail - 1]))
            && words[tail - 1] is not ("of" or "for" or "and"))
        {
            return words[tail..];
        }

        return words;
    }

    // "Iran's state-run Press TV", "Ukraine's popular Deepstate war blog", "Iran's semi-official ISNA student news agency": a
    // country's outlet or body described by how it stands (state-run, official, popular) is its proper name alone; what kind
    // of outlet it is, after the name, goes too; the words before the name are its role ("Iran's state-run"). Null when the
    // words are not of that shape.
    private (string? Name, string? Standing) NamedBehindItsStanding(List<string> words)
    {
        if (words.Count < 3 || !IsPossessive(words[0]) || !isPlaceName(words[0][..^2]))
        {
            return (null, null);
        }

        var i = 1;
        while (i < words.Count && (Standings.Contains(words[i]) || StandingSuffix().IsMatch(words[i])))
        {
            i++;
        }

        var nameStart = i;
        while (i < words.Count && IsCapitalised(words[i]) && !IsPossessive(words[i]) && i - nameStart < 4)
        {
            i++;
        }

        return nameStart > 1 && i > nameStart && words.Skip(i).All(OutletKinds.Contains) && !isPlaceName(string.Join(' ', words[nameStart..i]))
            ? (string.Join(' ', words[nameStart..i]), string.Join(' ', words[..nameStart]))
            : (null, null);
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "reported", "reports", "claimed", "claims", "announced", "stated", "confirmed", "added", "told", "wrote",
    };

    private static readonly HashSet<string> SeatedBodies = new(StringComparer.OrdinalIgnoreCase) { "ministry", "embassy", "consulate", "office" };

    private static readonly HashSet<string> Standings = new(StringComparer.Ordinal)
    {
        "official", "semi-official", "popular", "independent", "state", "leading", "main", "largest", "private", "public", "national",
        "online", "opposition", "influential", "prominent",
    };

    private static readonly HashSet<string> OutletKinds = new(StringComparer.Ordinal)
    {
        "news", "agency", "war", "blog", "network", "television", "channel", "newspaper", "broadcaster", "website", "outlet", "daily",
        "radio", "student", "monitoring", "group", "project", "portal", "tabloid", "paper",
    };

    [GeneratedRegex(@"^[a-z]+(?:-[a-z]+)*-(?:run|owned|backed|controlled|based|affiliated|funded|aligned|official)$")]
    private static partial Regex StandingSuffix();

    // "Sheikh Mohammed bin Abdulrahman Al Thani": names joined by particles run longer.
    private static int LongestName(IEnumerable<string> name) => name.Any(w => Particles.Contains(w) || w is "Al" or "El" or "Bin") ? 6 : 4;

    // "the grid operator Moldovagaz": a proper name right after a lower-case noun for an organisation.
    // "the UN Office for the Coordination of Humanitarian Affairs", "the World Organisation for Animal Health": a body named in
    // full, every word capitalised but the connectors, with a head noun for a body followed by "for", "of" or "on" and
    // what it is for. Returns the name without its article, or null.
    private static string? FullBodyName(List<string> words)
    {
        var bare = StripDeterminer(words).ToList();
        var head = Enumerable.Range(0, Math.Max(0, bare.Count - 1)).Where(i => IsCapitalised(bare[i]) && OrgHeads.Contains(bare[i]) && bare[i + 1] is "for" or "of" or "on")
            .DefaultIfEmpty(-1).First();
        if (head < 0 || head + 2 >= bare.Count || bare.Count > 12 || bare[head + 1] is not ("for" or "of" or "on") || !IsCapitalised(bare[^1])
            || bare.Any(w => IsPossessive(w) || IsNameWord(w) && PersonHeads.Contains(w)))
        {
            return null;
        }

        var connectors = 0;
        foreach (var word in bare)
        {
            if (word is "of" or "for" or "the" or "and" or "on")
            {
                connectors++;
            }
            else if (!IsCapitalised(word))
            {
                return null;
            }
        }

        return bare.Count - connectors >= 3 ? string.Join(' ', bare) : null;
    }

    // The index of the "of", "from" or "at" after a person's name of two or three words (titles before it allowed), or -1:
    // "Oleksiy Goncharenko of the European Solidarity party". Not a body's name: "International Court of Justice",
    // "Democratic Republic of Congo" have a word for a body or state before the "of".
    private static int PersonBeforeAffiliation(List<string> words)
    {
        var connector = words.FindIndex(w => w is "of" or "from" or "at");
        if (connector < 2 || words.Count - connector > 10 || connector + 1 >= words.Count)
        {
            return -1;
        }

        var before = words.Take(connector).ToList();
        var start = NameRunStart(before);
        var named = before.Count - start;
        return named is >= 2 and <= 3 && before.Skip(start).All(w => !BodyWords.Contains(w) && !Particles.Contains(w)) && before.Take(start).All(RoleWords.Contains)
            ? connector : -1;
    }

    // Capitalised words that name bodies and states rather than people, though neither role nor organisation head.
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "Court", "Republic", "Kingdom", "States", "Emirates", "Sea", "Gulf", "University", "College", "School", "Hospital", "Church",
        "Party", "Front", "Movement", "Brigades", "Federation", "Democratic", "Islamic", "People's", "Popular", "Liberation",
        "Sultanate", "Confederation", "Bureau", "Board", "Chamber", "Assembly", "Congress", "Senate", "Tribunal", "Authority",
        "Islands", "Island", "Coast", "Bay", "Strait", "Port", "Museum", "Times", "Post", "Journal", "News", "Press", "Radio",
    };

    private static bool NamedAfterItsKind(List<string> words)
    {
        var tail = words.Count;
        while (tail > 0 && (IsNameWord(words[tail - 1]) || IsAcronym(words[tail - 1])))
        {
            tail--;
        }

        // One word, after a kind of body rather than a service people serve in: "border guard Ivan Petrenko" is a guard; "the
        // state news agency SANA" is SANA.
        return tail > 0 && tail == words.Count - 1 && OrgHeads.Contains(words[tail - 1]) && char.IsLower(words[tail - 1][0]) && !ServiceKinds.Contains(words[tail - 1]);
    }

    // "International medical charity Doctors Without Borders", "the rights group Human Rights Watch": a body whose kind no
    // person bears is named by the capitalised words after it, however many.
    private static string? CharityNamed(List<string> words)
    {
        var kind = words.FindIndex(w => w is "charity" or "group" or "organisation" or "organization" or "watchdog" or "NGO");
        if (kind < 0 || kind > words.Count - 3 || words.Count > 10)
        {
            return null;
        }

        var name = words.Skip(kind + 1).ToList();
        return name.All(w => IsCapitalised(w) && !IsPossessive(w)) ? string.Join(' ', name) : null;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 8 && word.All(c => char.IsAsciiLetterUpper(c));

    private static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal));

    private static readonly HashSet<string> ArmedGroupKinds = new(StringComparer.Ordinal)
    {
        "paramilitary", "militant", "rebel", "separatist", "insurgent", "extremist", "jihadist", "Islamist", "armed",
    };

    private static readonly HashSet<string> ServiceKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "guard", "police", "army", "military", "navy", "force", "forces", "service", "staff", "corps", "unit", "battalion", "brigade", "troops", "office",
    };

    // Nouns in "-ing" that head a description rather than open a participle clause: "the military's media wing".
    private static readonly HashSet<string> IngNouns = new(StringComparer.Ordinal)
    {
        "ruling", "wing", "king", "ring", "building", "meeting", "briefing", "offering", "spring", "string", "sibling", "viking",
    };

    private static readonly HashSet<string> SentenceAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "later", "earlier", "meanwhile", "separately", "however", "also", "then", "now", "today", "yesterday", "instead", "still", "previously",
        "afterward", "afterwards", "subsequently", "thereafter", "nonetheless", "nevertheless", "moreover", "furthermore", "additionally",
        "initially", "finally", "eventually", "ultimately", "next", "again", "likewise", "similarly", "indeed", "recently", "publicly",
        "privately", "elsewhere", "tonight", "thus", "hence", "therefore",
    };

    // What words are issued in rather than who issues them: "in a statement", "the post said".
    private static readonly HashSet<string> Instruments = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "post", "posts", "interview", "video", "address", "briefing", "report", "readout", "message",
        "communique", "communiqué", "letter", "release", "bulletin", "update", "tweet", "transcript", "speech", "remarks", "comments",
    };

    /// <summary>True for a noun naming a medium of speech ("statement", "post", "briefing"), which is never itself a speaker.</summary>
    public static bool IsInstrument(string name) => Instruments.Contains(name.Trim());

    private static readonly HashSet<string> GroupHeads = new(StringComparer.Ordinal)
    {
        "officials", "sources", "medics", "workers", "residents", "witnesses", "analysts", "diplomats", "experts", "doctors", "staff",
        "families", "relatives", "parents", "mothers", "survivors", "evacuees", "refugees", "villagers", "farmers", "volunteers",
    };

    // Words that cannot modify a noun before a role: "a soldier and commander", "the town that commander" are no one role.
    private static readonly HashSet<string> NounModifierStops = new(StringComparer.Ordinal)
    {
        "and", "but", "nor", "that", "which", "who", "whom", "with", "was", "were", "has", "had", "have", "said", "says", "for", "from",
        "into", "when", "after", "before", "then", "also", "its", "his", "her", "their", "our", "this", "these", "those", "not",
    };

    private static readonly HashSet<string> NotModifiers = new(StringComparer.Ordinal)
    {
        "its", "their", "his", "her", "our", "my", "your", "these", "those", "other", "many", "some", "most", "all", "both", "few",
    };

    /// <summary>
    /// Titles of courtesy before a name, with and without the full stop ("Mr Putin", "Mr. Zelenskyy"), and the Arabic
    /// "Sheikh", which Gulf copy uses the same way for a short name ("Sheikh Mohammed said"), unlike an office such as "Emir".
    /// </summary>
    public static readonly IReadOnlySet<string> Honorifics = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sheikh", "Sheikha",
    };

    // Honorifics that make a short name ("Sheikh Mohammed said") but are titles before a full name.
    private static readonly HashSet<string> ArabicHonorifics = new(StringComparer.Ordinal) { "Sheikh", "Sheikha" };

    // Nouns for one person: "the Kremlin leader", "the NATO chief" are people, not their organisations.
    private static readonly HashSet<string> PersonHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "aide", "envoy", "negotiator", "adviser", "advisor", "president", "minister",
        "official", "secretary", "diplomat",
    };

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "town", "village", "capital", "region", "province", "district", "port", "hometown", "area", "border", "valley",
    };

    // "Two sources familiar with the talks" are "sources familiar with the talks": a description drops its number.
    private static readonly HashSet<string> Numbers = new(StringComparer.OrdinalIgnoreCase) { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };

    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase) { "second", "third", "fourth", "fifth", "further" };

    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase) { "one", "two", "three", "four", "several", "some", "many" };

    // "the brigade's deputy commander", "the agency's source": a unit's or a body's possessive is part of a description as
    // the unit itself is.
    private static bool IsRoleLike(string word) =>
        RoleWords.Contains(word) || (IsPossessive(word) && char.IsLower(word[0]) && (RoleWords.Contains(word[..^2]) || OrgHeads.Contains(word[..^2]))) || (word.EndsWith('s') && RoleWords.Contains(word[..^1])) || (word.EndsWith("es", StringComparison.Ordinal) && RoleWords.Contains(word[..^2]));

    /// <summary>True when <paramref name="name"/> names a country, region or sizeable city (it then stands for a government).</summary>
    public bool NamesPlace(string name) => isPlaceName(name);

    /// <summary>The Ukrainian and Russian first-level units (ISO 3166-2) <paramref name="name"/> may lie in or be; empty when none.</summary>
    public IReadOnlySet<string> UnitsOf(string name) => unitsOf is not null ? unitsOf(name) : NoUnits;

    private static readonly HashSet<string> NoUnits = [];

    /// <summary>True when <paramref name="name"/> is a place where a described speaker may be ("a diplomat in Cairo").</summary>
    public bool NamesLocality(string name) => isLocality is not null ? isLocality(name) : isPlaceName(name);

    /// <summary>
    /// True when an "and" between <paramref name="before"/> and <paramref name="after"/> joins two nationalities that modify one
    /// group ("U.S. and Ukrainian negotiators", "Egyptian and Qatari mediators"), so it opens no new clause.
    /// </summary>
    public static bool CoordinatesNationalities(string before, string after)
    {
        var left = Words(Dateline().Replace(before, ""));
        var right = Words(after);
        return left.Count is >= 1 and <= 3 && IsNationality(left[^1]) && left.Take(left.Count - 1).All(w => w is "the" or "The" or "senior" or "Senior" or "top" or "Top")
            && right.Count is >= 2 and <= 6 && IsNationality(right[0]) && right.Skip(1).All(w => char.IsLower(w[0])) && IsRoleLike(right[^1]);
    }

    /// <summary>True when <paramref name="word"/> names a nation or a union of nations as a modifier ("Israeli", "U.S.", "EU").</summary>
    public static bool IsNationality(string word) => IsDemonym(word) || word is "U.S." or "US" or "UK" or "U.K." or "EU" or "UN" or "U.N." or "NATO" or "Gulf" or "Arab";

    // "Presidents Donald Trump and Vladimir Putin": the plural of a title of office stands before two names and is part of
    // neither. Only titles no surname spells ("Fields", "Kings" and "Marshals" are surnames too).
    private static readonly HashSet<string> PluralTitles = new(StringComparer.Ordinal)
    {
        "Presidents", "Ministers", "Senators", "Generals", "Leaders", "Governors", "Chancellors", "Secretaries", "Ambassadors",
        "Envoys", "Commanders", "Mayors", "Officials", "Premiers", "Presidents-elect",
    };

    /// <summary>True for words that can be part of a person's name.</summary>
    public static bool IsNameWord(string word) =>
        ArabicArticle().IsMatch(word) || RegnalNumber().IsMatch(word) || IsCapitalised(word) && (!(word.Length > 2 && word.All(c => !char.IsLower(c))) || Initials().IsMatch(word)) && !RoleWords.Contains(word) && !OrgHeads.Contains(word) && !NotNames.Contains(word) && !IsDemonym(word)
        && !(word.Length > 4 && word.EndsWith('s') && OrgHeads.Contains(word[..^1])) && !PluralTitles.Contains(word)
        && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("\u2019s", StringComparison.Ordinal) && (!word.Contains('.', StringComparison.Ordinal) || Initials().IsMatch(word));

    /// <summary>
    /// A surname without the Arabic article joined to it ("Sisi" for "al-Sisi", "Baghdadi" for "el-Baghdadi"); any other word
    /// unchanged.
    /// </summary>
    public static string WithoutArabicArticle(string word) =>
        word.IndexOf('-', StringComparison.Ordinal) is >= 2 and <= 3 and var dash && dash + 2 < word.Length && char.IsUpper(word[dash + 1])
            && word[..dash].ToLowerInvariant() is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "er" or "en" or "es" or "et" or "ez" or "an" or "ed" ? word[(dash + 1)..] : word;

    /// <summary>True for the words that may stand before a name as a title or role.</summary>
    public static bool IsRoleWord(string word) => RoleWords.Contains(word);

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal)
    {
        "Ukrainian", "Russian", "American", "British", "French", "German", "European", "Polish", "Turkish", "Saudi", "Qatari",
        "Emirati", "Belarusian", "Moldovan", "Chinese", "Japanese", "Korean", "Iranian", "Israeli", "Palestinian", "Syrian",
        "Iraqi", "Indian", "Pakistani", "Italian", "Spanish", "Dutch", "Swedish", "Finnish", "Danish", "Norwegian", "Estonian",
        "Latvian", "Lithuanian", "Romanian", "Hungarian", "Slovak", "Czech", "Bulgarian", "Serbian", "Croatian", "Georgian",
        "Armenian", "Azerbaijani", "Kazakh", "Uzbek", "Swiss", "Austrian", "Belgian", "Greek", "Canadian", "Australian",
        "Brazilian", "Mexican", "Egyptian", "Lebanese", "Jordanian", "Yemeni", "Afghan", "Western", "Eastern", "Soviet",
        "Crimean", "Chechen", "Kurdish", "Arab", "African", "Asian", "Nordic", "Baltic", "Irish", "Scottish", "Welsh",
        "Thai", "Cambodian", "Congolese", "Rwandan", "Sudanese", "Libyan", "Somali", "Ethiopian", "Eritrean", "Bangladeshi", "Malaysian",
        "Indonesian", "Filipino", "Vietnamese", "Burmese", "Nigerian", "Kenyan", "Tunisian", "Algerian", "Moroccan", "Omani", "Kuwaiti",
        "Bahraini", "Portuguese", "Slovenian", "Kosovan", "Bosnian", "Albanian", "Montenegrin", "Macedonian", "Cypriot", "Maltese",
        "Icelandic", "Luxembourgish", "Venezuelan", "Colombian", "Argentine", "Chilean", "Peruvian", "Cuban", "Tajik", "Kyrgyz", "Turkmen",
    };

    private static bool IsDemonym(string word) => Demonyms.Contains(word);

    private static int NameRunStart(List<string> words)
    {
        var start = words.Count;
        while (start > 0 && (IsNameWord(words[start - 1])
            || (start < words.Count && start > 1 && Particles.Contains(words[start - 1]) && (IsNameWord(words[start - 2]) || Particles.Contains(words[start - 2])))))
        {
            start--;
        }

        return start;
    }

    // Lower-case parts of names: "Ursula von der Leyen", "Faisal bin Farhan", "Marine Le Pen".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "von", "der", "van", "den", "de", "da", "di", "bin", "al", "la", "le", "du", "dos" };

    private static string? PostBeforeName(List<string> words, int nameStart)
    {
        var post = StripDeterminer([.. words.Take(nameStart)]).ToList();
        var of = post.IndexOf("of");
        return of > 0 && post.Take(of).All(w => RoleWords.Contains(w) || IsDemonym(w) || w is "and") && !post.Any(IsVerbLike) ? string.Join(' ', post) : null;
    }

    private static bool IsVerbLike(string word) => word is "said" or "says" or "told" or "who" or "which" or "that" || (word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]));

    private static List<string> RoleRun(List<string> words, int nameStart)
    {
        var start = nameStart;
        while (start > 0)
        {
            var word = words[start - 1];
            var possessive = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
            if (RoleWords.Contains(word) || possessive || (IsCapitalised(word) && word is not ("The" or "A" or "An")))
            {
                start--;
                continue;
            }

            break;
        }

        while (start < nameStart && words[start] is "of" or "for" or "and")
        {
            start++;
        }

        return [.. words.Skip(start).Take(nameStart - start).Where(w => w is not ("Mr." or "Mrs." or "Ms." or "Mr" or "Mrs" or "Ms" or "Datuk" or "Dato'" or "Dato" or "Datin" or "Tun" or "Seri"))];
    }

    private static string? Appositive(List<string> segments, int from)
    {
        for (var i = from; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.All(c => char.IsDigit(c) || c == ' '))
            {
                continue;
            }

            var words = Words(segment);
            if (words.Count == 0 || words[0] is "who" or "which" or "adding" or "as" or "in" or "on" or "at" or "after" or "when" or "speaking")
            {
                return null;
            }

            if (words[0] is "the" or "a" or "an" or "The" || words.Any(RoleWords.Contains))
            {
                return string.Join(' ', StripDeterminer(words));
            }

            return null;
        }

        return null;
    }

    private static bool IsAdverbial(string segment)
    {
        var words = Words(segment);
        if (words.Count == 0)
        {
            return true;
        }

        var first = words[0];
        if (Adverbials.Contains(first) || Prepositions.IsPreposition(first) || first.EndsWith("ing", StringComparison.Ordinal) || (char.IsLower(first[0]) && first.EndsWith("ly", StringComparison.Ordinal)))
        {
            // "In a statement, the ministry said": the adverbial opens, the speaker follows.
            return true;
        }

        return words.All(w => NotNames.Contains(w) || char.IsDigit(w[0])) || TimeAgo().IsMatch(segment);
    }

    private static string StripLeadingConjunctions(string segment)
    {
        var words = Words(segment);
        var skip = 0;
        while (skip < words.Count - 1 && LeadingConjunctions.Contains(words[skip]))
        {
            skip++;
        }

        return string.Join(' ', words.Skip(skip));
    }

    private static IEnumerable<string> StripDeterminer(List<string> words) =>
        words.Count > 1 && words[0] is "the" or "The" or "a" or "A" or "an" or "An" ? words.Skip(1) : words;

    // Runs for every phrase a speaker might be named in: the words only, without a Match object for each.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            words.Add(text.Substring(match.Index, match.Length));
        }

        return words;
    }

    // "J.D." in "J.D. Vance"; "U.S." and "U.N." are role words and never reach this.
    // "el-Sissi", "al-Sudani", "er-Risk": the Arabic article, assimilated or not, written in lower case before a capitalised name.
    [GeneratedRegex(@"^(?:al|el|ad|ar|as|ash|at|az|er|en|es|et|ez|an|ed)-\p{Lu}\p{Ll}+$")]
    private static partial Regex ArabicArticle();

    [GeneratedRegex(@"^(?:an?|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w'\u2019-]+\s+){0,4}?(?<head>[a-z][\w-]+)\s+(?:named|called)\s+(?<name>[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+)?)$")]
    private static partial Regex NamedPerson();

    private static readonly HashSet<string> NotPersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "operator", "provider", "producer", "supplier", "manufacturer", "carrier", "broadcaster", "distributor", "exporter", "importer",
        "lender", "insurer", "publisher", "retailer", "monitor", "center", "centre", "border", "water", "river", "tower", "shelter",
        "quarter", "order", "power", "number", "corner", "letter", "paper", "winter", "summer", "cluster", "container", "computer",
        "reactor", "sector", "corridor", "tractor", "motor", "generator", "transformer", "tanker", "bomber", "fighter", "launcher",
        "interceptor", "destroyer", "cruiser", "helicopter", "government", "parliament", "department", "movement", "agreement",
        "statement", "settlement", "equipment", "element", "segment", "incident", "moment", "event", "plant", "restaurant", "giant",
        "other", "another", "after", "under", "over", "never", "either", "neither", "rather", "later", "further", "together", "former",
        "whether", "matter", "weather", "offer", "answer", "chapter", "banner", "barrier", "trigger", "filter", "register", "danger",
        "manner", "floor", "error", "factor", "mirror", "terror", "honor", "color", "colour", "vector", "percent", "content", "intent",
        "extent", "accident", "comment", "argument", "document", "instrument", "investment", "component", "continent", "environment",
        "experiment", "warrant", "grant", "decree", "charter", "newspaper", "newsletter", "tracker", "poster", "flyer", "ledger", "dossier", "checklist", "playlist", "median", "human", "committee", "guarantee", "degree", "coffee", "minesweeper", "freighter", "ferry", "bunker", "hangar",
    };

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "marine", "nurse", "medic", "paramedic", "student", "veteran", "refugee", "evacuee", "mother", "father", "grandmother",
        "grandfather", "widow", "wife", "husband", "son", "daughter", "sister", "brother", "neighbour", "neighbor", "woman", "man",
        "girl", "boy", "pensioner", "resident", "surgeon", "doctor", "sergeant", "captain", "lieutenant", "private", "corporal",
        "colonel", "major", "sniper", "paratrooper", "infantryman", "serviceman", "servicewoman", "civilian", "priest", "chef",
        "mechanic", "electrician", "accountant", "journalist", "activist", "economist", "grandson", "granddaughter", "nephew", "niece",
        "cousin", "aunt", "uncle", "friend", "colleague", "mayor", "official", "deputy", "teen", "teenager", "child", "survivor",
    };

    /// <summary>
    /// True when <paramref name="word"/> is a noun for a person ("marine", "railway worker", "drone operator" end on one):
    /// a listed noun, or an agent noun in -er, -or, -ist, -ian, -man, -woman, -ant, -ent, -ee not listed as a thing.
    /// </summary>
    public static bool IsPersonNoun(string word) =>
        word.Length > 2 && !NotPersonNouns.Contains(word)
        && (PersonNouns.Contains(word) || PersonHeads.Contains(word)
            || (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)
                || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("ant", StringComparison.Ordinal)
                || word.EndsWith("ent", StringComparison.Ordinal) || word.EndsWith("ee", StringComparison.Ordinal)) && word.Length > 4);

    [GeneratedRegex(@"^\s*(?:[Oo]ne|[Tt]wo|[Ss]ome|[Bb]oth|[Nn]one)\s+of\s+(?:them|those)\s*$")]
    private static partial Regex OneOfThem();

    [GeneratedRegex(@"\s+who\s+(?:(?!\bsaid\b)[^,]){12,}$")]
    private static partial Regex RelativeClause();

    // "King Charles III", "Pope Leo XIV": a regnal number ends the name it follows.
    [GeneratedRegex(@"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$")]
    private static partial Regex RegnalNumber();

    [GeneratedRegex(@"^\d{1,3}-year-old$")]
    private static partial Regex AgeAdjective();

    [GeneratedRegex(@"^(?:[A-Z]\.){1,3}$")]
    private static partial Regex Initials();

    // "a statement from Zelenskyy's office", "a Telegram post by the governor": the speaker is whoever issued it.
    [GeneratedRegex(@"^\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|post|video|message|readout|transcript|tweet|summary|update|briefing|declaration|announcement)\s+(?:(?:published|issued|released|posted|distributed)\s+)?(?:from|by|of)\s+")]
    private static partial Regex Channel();

    // "The Russian army has on Monday, August 25, 2025, said", "the ministry on 25 August said": a date set off before the
    // cue, with its weekday and year, is when it spoke.
    [GeneratedRegex(@"(?:\s+(?:has|had|have))?\s+on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+\d{4})?,?\s*$|(?:\s+(?:has|had|have))?\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*$")]
    private static partial Regex TrailingDate();

    // "the Kremlin on Thursday said": when it spoke is not who spoke.
    [GeneratedRegex(@"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?(?:\s+\([^()]{1,20}\))?\s*$")]
    private static partial Regex TrailingTime();

    // "the Institute for the Study of War (ISW)": the short form in brackets repeats the name; the registry derives it anyway.
    // "a day after the Kremlin said", "hours before Peskov said": when the cue came is not part of who spoke. Only the
    // last comma segment (the one that meets the cue verb) is cut, so "Peskov, speaking hours after the talks, said" keeps Peskov.
    [GeneratedRegex(@"^.*?\b(?:day|days|hour|hours|week|weeks|minutes|moments|shortly|soon)\s+(?:after|before)\s+(?=[^,]+$)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTime();

    // "within hours the Kremlin said", "Hours later the governor said": a time phrase that opens the clause says when the
    // speaker spoke, never who; only when a speaker follows it.
    [GeneratedRegex(@"^(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:[Ww]ithin\s+(?:(?:an?|one|two|three|a\s+few|several|\d+)\s+)?(?:hours?|minutes?|days?|weeks?|moments?)|(?:[Hh]ours?|[Mm]inutes?|[Dd]ays?|[Mm]oments?|[Ww]eeks?)\s+later|[Ll]ater\s+that\s+(?:day|morning|afternoon|evening|night)|(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?:week|month|year|weekend))\s*,?\s+(?=\S)")]
    private static partial Regex OpeningTime();

    // "A day earlier, the army said", "Two weeks ago, Kyiv said", "This week, the ministry said": when, not who.
    [GeneratedRegex(@"^\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several|some|just\s+a|only\s+a)\s+(?:day|week|month|year|hour|minute|moment|night|fortnight)s?\s+(?:earlier|later|ago|before|after)|this\s+(?:week|month|year|morning|afternoon|evening|weekend))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeAgo();

    // "Later, at about 3:30 a.m. Eastern Time, the military said", "At 14:00 GMT the ministry said": a time of day, with its
    // zone, is no part of who spoke ("Eastern Time" names no speaker).
    [GeneratedRegex(@"(?:\b(?:[Ss]hortly|[Jj]ust|[Ss]oon)\s+(?=[Aa]fter|[Bb]efore))?(?:\b(?:[Aa]t|[Bb]y|[Aa]round|[Aa]bout|[Aa]fter|[Bb]efore|[Uu]ntil|[Ff]rom)\s+)?(?:(?:about|around|approximately|roughly|nearly|just\s+after|just\s+before)\s+)?\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)(?:\s*\((?:\d{1,2}[:.]\d{2}\s*)?(?:GMT|UTC)\))?(?:\s+(?:local|Eastern|Central|Pacific|Mountain|Moscow|Kyiv|Israel|Gaza|Indian|Pakistan|GMT|UTC|ET|EST|EDT|PT|CET|CEST|BST)(?:\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime)?)?")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\s*\([\p{Lu}\d][\p{L}\d.-]{1,11}\)")]
    private static partial Regex BracketedShortName();

    // "the US-based Institute for the Study of War": where an organisation sits is a modifier, not part of its name.
    [GeneratedRegex(@"\b[\w.]+-based\s+")]
    private static partial Regex BasedIn();

    // "KRAMATORSK, Ukraine — …", and agency copy's "BEIRUT: …" or "GAZA CITY: …": where the copy was filed.
    [GeneratedRegex(@"^.*\s(?:[-\u2013\u2014]|--)\s|^\p{Lu}[\p{Lu}.'\u2019 -]*\p{Lu}:\s+")]
    private static partial Regex Dateline();

    // "a spokesman for Gaza's Civil Defence—also controlled by Hamas—told", "The military -- which seized power in 2021 --
    // warned": an aside between dashes describes, it names no one.
    [GeneratedRegex(@"\s*\u2014[^\u2014,]{2,60}\u2014\s*|\s+(?:--|\u2013)\s[^,\u2013]{2,60}?\s(?:--|\u2013)(?:\s+|$)")]
    private static partial Regex DashAside();

    // "Operation Sindoor: India on Friday said": a headline's topic before its colon is no part of who spoke.
    [GeneratedRegex(@"^[^:,""\u201C\u201D]{2,60}:\s+(?=\p{Lu})")]
    private static partial Regex HeadlineLead();

    // "Details: The president said": a label a page puts before a block of text is no part of who spoke.
    [GeneratedRegex(@"^\s*(?:Details|Background|Context|Reminder|Update|Source|Quote)\s*:\s+")]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"(?:\s+(?:later|also|then|again|has|had|have|previously|earlier|repeatedly|separately|further|once|would|will|quickly|publicly|himself|herself|in\s+turn|for\s+(?:its|his|her|their)\s+part))+\s*$")]
    private static partial Regex TrailingAdverbs();

    // A pronoun, a reporting verb and more words, as the first three of Words(); a regex, since ParsePhrase runs for every phrase.
    [GeneratedRegex(@"^[^\p{L}\d]*(?i:he|she|they|it)[^\p{L}\p{Mn}\d'\u2019\-]+(?:said|says|told|added|wrote)[^\p{L}\p{Mn}\d'\u2019\-]+[\p{L}\d]")]
    private static partial Regex PronounClause();

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|\b[A-Z]\.(?=\s+\p{Lu}\p{Ll})|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sen|Rep|Gov)\.|[\p{L}\d][\p{L}\p{Mn}\d]*(?:['\u2019\-][\p{L}\d][\p{L}\p{Mn}\d]*)*(?:['\u2019]s|(?<=s)['\u2019](?=\s+[A-Z]))?")]
    private static partial Regex WordPattern();
}
