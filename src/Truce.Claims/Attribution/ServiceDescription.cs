namespace Truce.Claims.Attribution;

/// <summary>
/// Reads a person described by the post they hold and the unit or body they serve in, the way front-line features introduce
/// soldiers and officials they do not name: a role noun ("commander", "drone operator", "medic"), then of/in/with/at/for and
/// a chain of units or bodies ("of an assault company of the 95th Air Assault Brigade", "with the 3rd Assault Brigade",
/// "in the regional military administration"). The reading is structural: any number of modifiers and nested units is a
/// description, as long as the chain ends on a unit or body noun, so no word count decides it.
/// </summary>
internal static class ServiceDescription
{
    // Nouns for one person by the post or trade they hold, in the military and the bodies reporters quote.
    private static readonly HashSet<string> Posts = new(StringComparer.OrdinalIgnoreCase)
    {
        "commander", "deputy", "operator", "medic", "paramedic", "soldier", "officer", "fighter", "gunner", "pilot", "sniper",
        "sergeant", "scout", "spokesperson", "spokesman", "spokeswoman", "driver", "mechanic", "chaplain", "engineer", "instructor",
        "serviceman", "servicewoman", "infantryman", "paratrooper", "marine", "volunteer", "member", "veteran", "lieutenant",
        "captain", "major", "colonel", "corporal", "private", "chief", "head", "nurse", "doctor", "surgeon", "official", "analyst",
        "adviser", "advisor", "representative", "coordinator", "director", "leader", "signaller", "radioman",
    };

    // Nouns that end the name of a unit or a body a person serves in.
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "brigade", "brigades", "battalion", "battalions", "company", "regiment", "unit", "units", "corps", "forces", "force",
        "army", "division", "platoon", "squad", "squadron", "detachment", "guard", "service", "staff", "command", "navy", "police",
        "team", "group", "office", "department", "agency", "directorate", "headquarters", "administration", "ministry", "troops",
        "legion", "militia", "fleet", "garrison", "operation", "operations", "intelligence", "council", "mission", "committee",
    };

    // Words that end a noun phrase: a verb, a relative or a conjunction is another clause.
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "and", "or", "but", "said", "says", "told", "added", "is", "was", "were", "are",
        "had", "has", "have", "been", "will", "would", "could", "can", "not", "as", "when", "while", "where", "after", "before",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "in", "with", "at", "for" };

    /// <summary>True when <paramref name="word"/> is the head noun of a unit or body ("Brigade", "battalion", "Guard").</summary>
    public static bool IsUnit(string word) => Units.Contains(word);

    /// <summary>True when <paramref name="word"/> names a post a person holds ("commander", "medic", "spokesperson").</summary>
    public static bool IsPost(string word) => Posts.Contains(word);

    /// <summary>
    /// True when <paramref name="words"/> from <paramref name="connector"/> on is a chain of units or bodies that a person
    /// serves in: it opens with of/in/with/at/for, ends on a unit or body noun, and holds only determiners, numbers, modifiers,
    /// capitalised names and further connectors in between ("of an assault company of the 95th Air Assault Brigade").
    /// </summary>
    public static bool NamesUnit(IReadOnlyList<string> words, int connector)
    {
        if (connector < 0 || connector >= words.Count - 1 || !Connectors.Contains(words[connector]))
        {
            return false;
        }

        for (var i = connector + 1; i < words.Count; i++)
        {
            var word = words[i];
            if (Stops.Contains(word) || (i > connector + 1 && Connectors.Contains(words[i - 1]) && Connectors.Contains(word)))
            {
                return false;
            }
        }

        return Units.Contains(words[^1]) && !Connectors.Contains(words[^2]);
    }

    /// <summary>
    /// The name of a unit given with the body it belongs to ("7th Rapid Response Corps of Ukraine's Air Assault Forces",
    /// "Main Intelligence Directorate of the Defence Ministry") when <paramref name="words"/> (article removed) is a capitalised
    /// unit name, its number and all, then "of" and a chain <see cref="NamesUnit"/> accepts: the whole is one body's name.
    /// Null otherwise.
    /// </summary>
    public static string? ReadNestedUnit(IReadOnlyList<string> words)
    {
        var of = -1;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] == "of")
            {
                of = i;
                break;
            }
        }

        if (of < 1 || !IsUnit(words[of - 1]) || !char.IsUpper(words[of - 1][0]) || !NamesUnit(words, of) || !char.IsUpper(words[^1][0]))
        {
            return null;
        }

        for (var i = 0; i < of; i++)
        {
            if (!char.IsUpper(words[i][0]) && !char.IsAsciiDigit(words[i][0]))
            {
                return null;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The description in <paramref name="words"/> (article, number and age already removed) when it is a post held in a
    /// unit or body: modifiers, a post noun, then <see cref="NamesUnit"/>; null otherwise.
    /// </summary>
    public static string? Read(IReadOnlyList<string> words)
    {
        var connector = -1;
        for (var i = 1; i < words.Count; i++)
        {
            if (Connectors.Contains(words[i]))
            {
                connector = i;
                break;
            }
        }

        if (connector < 1 || !IsPost(words[connector - 1]) || !NamesUnit(words, connector))
        {
            return null;
        }

        for (var i = 0; i < connector - 1; i++)
        {
            if (Stops.Contains(words[i]) || !words[i].All(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '\u2019' or '.'))
            {
                return null;
            }
        }

        return string.Join(' ', words);
    }
}
