using Truce.Claims.Places;

namespace Truce.Claims.Attribution;

/// <summary>
/// The speakers of one article in order of appearance, resolving later short names ("Peskov"),
/// pronouns ("he") and short descriptions ("the ministry", "the governor") to the speaker first
/// introduced in full. It decides who speaks, not the form of their name: that is <see cref="SpeakerNaming"/>'s alone.
/// Not thread-safe; one per article.
/// </summary>
public sealed partial class SpeakerRegistry
{
    private readonly List<Speaker> _people = [];
    private readonly List<Speaker> _organisations = [];
    private Speaker? _lastPerson;
    private Speaker? _lastOrganisation;
    private Speaker? _lastHuman;
    private Speaker? _lastSpeaker;
    private readonly List<Speaker> _descriptions = [];
    private readonly List<Speaker> _recentHumans = [];
    private readonly Dictionary<Speaker, int> _peopleKnownAt = [];
    private readonly Dictionary<Speaker, int> _touchedAt = [];
    private readonly Dictionary<string, Speaker> _aliases = new(StringComparer.Ordinal);
    private int _clock;

    public IEnumerable<Speaker> People => _people;

    /// <summary>The organisations named so far, in order of appearance.</summary>
    public IEnumerable<Speaker> Organisations => _organisations;

    /// <summary>The speaker last introduced, resolved or referred to, if any.</summary>
    public Speaker? Latest => _lastSpeaker;

    /// <summary>
    /// Records a person introduced in the narration ("Russian President Vladimir Putin met …"); returns the known person a
    /// mention (<see cref="SpeakerPhrase.Mention"/>) refers to, or the person a sentence's subject
    /// (<see cref="SpeakerPhrase.Subject"/>) introduces, or null.
    /// </summary>
    public Speaker? Introduce(SpeakerPhrase phrase)
    {
        if (phrase.Mention && phrase.Form == SpeakerForm.Organisation)
        {
            Know(phrase.Name);
        }
        else if (phrase.Mention)
        {
            // "Zelensky met Trump on Monday. "…," he said": a listed figure's surname alone, with nobody of that name known
            // yet, introduces them as the full name would.
            return Mention(phrase)
                ?? (phrase.Form == SpeakerForm.Name && !phrase.Name.Contains(' ', StringComparison.Ordinal) && PublicFigures.Find(phrase.Name) is not null
                    ? Resolve(phrase with { Mention = false }).Speaker
                    : null);
        }
        else if (phrase.Form is SpeakerForm.Name or SpeakerForm.Organisation or SpeakerForm.Description)
        {
            var introduced = Resolve(phrase).Speaker;
            return phrase.Subject ? introduced : null;
        }

        return null;
    }

    /// <summary>
    /// Records that <paramref name="alias"/> (a call sign or nickname, "Lys") names <paramref name="speaker"/>, so a later
    /// "Lys said" is the speaker as first introduced.
    /// </summary>
    public void Alias(string alias, Speaker speaker)
    {
        if (_aliases.TryAdd(alias, speaker))
        {
            speaker.CallSign ??= alias;
        }
    }

    /// <summary>The call signs and nicknames known so far, each with the speaker it names.</summary>
    public IReadOnlyDictionary<string, Speaker> Aliases => _aliases;

    // A later reference to a person already known ("Zelensky", "the Ukrainian president") makes them the latest person
    // spoken of; a reference to nobody known changes nothing.
    private Speaker? Mention(SpeakerPhrase phrase)
    {
        var words = phrase.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var person = phrase.Form == SpeakerForm.Name
            ? _people.LastOrDefault(p => p.NameWords.Count > 1 && SameName(p.NameWords[^1], words[^1]) && (words.Length == 1 || SpeakerParser.Honorifics.Contains(words[0])))
                ?? _people.LastOrDefault(p => p.Name == phrase.Name)
            : phrase.Name.Split(' ').Length <= 3 ? Holder(phrase.Name) : null;
        if (person is not null)
        {
            Touch(person);
        }

        return person;
    }

    /// <summary>Makes <paramref name="speaker"/> again the one a following pronoun means.</summary>
    public void Keep(Speaker speaker)
    {
        if (speaker.Form == SpeakerForm.Description)
        {
            TouchDescription(speaker);
        }
        else
        {
            Touch(speaker);
        }
    }

    /// <summary>
    /// A person introduced after a description that could not be resolved when it was read
    /// ("…, the regional governor said." before "Oleh Syniehubov, the governor of …").
    /// </summary>
    public Speaker? Later(Speaker description)
    {
        if (description.NameWords.Count > 3 || description.NameWords.Any(w => w.EndsWith('s')))
        {
            return null;
        }

        // Only someone named after the description was read, with every capitalised modifier in their role: "a Downing
        // Street spokesperson" is not the "Kremlin spokesperson" named paragraphs before.
        var head = description.NameWords[^1];
        var known = _peopleKnownAt.GetValueOrDefault(description);
        return _people.Skip(known).FirstOrDefault(p => p.Role is not null && p.Role.Split(' ').Any(w => w.Equals(head, StringComparison.OrdinalIgnoreCase))
            && description.NameWords.Take(description.NameWords.Count - 1).Where(w => char.IsUpper(w[0]))
                .All(m => p.Role.Split(' ').Any(w => Bare(w).Equals(Bare(m), StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>
    /// The person the article names, before or after, who is a listed public figure with exactly the role a description
    /// gives ("the head of the Russian delegation" is Vladimir Medinsky when he is named), or null. Only roles of two words
    /// or more: a bare "the president" is left to the article's own titles.
    /// </summary>
    public Speaker? ListedHolderOf(Speaker description, bool definite)
    {
        if (description.NameWords.Count < 2)
        {
            return null;
        }

        // "the Russian foreign policy adviser", introduced with "the", refers back to the one named: the listed Russian figure
        // whose role is "foreign policy adviser", or "aide". A senior official, even "the" official, may be anyone the article
        // keeps anonymous, and "a source close to the Kremlin" is no Kremlin office.
        var fitsByOffice = definite && RoleNouns.HeadOf(description.NameWords).Noun != "official"
            && HeadNoun(description.NameWords).Equals(description.NameWords[^1], StringComparison.OrdinalIgnoreCase);
        var holders = _people.Where(p => PublicFigures.Find(p.Name) is { } figure
            && figure.Roles.Any(r => r.Equals(description.Name, StringComparison.OrdinalIgnoreCase) || (fitsByOffice && HoldsRole(r, description.Name, country: figure.Country)))).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>The speaker <paramref name="phrase"/> refers to, and the word resolved, if any.</summary>
    /// <param name="phrase">The words that name the speaker.</param>
    /// <param name="holds">Whether a person whose role fits a description may be the one it means here (a regional governor must
    /// govern the region the sentence is about); null when any may.</param>
    public (Speaker? Speaker, string? ResolvedFrom) Resolve(SpeakerPhrase phrase, Func<Speaker, bool>? holds = null)
    {
        if (phrase.Form != SpeakerForm.Name && SpeakerParser.IsInstrument(phrase.Name))
        {
            // ""We will not sign," the statement said": a statement, post or video speaks for whoever last issued words.
            return _lastSpeaker is { } issuer ? (issuer, "the " + phrase.Name) : (null, null);
        }

        switch (phrase.Form)
        {
            case SpeakerForm.Pronoun:
                {
                    var pronoun = phrase.Name.ToLowerInvariant();
                    // "it" stands for a body, never a person: a byline's reporter or a minister named in passing is not what "it said" means.
                    var target = pronoun is "he" or "she" ? Human(pronoun) ?? _lastHuman ?? _lastPerson : pronoun == "it" ? _lastOrganisation : _lastOrganisation ?? _lastPerson;
                    if (target is not null)
                    {
                        Touch(target);
                    }

                    return (target, target is null ? null : pronoun);
                }

            case SpeakerForm.Name:
                return ResolveName(phrase);

            case SpeakerForm.Organisation:
                {
                    var phraseWords = phrase.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    // "His office issued a statement": the possessive is capitalised only because it opens the sentence.
                    var possessor = phraseWords[0].ToLowerInvariant();
                    if (phraseWords.Length is 2 or 3 && possessor is "his" or "her" && (Human(possessor == "his" ? "he" : "she") ?? _lastPerson) is { Form: SpeakerForm.Name } owner)
                    {
                        // ""…," his office said": the office of the person "he" means, named as the person's ("Benjamin Netanyahu's
                        // office"), the same body each time.
                        var ownedName = owner.Name + "'s " + string.Join(' ', phraseWords[1..]);
                        var owned = _organisations.FirstOrDefault(o => o.Name == ownedName) ?? new Speaker(ownedName, null, SpeakerForm.Organisation);
                        if (!_organisations.Contains(owned))
                        {
                            _organisations.Add(owned);
                        }

                        Touch(owned);
                        return (owned, phrase.Name);
                    }

                    if (_lastOrganisation is { Form: SpeakerForm.Organisation } recent && recent.NameWords.Count > phraseWords.Length && char.IsUpper(phrase.Name[0])
                        && recent.NameWords.TakeLast(phraseWords.Length).SequenceEqual(phraseWords, StringComparer.OrdinalIgnoreCase))
                    {
                        // "According to the General Staff" right after "Ukraine's General Staff" spoke: the short form means the
                        // body just quoted, even when another one of that name was mentioned in passing before.
                        Touch(recent);
                        return (recent, phrase.Name);
                    }

                    var existing = _organisations.FirstOrDefault(o => o.Name.Equals(phrase.Name, StringComparison.OrdinalIgnoreCase));
                    if (existing is not null)
                    {
                        Touch(existing);
                        return (existing, null);
                    }

                    if (Earlier(phrase.Name) is { } fuller)
                    {
                        Touch(fuller);
                        return (fuller, phrase.Name);
                    }

                    // "the Russian ministry" after "Russia's Defence Ministry" or "the Russian Defence Ministry": the nation's adjective
                    // and the head noun of a body named before. A nation's army is a body of its own name ("the Thai army" is kept
                    // beside "the Royal Thai Army"); a ministry, agency or office needs the name that says which one.
                    if (phraseWords.Length == 2 && char.IsLower(phraseWords[1][0]) && char.IsUpper(phraseWords[0][0])
                        && _organisations.LastOrDefault(o => o.NameWords.Any(w => w.Equals(phraseWords[1], StringComparison.OrdinalIgnoreCase))
                            && o.NameWords.Any(w => (w.Equals(phraseWords[0], StringComparison.Ordinal) && phraseWords[1] is "ministry" or "agency" or "department" or "office" or "service")
                                || (BodyNationOf(phraseWords[0]) is { } nation && Bare(w).Equals(nation, StringComparison.OrdinalIgnoreCase)))) is { } national)
                    {
                        Touch(national);
                        return (national, "the " + phrase.Name);
                    }

                    // "the ministry" after "the Russian Defense Ministry".
                    if (phrase.Name.Split(' ').Length <= 2 && char.IsLower(phrase.Name[0]))
                    {
                        var head = phrase.Name.Split(' ')[^1];
                        var earlier = _organisations.LastOrDefault(o => o.NameWords.Any(w => w.Equals(head, StringComparison.OrdinalIgnoreCase)));
                        if (earlier is not null)
                        {
                            Touch(earlier);
                            return (earlier, "the " + phrase.Name);
                        }
                    }

                    if (!phrase.Indefinite && phrase.Name.Split(' ') is [var kindOf, "group" or "movement" or "militia"]
                        && kindOf is "terrorist" or "militant" or "armed" or "rebel" or "Islamist" or "Palestinian" or "paramilitary"
                        && _organisations.Where(o => char.IsUpper(o.Name[0]) && !o.NameWords.Any(StateBodyWords.Contains)).MaxBy(o => _touchedAt.GetValueOrDefault(o)) is { } armed)
                    {
                        // "The terrorist group accused Israel of …" after Hamas spoke, "the paramilitary group said" after the RSF
                        // was named: the armed group last spoken of, not a state's army, in the words of whoever describes it.
                        Touch(armed);
                        return (armed, "the " + phrase.Name);
                    }

                    // "the company", "the agency" right after a named one ("Ukrenergo", "IAEA") refer back to it; "the group" means
                    // the armed group or movement last named, however many words its name has ("the Saraya Battalions").
                    if (phrase.Name.Split(' ').Length == 1 && char.IsLower(phrase.Name[0]) && _lastOrganisation is { Form: SpeakerForm.Organisation } named
                        && (named.NameWords.Count == 1 || phrase.Name is "group" or "movement" or "militia") && char.IsUpper(named.Name[0]))
                    {
                        Touch(named);
                        return (named, "the " + phrase.Name);
                    }

                    if (phrase.Name is "group" or "movement" or "militia" && _lastOrganisation is null && _lastPerson?.Role is { } role
                        && role.Split(' ') is [var body, ..] && body.Length > 1 && char.IsUpper(body[0]) && !body.EndsWith("'s", StringComparison.Ordinal)
                        && !SpeakerParser.IsNationality(body) && !SpeakerParser.IsRoleWord(body))
                    {
                        // "Hamas official Bassem Naim said … "…," the group said": with no body named before, the group is the one
                        // the person just quoted speaks for, as their role names it. (A nationality, "Iranian", "Israeli", is no body.)
                        var member = _organisations.FirstOrDefault(o => o.Name == body) ?? new Speaker(body, null, SpeakerForm.Organisation);
                        if (!_organisations.Contains(member))
                        {
                            _organisations.Add(member);
                        }

                        Touch(member);
                        return (member, "the " + phrase.Name);
                    }

                    var organisation = new Speaker(phrase.Name, phrase.Role, SpeakerForm.Organisation);
                    _organisations.Add(organisation);
                    Touch(organisation);
                    return (organisation, null);
                }

            default:
                {
                    if (ClassNouns.ContainsKey(phrase.Name) && Earlier(phrase.Name) is { } named)
                    {
                        Touch(named);
                        return (named, "the " + phrase.Name);
                    }

                    // "the governor" after "Oleh Syniehubov, the governor of the Kharkiv region".
                    var head = phrase.Name.Split(' ')[^1];

                    // "the sources" after "sources familiar with the talks", "officials" after "Ukrainian officials"; but
                    // "regional officials" names other people than "Ukrainian officials" did.
                    var phraseWords = phrase.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var earlierDescription = _descriptions.LastOrDefault(d => phraseWords.All(w => d.NameWords.Contains(w, StringComparer.OrdinalIgnoreCase))
                        && (HeadNoun(d.NameWords).Equals(head, StringComparison.OrdinalIgnoreCase) || phraseWords.Length == 1)
                        && (d.Name == phrase.Name || (!phrase.Indefinite && (phrase.Definite || phraseWords.Length > 1 || !head.EndsWith('s')))));
                    // "A senior EU diplomat said …" after "the EU's top diplomat, Kaja Kallas": an indefinite description is someone the
                    // article will not name, never a named holder of the role.
                    if (phrase.Name.Split(' ').Length <= 3 && !phrase.Indefinite)
                    {
                        // "the official" after "Hamas official Hossam Badran" and then "an Egyptian official": the one of the
                        // two spoken of last.
                        var person = Holder(phrase.Name, holds);
                        if (person is not null && (earlierDescription is null || earlierDescription.Name == phrase.Name
                            || _touchedAt.GetValueOrDefault(person) > _touchedAt.GetValueOrDefault(earlierDescription)))
                        {
                            Touch(person);
                            return (person, "the " + phrase.Name);
                        }
                    }
                    if (earlierDescription is null && phrase.Definite && phrase.Name == "official" && OfficialSpokenOfLast() is { } official)
                    {
                        Touch(official);
                        return (official, "the " + phrase.Name);
                    }

                    if (earlierDescription is not null && earlierDescription.Name != phrase.Name)
                    {
                        TouchDescription(earlierDescription);
                        return (earlierDescription, "the " + phrase.Name);
                    }

                    if (AgeOnly().IsMatch(phrase.Name) && _lastHuman is { Form: SpeakerForm.Name } aged)
                    {
                        // "…," the 58-year-old told reporters": an age alone stands for the person just spoken of.
                        Touch(aged);
                        return (aged, "the " + phrase.Name);
                    }

                    var description = earlierDescription ?? new Speaker(phrase.Name, null, SpeakerForm.Description);
                    if (earlierDescription is null)
                    {
                        _descriptions.Add(description);
                        _peopleKnownAt[description] = _people.Count;
                    }

                    TouchDescription(description);
                    return (description, null);
                }
        }
    }

    /// <summary>
    /// Records that the article named <paramref name="name"/> in full, anywhere before it first wrote <paramref name="acronym"/>
    /// ("Coastal Defence Brigade" before "CDB"), so the acronym as a speaker means that body; it makes no body known otherwise.
    /// </summary>
    public void Spelled(string acronym, string name) => _spelledNames.TryAdd(acronym, name);

    private readonly Dictionary<string, string> _spelledNames = new(StringComparer.Ordinal);

    /// <summary>
    /// Records an organisation named in the narration ("the head of the International Atomic Energy Agency, …") so a
    /// later acronym or short form resolves to it, without making it the one a following "it" means.
    /// </summary>
    public void Know(string organisation)
    {
        // "the Coordination Headquarters" in passing after "the Coordination Headquarters for the Treatment of Prisoners of
        // War": a short form of a body already named in full is that body again, not a second one a later "the headquarters"
        // would mean.
        if (!_organisations.Any(o => o.Name.Equals(organisation, StringComparison.OrdinalIgnoreCase)) && Earlier(organisation) is null)
        {
            _organisations.Add(new Speaker(organisation, null, SpeakerForm.Organisation));
        }
    }

    // What a report calls an organisation already named in full, and the words of names it fits ("the think tank" is the
    // "Institute for the Study of War"; "the agency" the "International Atomic Energy Agency").
    private static readonly Dictionary<string, string[]> ClassNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["think tank"] = ["Institute", "Center", "Centre", "Council", "Foundation", "Studies"],
        ["agency"] = ["Agency"],
        ["watchdog"] = ["Agency", "Organisation", "Organization", "Commission", "Monitor", "Observatory"],
        ["institute"] = ["Institute"],
        ["organisation"] = ["Organisation", "Organization"],
        ["organization"] = ["Organisation", "Organization"],
        ["monitor"] = ["Monitor", "Observatory"],
        ["office"] = ["Office"],

        // "the military", "the army" after "the Israel Defense Forces" or "Ukraine's Armed Forces".
        ["military"] = ["Forces", "Army", "Military"],
        // "The army said" after "Israel's military said …": the same body. (A "military" after "the Israeli army" is left to the
        // naming of the article's own "Israeli military".)
        ["army"] = ["Forces", "Army", "Military", "military"],
    };

    // The organisation first named in full that a shorter form refers to: an acronym of its capitalised words ("IAEA"),
    // its last words ("General Staff" for "Ukraine's General Staff"), or a class noun ("the think tank") for the latest one named.
    private Speaker? Earlier(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && name.Length is >= 2 and <= 8 && name.All(c => char.IsUpper(c) || c == '-'))
        {
            // "ISPR" for "Inter-Services Public Relations", "ISI" for "Inter-Services Intelligence": each part of a hyphenated
            // word may give its own initial.
            var spelled = _organisations.LastOrDefault(o => o.NameWords.Count > 1 && Spells(o.NameWords, name));
            if (spelled is null && _spelledNames.TryGetValue(name, out var fullName))
            {
                // "the CDB said" after a drone "launched by the Coastal Defence Brigade": the body named in full in passing.
                spelled = new Speaker(fullName, null, SpeakerForm.Organisation);
                _organisations.Add(spelled);
            }

            return spelled;
        }

        if (words.Length <= 3 && words.All(w => char.IsUpper(w[0])) && words.Length >= 1)
        {
            var match = _organisations.LastOrDefault(o => o.NameWords.Count > words.Length
                && o.NameWords.TakeLast(words.Length).Zip(words).All(pair => pair.First.Equals(pair.Second, StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }
        }

        if (words.Length is 2 or 3 && words.All(w => char.IsUpper(w[0])))
        {
            // "the Coordination Headquarters reported" after "the Coordination Headquarters for the Treatment of Prisoners of
            // War": the name cut before its "for …" or "of …" is the body named in full.
            var leading = _organisations.LastOrDefault(o => o.NameWords.Count > words.Length + 1 && o.NameWords[words.Length] is "for" or "of"
                && o.NameWords.Take(words.Length).SequenceEqual(words, StringComparer.OrdinalIgnoreCase));
            if (leading is not null)
            {
                return leading;
            }
        }

        if (ClassNouns.TryGetValue(name, out var heads))
        {
            return _organisations.LastOrDefault(o => o.NameWords.Count > 1 && char.IsUpper(o.Name[0]) && o.NameWords.Any(w => heads.Contains(w, StringComparer.Ordinal)));
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="acronym"/> is made of the initials of <paramref name="nameWords"/>: its capitalised words
    /// ("IAEA"), each part of a hyphenated word ("ISPR" for "Inter-Services Public Relations"), or with the initial of a short
    /// joining word too ("UNIFIL" for the "United Nations Interim Force in Lebanon").
    /// </summary>
    internal static bool Spells(IReadOnlyList<string> nameWords, string acronym)
    {
        var letters = acronym.Replace("-", "", StringComparison.Ordinal);
        foreach (var letter in letters)
        {
            // Every spelling below is made of capitals: a word with any other letter ("Zelensky") spells no name.
            if (!char.IsUpper(letter))
            {
                return false;
            }
        }

        // Every spelling below takes at most one letter from each word or each hyphenated part of one.
        var parts = 0;
        foreach (var word in nameWords)
        {
            parts += word.AsSpan().Count('-') + 1;
        }

        if (letters.Length > parts)
        {
            return false;
        }

        return Initials(nameWords).Equals(letters, StringComparison.Ordinal)
            || Initials(nameWords.SelectMany(w => w.Split('-'))).Equals(letters, StringComparison.Ordinal)
            || string.Concat(nameWords.Select(w => JoiningWords.Contains(w) ? char.ToUpperInvariant(w[0]).ToString() : Initials([w]))).Equals(letters, StringComparison.Ordinal);
    }

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "in", "of", "for", "and", "on" };

    private static string Initials(Speaker organisation) => Initials(organisation.NameWords);

    private static string Initials(IEnumerable<string> nameWords) =>
        string.Concat(nameWords.Where(w => w.Length > 0 && char.IsUpper(w[0]) && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("\u2019s", StringComparison.Ordinal)).Select(w => w[0]));

    private (Speaker, string?) ResolveName(SpeakerPhrase phrase)
    {
        if (_aliases.TryGetValue(phrase.Name, out var aliased))
        {
            // "Kosa said" for "the deputy commander, who goes by the call sign "Kosa"": a described person stays a person.
            if (aliased.Form == SpeakerForm.Description)
            {
                TouchDescription(aliased);
            }
            else
            {
                Touch(aliased);
            }

            return (aliased, phrase.Name);
        }

        var words = phrase.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && phrase.Name.All(char.IsUpper) && !_people.Any(p => p.Name == phrase.Name) && Earlier(phrase.Name) is { } body)
        {
            // "LP also states …" read as a name: an acronym of a body named in full before is that body.
            Touch(body);
            return (body, phrase.Name);
        }

        var same = _people.FirstOrDefault(p => p.Name == phrase.Name)
            ?? _people.FirstOrDefault(p => p.NameWords.Count == words.Length && p.NameWords.Zip(words).All(pair => SameName(pair.First, pair.Second)))
            ?? _people.FirstOrDefault(p => p.NameWords.Count == words.Length && words.Length > 1 && p.NameWords[^1] == words[^1]
                && p.NameWords.SkipLast(1).Zip(words.SkipLast(1)).All(pair => SameGivenName(pair.First, pair.Second)))
            ?? (words.Length > 1 ? _people.FirstOrDefault(p => p.NameWords.Count > words.Length && p.NameWords.TakeLast(words.Length).SequenceEqual(words)) : null);
        if (same is not null)
        {
            same.Role ??= phrase.Role;
            Touch(same);
            return (same, null);
        }

        var honorific = words.Length == 2 && SpeakerParser.Honorifics.Contains(words[0]);
        if (words.Length == 1 || honorific)
        {
            var word = words[^1];
            var earlier = _people.LastOrDefault(p => p.NameWords.Count > 1 && (SameName(p.NameWords[^1], word) || p.NameWords[0] == word));
            if (earlier is not null)
            {
                earlier.Role ??= phrase.Role;
                Touch(earlier);
                return (earlier, phrase.Name);
            }
        }

        // "Trump and Putin end summit" (a headline) and then "President Donald Trump": the surname met first was this person.
        // Which name the statements carry is the naming stage's decision (the full name the article gives).
        var surnameOnly = words.Length > 1 && !honorific
            ? _people.LastOrDefault(p => p.NameWords.Count == 1 && p.CallSign is null && SameName(p.NameWords[0], words[^1]))
            : null;
        if (surnameOnly is not null)
        {
            surnameOnly.Role ??= phrase.Role;
            Touch(surnameOnly);
            return (surnameOnly, null);
        }

        var person = new Speaker(honorific ? words[1] : phrase.Name, phrase.Role, SpeakerForm.Name);
        _people.Add(person);
        Touch(person);
        return (person, null);
    }

    private static string Bare(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    // One name in the transliterations wire services differ on: "Zelenskyy", "Zelensky", "Zelenskiy"; "Syrskyi", "Syrsky".
    private static bool SameName(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        // "Abdel Fattah al-Sisi" and then "Sisi": copy drops the Arabic article of a surname named again.
        if (SpeakerParser.WithoutArabicArticle(a) is var bareA && SpeakerParser.WithoutArabicArticle(b) is var bareB && (bareA != a || bareB != b))
        {
            return SameName(bareA, bareB);
        }

        var stemA = a.ToLowerInvariant().TrimEnd('y', 'i');
        var stemB = b.ToLowerInvariant().TrimEnd('y', 'i');
        return stemA.Length >= 5 && stemA == stemB;
    }

    // "Yury Ushakov" and "Yuri Ushakov", "Andriy" and "Andrii": with the surname the same, a given name spelt with a final
    // "y" or "i" is one name however short.
    private static bool SameGivenName(string a, string b) =>
        SameName(a, b) || (a.Length >= 4 && b.Length >= 4 && a.ToLowerInvariant().TrimEnd('y', 'i') == b.ToLowerInvariant().TrimEnd('y', 'i'));

    // "Russian" is "Russia's", "Ukrainian" is "Ukraine's", "Israeli" is "Israel's": the country of a nation's adjective, from
    // the regular endings ("-ian", "-an", "-i") and a list of the irregular ones; null for a word that is no such adjective.
    private static string? NationOf(string adjective)
    {
        if (IrregularNations.TryGetValue(adjective, out var irregular))
        {
            return irregular;
        }

        if (adjective.Length < 5 || !char.IsUpper(adjective[0]))
        {
            return null;
        }

        return adjective switch
        {
            _ when adjective.EndsWith("ainian", StringComparison.Ordinal) => adjective[..^3] + "e",
            _ when adjective.EndsWith("ian", StringComparison.Ordinal) || adjective.EndsWith("an", StringComparison.Ordinal) => adjective[..^1],
            _ when adjective.EndsWith('i') => adjective[..^1],
            _ => null,
        };
    }

    // The nations whose bodies a nation's adjective and head noun ("the Russian ministry") may name back: those that speak most
    // in this reporting.
    private static string? BodyNationOf(string adjective) => adjective switch
    {
        "Russian" => "Russia",
        "Ukrainian" => "Ukraine",
        "Israeli" => "Israel",
        "Turkish" => "Turkey",
        "Polish" => "Poland",
        "French" => "France",
        "German" => "Germany",
        "British" => "Britain",
        _ => null,
    };

    private static readonly Dictionary<string, string> IrregularNations = new(StringComparer.Ordinal)
    {
        ["Turkish"] = "Turkey",
        ["Polish"] = "Poland",
        ["French"] = "France",
        ["German"] = "Germany",
        ["British"] = "Britain",
        ["Finnish"] = "Finland",
        ["Danish"] = "Denmark",
        ["Swedish"] = "Sweden",
        ["Norwegian"] = "Norway",
        ["Dutch"] = "Netherlands",
        ["Spanish"] = "Spain",
        ["Irish"] = "Ireland",
        ["Swiss"] = "Switzerland",
        ["Chinese"] = "China",
        ["Japanese"] = "Japan",
        ["Lebanese"] = "Lebanon",
        ["Sudanese"] = "Sudan",
        ["Congolese"] = "Congo",
        ["Thai"] = "Thailand",
        ["Egyptian"] = "Egypt",
        ["Saudi"] = "Saudi Arabia",
        ["Emirati"] = "United Arab Emirates",
        ["Greek"] = "Greece",
        ["Belarusian"] = "Belarus",
    };

    // A seat of government used as the nation's adjective: "the Kremlin leader" is the Russian president.
    private static readonly Dictionary<string, string> Seats = new(StringComparer.OrdinalIgnoreCase) { ["Kremlin"] = "Russian" };

    private static readonly HashSet<string> LeaderTitles = new(StringComparer.OrdinalIgnoreCase) { "president", "prime", "premier", "chancellor", "leader", "king" };

    // "the governor" is "the governor of the Kharkiv region"; "the Russian leader" is "Russian President Vladimir Putin":
    // the head noun (a head of state or government for "leader") and every capitalised modifier ("Russian", "U.S.") are in the role.
    // The person holding the role a description names: one whose role says so in full, else one whose role
    // names no nation at all ("President Volodymyr Zelensky" is "the Ukrainian president" when no other is).
    // A public figure the article named without a role is found by the roles the press gives them (PublicFigures), before a
    // loose match on another person's title: "Emmanuel Macron said … the French president added" is Macron, not the
    // "President Donald Trump" named earlier.
    // Of two holders of one role ("Kremlin spokesman Dmitry Peskov", "foreign ministry spokesman Heorhii Tykhyi"), "the
    // spokesman" is the one spoken of last, as wire copy alternates between them.
    private Speaker? Holder(string description, Func<Speaker, bool>? holds = null) =>
        _people.Where(p => p.Role is not null && HoldsRole(p.Role, description) && (holds is null || holds(p))).MaxBy(p => _touchedAt.GetValueOrDefault(p))
        ?? ListedHolder(description, holds)
        ?? _people.LastOrDefault(p => p.Role is not null && HoldsRole(p.Role, description, strict: false) && (holds is null || holds(p))
            && (PublicFigures.Find(p.Name) is not { } figure || figure.Roles.Any(r => HoldsRole(r, description, strict: false))));

    // "The official further said …" after "Kremlin spokesman Dmitry Peskov said …", with no one the article called an official:
    // the named person who spoke last, when a title the article or the press gives them is an appointed post.
    private Speaker? OfficialSpokenOfLast() =>
        _lastHuman is { Form: SpeakerForm.Name } person && ReferenceEquals(person, _lastSpeaker)
            && (person.Role is { } role && RoleNouns.Fits(role.Split(' ').Select(Bare).ToList(), "official") == true
                || PublicFigures.Find(person.Name) is { } figure && figure.Roles.Any(r => RoleNouns.Fits(r.Split(' '), "official") == true))
            ? person
            : null;

    // Among listed figures the article has named, the one spoken of last whose press roles fit the description in full.
    // A nation's adjective in the description fits a listed figure of that nation: "the Russian foreign policy adviser" is the
    // figure listed for Russia as "foreign policy adviser".
    private Speaker? ListedHolder(string description, Func<Speaker, bool>? holds) =>
        _people.Where(p => PublicFigures.Find(p.Name) is { } figure && figure.Roles.Any(r => HoldsRole(r, description, country: figure.Country)) && (holds is null || p.Role is null || holds(p)))
            .MaxBy(p => _touchedAt.GetValueOrDefault(p));

    // "drone operator in an artillery battalion of the National Guard" is an operator: the noun before the first preposition
    // heads a description that says where its holder serves; without one, the last noun does.
    private static string HeadNoun(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] is "of" or "in" or "with" or "at" or "for" or "from")
            {
                return words[i - 1];
            }
        }

        return words[^1];
    }

    // Words that name a state's own bodies, which copy never calls "the terrorist group" or "the paramilitary group".
    private static readonly HashSet<string> StateBodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "army", "military", "ministry", "government", "police", "navy", "staff", "Kremlin", "office", "council", "presidency",
    };

    private static bool HoldsRole(string role, string description, bool strict = true, string? country = null)
    {
        var roleWords = role.Split(' ').Select(Bare).ToList();
        var words = description.Split(' ').Select(Bare).ToList();
        var head = words[^1];
        if (words.Contains("former", StringComparer.OrdinalIgnoreCase) && !roleWords.Contains("former", StringComparer.OrdinalIgnoreCase))
        {
            // "a former Moldovan president" is not the president in office.
            return false;
        }

        // "the press secretary" is the "Kremlin spokesman", "the head of state" the "President": the office a head noun names,
        // in whatever words the title gave it; other nouns match the title word for word.
        var (noun, length) = RoleNouns.HeadOf(words);
        var hasHead = RoleNouns.Fits(roleWords, noun) ?? (roleWords.Any(w => w.Equals(head, StringComparison.OrdinalIgnoreCase))
            || (head.Equals("leader", StringComparison.OrdinalIgnoreCase) && roleWords.Any(LeaderTitles.Contains)));
        var modifiers = words[..^length].Where(w => w.Length > 0 && char.IsUpper(w[0])).ToList();
        if (noun == "official" && modifiers.Count == 0 && !roleWords.Contains("official", StringComparer.OrdinalIgnoreCase))
        {
            // A bare "the official" is the one the article called an official; "the Kremlin official" may be its spokesman.
            return false;
        }

        if (!strict)
        {
            return hasHead && modifiers.Count > 0
                && roleWords.All(w => !char.IsUpper(w[0]) || LeaderTitles.Contains(w) || w is "Minister" || w.Equals(head, StringComparison.OrdinalIgnoreCase));
        }

        // "the Latvian foreign minister" is "Latvia's foreign minister": a nation's adjective matches its country in the role.
        return hasHead && modifiers
            .All(m => roleWords.Any(w => w.Equals(m, StringComparison.OrdinalIgnoreCase) || w.Equals(Seats.GetValueOrDefault(m), StringComparison.OrdinalIgnoreCase)
                || w.Equals(NationOf(m), StringComparison.Ordinal)) || (country is not null && CountryCodeOf(Seats.GetValueOrDefault(m) ?? m) == country)
                || SpellsOut(m, roleWords));
    }

    // "ISPR" in "the ISPR DG" is "Inter-Services Public Relations" in the title: an acronym spelled by the initials of the
    // title's capitalised words, hyphenated parts each counted.
    private static bool SpellsOut(string acronym, IReadOnlyList<string> roleWords)
    {
        if (acronym.Length is < 2 or > 8 || !acronym.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var initials = string.Concat(roleWords.SelectMany(w => w.Split('-')).Where(p => p.Length > 0 && char.IsUpper(p[0])).Select(p => p[0]));
        return initials.Contains(acronym, StringComparison.Ordinal);
    }

    // "Russian" → "RU": the ISO code of the country a nation's adjective names, or null.
    private static string? CountryCodeOf(string adjective) =>
        NationOf(adjective) is { } nation ? Gazetteer.Default.Lookup(nation).FirstOrDefault(c => c.Entry.Kind == PlaceKind.Country)?.Entry.Country : null;

    // "she" after "Larysa Melnyk …, her neighbour Ihor Savchuk said …" is Melnyk: among the last few people
    // spoken of, the latest whose first name does not say the other gender.
    private Speaker? Human(string pronoun)
    {
        var wanted = pronoun == "she" ? PersonGender.Female : PersonGender.Male;
        for (var i = _recentHumans.Count - 1; i >= Math.Max(0, _recentHumans.Count - 3); i--)
        {
            var gender = PersonGenders.Of(_recentHumans[i]);
            if (gender == wanted || gender == PersonGender.Unknown)
            {
                return _recentHumans[i];
            }
        }

        return null;
    }

    private void Remember(Speaker human)
    {
        _recentHumans.Remove(human);
        _recentHumans.Add(human);
    }

    private void TouchDescription(Speaker description)
    {
        _lastSpeaker = description;
        _touchedAt[description] = ++_clock;
        // A singular role ("the commander", "a senior diplomat") can be "he" or "she"; plurals are "they".
        // The head noun says whether a role is one person: "the brigade's deputy commander", "a commander of two battalions" are
        // "he" or "she"; "provincial officials in Cambodia", "sources familiar with the talks" are "they".
        var words = description.NameWords;
        var connector = words.ToList().FindIndex(1, w => w is "of" or "in" or "at" or "from" or "with" or "for" or "familiar" or "close" or "on" or "who");
        var head = connector > 0 ? words[connector - 1] : words[^1];
        var plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal) && !head.EndsWith("\u2019s", StringComparison.Ordinal);
        // "Russia's Ministry of Defence": a capitalised head is an institution, "it".
        if (words[0] is "a" or "an" || (!plural && !char.IsUpper(head[0])))
        {
            _lastHuman = description;
            Remember(description);
        }
        else
        {
            _lastOrganisation = description;
        }
    }

    private void Touch(Speaker speaker)
    {
        _lastSpeaker = speaker;
        _touchedAt[speaker] = ++_clock;
        if (speaker.Form == SpeakerForm.Name)
        {
            _lastPerson = speaker;
            _lastHuman = speaker;
            Remember(speaker);
        }
        else
        {
            _lastOrganisation = speaker;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}-year-old$")]
    private static partial System.Text.RegularExpressions.Regex AgeOnly();
}
