using System.Text.RegularExpressions;

namespace Truce.Claims.Attribution;

/// <summary>
/// The one naming stage every speaker and event claimant passes through after attribution: it turns the name the parsers
/// and the registry found into the form the corpus naming rules define (tests/Truce.Claims.Tests/Corpus/README.md,
/// "Statements"), using only the article's own text.
/// <list type="number">
/// <item>Every form loses what is not part of a name: a layout label glued before it ("Details: Terekhov said" is not
/// "Details Terekhov"), a trailing cue verb, adverb or punctuation ("General Staff of the Armed Forces said").</item>
/// <item>A person named by surname alone, or by a courtesy title and surname, is the full name the article first gives
/// ("Terekhov" is "Ihor Terekhov"); a person's name ends before a phrase of where they were ("JD Vance in the Oval Office").</item>
/// <item>An organisation named by a shortened back-reference ("the military", "the ministry", "the General Staff") is the
/// fullest earlier mention of that body in the article, whether or not that mention spoke ("the Israeli military's
/// spokesman"); of two bodies sharing a head noun, the one mentioned last. A name with its own owner or nationality
/// ("Thai army", "Ukraine's Defence Ministry") is a full name and stays as written.</item>
/// <item>A description with nobody named loses its article and number, a relative clause (except one that says how the
/// person knows: "officials who have seen the draft"), a participle phrase and where the person was; it keeps modifiers
/// and "familiar with …"/"close to …". A definite back-reference to a bare head noun ("the source") is the fullest earlier
/// description with that head noun ("source close to the Kremlin").</item>
/// </list>
/// Contract: the result is never empty, never longer than needed, and is either the input's own words or a span of words the
/// article contains (less a leading "the"); naming a result again gives the same result. Pure; one instance per article; not
/// thread-safe (it caches per article).
/// </summary>
public sealed partial class SpeakerNaming
{
    private readonly string _text;
    private readonly Func<string, bool> _isLocality;
    private HashSet<string>? _labels;

    /// <param name="text">The article's plain text.</param>
    /// <param name="isLocality">True for a place the gazetteer holds: "a diplomat in Cairo" says where, not who.</param>
    public SpeakerNaming(string text, Func<string, bool>? isLocality = null)
    {
        _text = text;
        _isLocality = isLocality ?? (_ => false);
    }

    /// <summary>
    /// The name under the corpus naming rules for a speaker found as <paramref name="name"/> of <paramref name="form"/> by an
    /// attribution at <paramref name="position"/> (a UTF-16 offset in the text); <paramref name="definite"/> when the
    /// attribution wrote "the" before a description ("the source said"), which refers back.
    /// </summary>
    public string Name(string name, SpeakerForm form, int position, bool definite = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Words(name);
        if (words.Count == 0)
        {
            return name;
        }

        // Each step only drops words or replaces a short form by a fuller one, so a few rounds reach the fixed point that
        // makes naming a name again change nothing.
        var result = string.Join(' ', words);
        for (var round = 0; round < 4; round++)
        {
            var named = NameOnce(words, form, position, definite);
            if (named.Count == 0 || string.Join(' ', named) == result)
            {
                break;
            }

            words = named;
            result = string.Join(' ', named);
        }

        return result;
    }

    private List<string> NameOnce(List<string> words, SpeakerForm form, int position, bool definite)
    {
        words = WithoutTrailingNoise(WithoutLabel(words));
        if (words.Count == 0)
        {
            return words;
        }

        return form switch
        {
            SpeakerForm.Name => PersonName(words),
            SpeakerForm.Organisation => BodyName(words, position),
            SpeakerForm.Description => DescriptionName(words, position, definite),
            _ => words,
        };
    }

    private static List<string> Words(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // ---- 1. What is never part of a name -------------------------------------------------------------------------------

    // "Details: Terekhov said …": the first word is a label the article's layout puts at the start of a line with a colon.
    private List<string> WithoutLabel(List<string> words)
    {
        if (words.Count < 2)
        {
            return words;
        }

        var first = words[0].TrimEnd(':');
        return words[0].EndsWith(':') || Labels().Contains(first) ? words[1..] : words;
    }

    private HashSet<string> Labels()
    {
        if (_labels is null)
        {
            _labels = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match label in LineLabel().Matches(_text))
            {
                _labels.Add(label.Groups["label"].Value);
            }
        }

        return _labels;
    }

    private static List<string> WithoutTrailingNoise(List<string> words)
    {
        var end = words.Count;
        while (end > 0)
        {
            var word = words[end - 1].TrimEnd(TrailingPunctuation);
            if (word.Length == 0 || (end > 1 && (CueVerbs.Contains(word) || TrailingAdverbs.Contains(word) || LyAdverb().IsMatch(word))))
            {
                end--;
                continue;
            }

            break;
        }

        var kept = words[..end];
        if (kept.Count > 0)
        {
            kept[^1] = kept[^1].TrimEnd(TrailingPunctuation);
        }

        // "the Latvian Defence Ministry on Tuesday", "the army in a statement": when a body spoke is not its name.
        if (kept.Count > 2 && TrailingOccasion().Match(string.Join(' ', kept)) is { Success: true } occasion && occasion.Index > 0)
        {
            return Words(string.Join(' ', kept)[..occasion.Index]);
        }

        return kept;
    }

    // ---- 2. People ------------------------------------------------------------------------------------------------------

    private List<string> PersonName(List<string> words)
    {
        var where = words.FindIndex(1, w => WherePrepositions.Contains(w));
        if (where > 0)
        {
            // "JD Vance in the Oval Office": no name particle is one of these prepositions.
            words = words[..where];
        }

        if (words.Count == 2 && SpeakerParser.Honorifics.Contains(words[0]))
        {
            // A courtesy title is no part of a name: "Mr Aldersen" is the full name first given, or else "Aldersen".
            return FullNameOf(words[1]) ?? words[1..];
        }

        return words.Count == 1 ? FullNameOf(words[0]) ?? words : words;
    }

    // The name the article first gives a person later called by surname: the name words right before the surname's first
    // occurrence that has any ("told Vladimir Putin" before "Putin himself told reporters"). Titles, roles, places and
    // sentence openers are not name words, so "Mayor Terekhov" or "In Kharkiv Terekhov" give no first name.
    private List<string>? FullNameOf(string surname)
    {
        if (surname.Length < 3 || !char.IsUpper(surname[0]))
        {
            return null;
        }

        for (var at = _text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            var after = at + surname.Length;
            if ((at > 0 && char.IsLetterOrDigit(_text[at - 1])) || (after < _text.Length && (char.IsLetterOrDigit(_text[after]) || _text[after] == '-')))
            {
                continue;
            }

            var given = new List<string>();
            var cursor = at;
            while (given.Count < 3)
            {
                var wordEnd = cursor;
                if (wordEnd == 0 || _text[wordEnd - 1] != ' ')
                {
                    break;
                }

                var wordStart = wordEnd - 1;
                while (wordStart > 0 && !char.IsWhiteSpace(_text[wordStart - 1]))
                {
                    wordStart--;
                }

                var word = _text[wordStart..(wordEnd - 1)];
                if (!IsGivenName(word, wordStart))
                {
                    // "in Trostianets Ostapenko": a word after a preposition is a place, however much it looks like a name
                    // ("Vladimir" is a city too, and a first name far more often).
                    if (given.Count > 0 && WherePrepositions.Contains(word.ToLowerInvariant()))
                    {
                        given.RemoveAt(0);
                    }

                    break;
                }

                given.Insert(0, word);
                cursor = wordStart;
            }

            if (given.Count > 0)
            {
                return [.. given, surname];
            }
        }

        return null;
    }

    private bool IsGivenName(string word, int start) =>
        word.Length > 0 && (char.IsLetter(word[^1]) || (word.Length == 2 && word[1] == '.')) && SpeakerParser.IsNameWord(word) && !SpeakerParser.IsRoleWord(word) && !SpeakerParser.Honorifics.Contains(word)
        && !(SentenceOpening(start) && (LyAdverb().IsMatch(word.ToLowerInvariant()) || TrailingAdverbs.Contains(word) || NotOwners.Contains(word)));

    // "Later Aldersen said", "Separately Aldersen said": an adverb opening a sentence is capitalised there and names nobody.
    private bool SentenceOpening(int start)
    {
        var before = start - 1;
        while (before >= 0 && _text[before] is ' ' or '\t')
        {
            before--;
        }

        return before < 0 || _text[before] is '.' or '!' or '?' or '\n' or ':' or '"' or '\u201C' or '\u201D';
    }

    // ---- 3. Organisations -----------------------------------------------------------------------------------------------

    private List<string> BodyName(List<string> words, int position)
    {
        if (words.Count > 1 && words[0] is "the" or "The")
        {
            words = words[1..];
        }

        if (!IsShortBody(words))
        {
            return words;
        }

        return FullestBody(words, position) ?? words;
    }

    // "military", "ministry", "General Staff", "Defence Ministry": every word belongs to what a body is, none says whose.
    private static bool IsShortBody(List<string> words) =>
        words.Count <= 3 && words.All(w => BodyWords.Contains(w));

    // The fullest mention before the attribution of a body whose name holds the short form: capitalised owner words before
    // it ("Israeli military", "Russia's Defence Ministry") and, for a capitalised form, an "of the …" after it ("General Staff
    // of the Armed Forces"). Of several bodies, the one mentioned last; of several mentions of that body, the fullest.
    private List<string>? FullestBody(List<string> shortForm, int position)
    {
        var phrase = string.Join(' ', shortForm);
        var mentions = new List<List<string>>();
        var limit = Math.Min(position, _text.Length);
        for (var at = _text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0 && at < limit;
             at = _text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + phrase.Length;
            if ((at > 0 && char.IsLetterOrDigit(_text[at - 1])) || (after < _text.Length && char.IsLetter(_text[after])))
            {
                continue;
            }

            if (!EndsBody(after))
            {
                continue;
            }

            var owner = OwnerBefore(at);
            var tail = char.IsUpper(phrase[0]) ? OfTailAfter(after) : [];
            if (owner.Count + tail.Count > 0)
            {
                mentions.Add([.. owner, .. Words(_text[at..after]), .. tail]);
            }
        }

        if (mentions.Count == 0)
        {
            return null;
        }

        var latest = mentions[^1];
        return mentions.Where(m => Contains(m, latest)).MaxBy(m => m.Count);
    }

    // "the Israeli military said", "the Israeli military's spokesman": the body's name ends here; in "Israeli military
    // analysts" or "the Regional Military Administration" the word only describes something else.
    private bool EndsBody(int after)
    {
        if (after >= _text.Length || !char.IsWhiteSpace(_text[after]) || _text[after] == '\n')
        {
            return true;
        }

        var next = FollowingWord().Match(_text, after);
        return next.Success && next.Index == after && (BodyFollowers.Contains(next.Groups["word"].Value) || PastTense().IsMatch(next.Groups["word"].Value));
    }

    // Up to three capitalised words before a body's head: "Israeli", "Russia's", "Ukraine's State Emergency"; no sentence
    // opener ("The"), weekday or pronoun.
    private List<string> OwnerBefore(int at)
    {
        var owner = new List<string>();
        var cursor = at;
        while (owner.Count < 3 && cursor > 1 && _text[cursor - 1] == ' ')
        {
            var start = cursor - 1;
            while (start > 0 && !char.IsWhiteSpace(_text[start - 1]))
            {
                start--;
            }

            var word = _text[start..(cursor - 1)];
            // "in Kyiv. Military …" ends a sentence; "U.S." does not.
            var sentenceEnd = word.EndsWith('.') && !Abbreviation().IsMatch(word);
            if (word.Length == 0 || !char.IsUpper(word[0]) || NotOwners.Contains(word) || sentenceEnd
                || !word.All(c => char.IsLetter(c) || c is '\'' or '\u2019' or '-' or '.'))
            {
                break;
            }

            owner.Insert(0, word);
            cursor = start;
        }

        return owner;
    }

    // " of the Armed Forces", " of Defence": an "of" joined to capitalised words names the same body.
    private List<string> OfTailAfter(int after)
    {
        var match = OfTail().Match(_text, after);
        return match.Success && match.Index == after ? Words(match.Value) : [];
    }

    private static bool Contains(List<string> whole, List<string> part)
    {
        for (var i = 0; i + part.Count <= whole.Count; i++)
        {
            if (whole.Skip(i).Take(part.Count).SequenceEqual(part, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // ---- 4. Descriptions ------------------------------------------------------------------------------------------------

    private List<string> DescriptionName(List<string> words, int position, bool definite)
    {
        var trimmed = TrimDescription(words, _isLocality);
        if (definite && trimmed.Count <= 3 && IsPersonHead(trimmed[^1]) && FullestDescription(trimmed, position) is { } fuller)
        {
            return fuller;
        }

        return trimmed;
    }

    /// <summary>
    /// The form of a description that needs no other words of the article (rule 4 less the back-reference): without its
    /// article and number, a relative clause (unless it says how the person knows), a participle phrase, or where the person
    /// was ("a Western diplomat in Cairo", "officials in the Belgorod region", "a US official in Washington"). The attribution
    /// parser reads descriptions through this so that back-references are matched on the same form the statement carries.
    /// Never empty for a non-empty input; a fixed point.
    /// </summary>
    /// <param name="description">A description as the attribution wrote it ("two Western diplomats in Cairo").</param>
    /// <param name="isLocality">True for a place the gazetteer holds.</param>
    public static string DescriptionForm(string description, Func<string, bool> isLocality)
    {
        ArgumentNullException.ThrowIfNull(description);
        var words = Words(description);
        if (words.Count == 0)
        {
            return description;
        }

        // A cut can remove what made an earlier clause word harmless ("who … familiar with": once "speaking …" is cut, the
        // "who" is a plain relative clause), so trim until nothing more is cut: the form is a fixed point by construction.
        for (var trimmed = TrimDescription(words, isLocality); trimmed.Count < words.Count; trimmed = TrimDescription(words, isLocality))
        {
            words = trimmed;
        }

        return string.Join(' ', words);
    }

    private static List<string> TrimDescription(List<string> words, Func<string, bool> isLocality)
    {
        var start = 0;
        while (start < words.Count - 1 && (Determiners.Contains(words[start]) || Number().IsMatch(words[start])))
        {
            start++;
        }

        words = WithoutClause(words[start..]);
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];

            // "the health ministry in Gaza" says which ministry, not where someone was.
            if (WherePrepositions.Contains(word) && i + 1 < words.Count && !BodyWords.Contains(words[i - 1]) && !OrgNouns.Contains(words[i - 1])
                && (PlaceAfter(words, i + 1, isLocality) || HomeSeatAfter(words, i) || SiteAfter(words, i + 1) || MarkedRegionAfter(words, i + 1)))
            {
                return words[..i];
            }
        }

        return words;
    }

    // The description up to the first clause that says what the person did or how they stay unnamed; where the person was is
    // cut only after it, so that a place before a clause ("a spokesman in Kyiv who …") reads as the place it is, and trimming
    // the form again cuts nothing more (the form is a fixed point).
    private static List<string> WithoutClause(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (RelativePronouns.Contains(word) && !KnowledgeClause(words, i))
            {
                return words[..i];
            }

            // "residents displaced by the fighting", "soldiers stationed near the town": a past participle with its phrase
            // says what happened to the person, not who they are; "officials briefed on the talks" says how they know.
            if (PastTense().IsMatch(word) && !KnowledgeVerbs.Contains(word) && i + 1 < words.Count && ParticiplePrepositions.Contains(words[i + 1])
                && IsPersonWord(words[i - 1]))
            {
                return words[..i];
            }

            // "a monitor speaking on condition of anonymity", not "officials involved in the planning".
            if (Participle().IsMatch(word) && !NotParticiples.Contains(word) && IsPersonWord(words[i - 1]))
            {
                return words[..i];
            }
        }

        return words;
    }

    // "who has seen the draft", "who were briefed on the talks", "who attended": the clause says how the person knows, as
    // "familiar with" does, and stays.
    private static bool KnowledgeClause(List<string> words, int pronoun) =>
        words.Skip(pronoun + 1).Take(3).Any(w => KnowledgeVerbs.Contains(w));

    // "in Washington", "in Kyiv's Obolon district", "in Deir al-Balah", "in the Belgorod region": after an optional "the", the
    // words up to the end name a place — capitalised words, an Arabic article inside a name, and the administrative noun
    // copy adds after a region's name.
    private static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "central", "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western",
    };

    private static bool PlaceAfter(List<string> words, int from, Func<string, bool> isLocality)
    {
        if (from < words.Count - 1 && words[from] == "the")
        {
            from++;
        }

        // "officials in the central Dnipropetrovsk region": a compass word before the place only says where in the country it is.
        while (from < words.Count - 1 && CompassWords.Contains(words[from]))
        {
            from++;
        }

        var end = words.Count;
        if (end - from > 1 && RegionNouns.Contains(words[end - 1].TrimEnd(TrailingPunctuation)))
        {
            end--;
        }

        var place = words.Skip(from).Take(end - from).Select(w => w.TrimEnd(TrailingPunctuation)).ToList();
        if (place.Count == 0 || place[0].Length == 0 || !char.IsUpper(place[0][0]) || !place.All(w => w.Length > 0 && (char.IsUpper(w[0]) || ArabicArticleName().IsMatch(w))))
        {
            return false;
        }

        var name = string.Join(' ', place);
        return isLocality(name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal) ? name[..^2] : name);
    }

    // "a military officer in the eastern state of Karen", "a member of a militia in Karen state": a name the phrase itself
    // calls a state, a province or a region is a place, whether or not the gazetteer holds it.
    private static bool MarkedRegionAfter(List<string> words, int from)
    {
        var place = words.Skip(from).Select(w => w.TrimEnd(TrailingPunctuation)).SkipWhile(w => w == "the" || CompassWords.Contains(w)).ToList();
        static bool Named(IEnumerable<string> name) => name.Any() && name.All(w => w.Length > 0 && char.IsUpper(w[0]));
        return place.Count >= 2 && ((MarkedRegions.Contains(place[^1]) && Named(place[..^1]))
            || (MarkedRegions.Contains(place[0]) && place[1] == "of" && Named(place[2..])));
    }

    private static readonly HashSet<string> MarkedRegions = new(StringComparer.Ordinal) { "state", "province", "region", "governorate", "oblast", "district" };

    // "a truck driver at Hodeida port", "a resident near the Rafah crossing": a named site is where the person was, not who
    // they are ("a nurse at the hospital" keeps the site that says which nurse).
    private static bool SiteAfter(List<string> words, int from)
    {
        var site = words.Skip(from).Select(w => w.TrimEnd(TrailingPunctuation)).ToList();
        if (site.Count == 0 || !Sites.Contains(site[^1]))
        {
            return false;
        }

        var named = site[..^1] is ["the", .. var rest] ? rest : site[..^1];
        return named.Count > 0 && named.All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    private static readonly HashSet<string> Sites = new(StringComparer.Ordinal)
    {
        "port", "hospital", "market", "crossing", "checkpoint", "camp", "scene", "site", "airport", "station", "border", "base",
    };

    // "a US official in Washington", "a European diplomat in Brussels": the seat of the speaker's own government only repeats
    // the nationality, whether or not the gazetteer takes the seat's name as a place.
    private static bool HomeSeatAfter(List<string> words, int preposition)
    {
        if (words[preposition] is not ("in" or "from"))
        {
            return false;
        }

        var place = string.Join(' ', words.Skip(preposition + 1)).TrimEnd(TrailingPunctuation);
        var who = words.Take(preposition).ToList();
        var nation = who.FirstOrDefault(HomeSeats.ContainsKey);
        return nation is not null && who.TakeWhile(w => w != nation).All(w => w is "senior" or "top" or "high-ranking" or "another" or "a" or "an")
            && HomeSeats[nation].Contains(place, StringComparer.Ordinal);
    }

    // "farmers", "monitor", "residents": a word for people, singular or plural.
    private static bool IsPersonWord(string word) =>
        IsPersonHead(word) || SpeakerParser.IsRoleWord(word) || (word.EndsWith('s') && (IsPersonHead(word[..^1]) || SpeakerParser.IsRoleWord(word[..^1])));

    private static bool IsPersonHead(string word) =>
        SpeakerParser.IsPersonNoun(word) || PersonHeads.Contains(word) || (word.EndsWith('s') && PersonHeads.Contains(word[..^1]));

    // "the source" after "a source close to the Kremlin told CNN": the latest earlier description with that head noun that
    // says more than the head noun — modifiers before it ("senior Ukrainian source") or "close to …"/"familiar with …" after.
    private List<string>? FullestDescription(List<string> reference, int position)
    {
        var head = reference[^1];
        var limit = Math.Min(position, _text.Length);
        List<string>? fullest = null;
        for (var at = _text.IndexOf(head, StringComparison.OrdinalIgnoreCase); at >= 0 && at < limit;
             at = _text.IndexOf(head, at + head.Length, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + head.Length;
            if ((at > 0 && char.IsLetterOrDigit(_text[at - 1])) || (after < _text.Length && char.IsLetter(_text[after])))
            {
                continue;
            }

            var modifiers = ModifiersAfterArticle(at);
            if (modifiers is null)
            {
                continue;
            }

            var knowledge = Knowledge().Match(_text, after);
            var tail = knowledge.Success && knowledge.Index == after ? Words(knowledge.Value) : [];
            // The latest introduction with every word of the reference is the one meant: after "a second official" the
            // official is no longer "a U.S. official"; "the Danish official" still is "a senior Danish official".
            List<string> introduced = [.. modifiers, _text[at..after], .. tail];
            if (reference.All(w => introduced.Contains(w, StringComparer.OrdinalIgnoreCase)))
            {
                fullest = introduced.Count > reference.Count ? introduced : null;
            }
        }

        return fullest;
    }

    // The words between an indefinite article or number and a head noun ("a senior Ukrainian source": "senior Ukrainian"), or
    // null when no such article opens the phrase within three words.
    private List<string>? ModifiersAfterArticle(int at)
    {
        var modifiers = new List<string>();
        var cursor = at;
        while (cursor > 1 && _text[cursor - 1] == ' ')
        {
            var start = cursor - 1;
            while (start > 0 && !char.IsWhiteSpace(_text[start - 1]))
            {
                start--;
            }

            var word = _text[start..(cursor - 1)];
            if (Introducers.Contains(word))
            {
                return modifiers;
            }

            if (modifiers.Count == 3 || word.Length == 0 || !(char.IsUpper(word[0]) || SpeakerParser.IsRoleWord(word))
                || !word.All(c => char.IsLetter(c) || c is '-' or '.' or '\'' or '\u2019'))
            {
                return null;
            }

            modifiers.Insert(0, word);
            cursor = start;
        }

        return null;
    }

    private static readonly char[] TrailingPunctuation = [',', '.', ';', ':', '!', '?', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', ')', '(', '-', '\u2013', '\u2014'];

    private static readonly HashSet<string> CueVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "stated", "declared", "noted", "insisted",
        "stressed", "claimed", "claims", "announced", "wrote", "writes", "posted", "confirmed", "reported", "according",
    };

    private static readonly HashSet<string> TrailingAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "then", "again", "earlier", "too", "separately", "meanwhile", "however", "today", "yesterday", "tonight",
    };

    private static readonly HashSet<string> WherePrepositions = new(StringComparer.Ordinal) { "in", "at", "from", "inside", "outside", "near" };

    // Words that say what a body is but not whose it is.
    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "military", "army", "ministry", "defence", "defense", "foreign", "interior", "health", "energy", "emergency", "general",
        "staff", "armed", "forces", "force", "air", "agency", "navy", "command", "intelligence",
    };

    // Words that may follow a body's name: a verb it is the subject of, a preposition or conjunction, its spokesperson.
    private static readonly HashSet<string> BodyFollowers = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "did", "does",
        "also", "and", "or", "in", "on", "at", "of", "to", "for", "from", "with", "by", "as", "that", "which", "who", "spokesman",
        "spokeswoman", "spokesperson", "spokespeople", "statement", "told", "struck", "hit", "shot", "wrote", "posted", "began",
    };

    private static readonly HashSet<string> ParticiplePrepositions = new(StringComparer.Ordinal) { "by", "in", "from", "to", "at", "on", "near", "after" };

    private static readonly HashSet<string> OrgNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "office", "authority", "authorities", "administration", "council", "committee", "service", "government", "police", "embassy",
    };

    private static readonly HashSet<string> NotOwners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "By", "But", "And", "As", "It", "Its", "Their", "His", "Her", "Our", "This", "That",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "According", "Meanwhile", "Separately",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };

    private static readonly HashSet<string> Introducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "another", "one", "two", "three", "four", "five", "several", "second", "third", "fourth", "other",
    };

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "who", "whom", "whose", "which", "that" };

    private static readonly HashSet<string> KnowledgeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "seen", "saw", "read", "briefed", "informed", "attended", "knows", "know", "knew", "involved", "familiar", "present", "witnessed", "part",
        "participated",
    };

    private static readonly HashSet<string> NotParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "briefing", "building", "during", "wing", "king", "ring", "thing", "evening", "morning", "bring", "Beijing", "intelligence",
        "ceasefire-monitoring", "spring", "string", "sibling", "offspring", "shooting", "fighting", "opening", "meeting", "landing",
    };

    private static readonly HashSet<string> RegionNouns = new(StringComparer.Ordinal) { "region", "province", "oblast", "district", "governorate", "area" };

    private static readonly Dictionary<string, string[]> HomeSeats = new(StringComparer.Ordinal)
    {
        ["US"] = ["Washington"],
        ["U.S."] = ["Washington"],
        ["American"] = ["Washington"],
        ["White"] = ["Washington"],
        ["European"] = ["Brussels"],
        ["EU"] = ["Brussels"],
        ["NATO"] = ["Brussels"],
        ["Russian"] = ["Moscow"],
        ["Kremlin"] = ["Moscow"],
        ["Ukrainian"] = ["Kyiv", "Kiev"],
        ["British"] = ["London"],
        ["UK"] = ["London"],
        ["U.K."] = ["London"],
        ["French"] = ["Paris"],
        ["German"] = ["Berlin"],
        ["Israeli"] = ["Jerusalem", "Tel Aviv"],
        ["Qatari"] = ["Doha"],
        ["Egyptian"] = ["Cairo"],
        ["Turkish"] = ["Ankara"],
        ["Saudi"] = ["Riyadh"],
        ["Emirati"] = ["Abu Dhabi"],
        ["Iranian"] = ["Tehran"],
        ["Chinese"] = ["Beijing"],
        ["Indian"] = ["New Delhi", "Delhi"],
        ["Pakistani"] = ["Islamabad"],
        ["Thai"] = ["Bangkok"],
        ["Cambodian"] = ["Phnom Penh"],
        ["Polish"] = ["Warsaw"],
        ["Italian"] = ["Rome"],
        ["Japanese"] = ["Tokyo"],
        ["Congolese"] = ["Kinshasa"],
        ["Rwandan"] = ["Kigali"],
        ["Lebanese"] = ["Beirut"],
        ["Syrian"] = ["Damascus"],
        ["Jordanian"] = ["Amman"],
        ["Belarusian"] = ["Minsk"],
    };

    private static readonly HashSet<string> PersonHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "source", "official", "diplomat", "officer", "commander", "soldier", "resident", "negotiator", "envoy", "spokesman",
        "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "analyst", "expert", "person", "insider", "mediator",
    };

    [GeneratedRegex(@"(?m)^[ \t]*(?<label>[A-Z][a-z]{2,15})(?:[ \t]+[a-z]+(?:[ \t]+[A-Z][\w\u2019'-]*)?)?:", RegexOptions.CultureInvariant)]
    private static partial Regex LineLabel();

    [GeneratedRegex(@"\G[ \t]+(?<word>[a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FollowingWord();

    [GeneratedRegex(@"^[a-z]{3,}ed$", RegexOptions.CultureInvariant)]
    private static partial Regex PastTense();

    [GeneratedRegex(@"\s+(?:(?:late|early)\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|in\s+a\s+statement|overnight|on\s+Telegram)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingOccasion();

    [GeneratedRegex(@"^(?:[A-Z]\.)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^[a-z]{3,}ly$", RegexOptions.CultureInvariant)]
    private static partial Regex LyAdverb();

    [GeneratedRegex(@"^(?:al|el|ad|as|ash|ar)-\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicArticleName();

    [GeneratedRegex(@"^\d[\d,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^[a-z]{2,}ing$", RegexOptions.CultureInvariant)]
    private static partial Regex Participle();

    [GeneratedRegex(@"\G\s+of(?:\s+the)?(?:\s+[A-Z][\w\u2019'-]*){1,4}", RegexOptions.CultureInvariant)]
    private static partial Regex OfTail();

    [GeneratedRegex(@"\G\s+(?:close\s+to|familiar\s+with)\s+(?:the\s+)?(?:[A-Z][\w\u2019'.-]*|[a-z]+)(?:\s+[A-Z][\w\u2019'.-]*){0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex Knowledge();
}
