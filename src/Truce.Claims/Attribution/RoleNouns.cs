namespace Truce.Claims.Attribution;

/// <summary>
/// The office a role noun names, so a later description fits a title given in other words: "the press secretary" is the
/// "Kremlin spokesman", "the head of state" the "President", "the Kremlin official" any Kremlin office holder. Which person
/// holds the office comes from the title or appositive the article gave them, never from a list of people.
/// </summary>
internal static class RoleNouns
{
    // Nouns of several words that head a description as one: "the press secretary" is no "secretary" of state, "the head of
    // state" no "Secretary of State". Longest first.
    private static readonly string[][] Compounds =
    [
        ["head", "of", "state"],
        ["head", "of", "government"],
        ["secretary", "of", "state"],
        ["press", "secretary"],
        ["top", "diplomat"],
        ["foreign", "minister"],
        ["prime", "minister"],
    ];

    // The words a title may use for each office a description names.
    private static readonly Dictionary<string, string[]> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["press secretary"] = ["spokesman", "spokeswoman", "spokesperson", "press secretary"],
        ["head of state"] = ["president", "head of state", "king", "emir"],
        ["head of government"] = ["prime minister", "premier", "chancellor", "taoiseach", "head of government"],
        ["top diplomat"] = ["foreign minister", "minister of foreign affairs", "secretary of state", "foreign secretary", "top diplomat"],
        ["foreign minister"] = ["foreign minister", "minister of foreign affairs", "foreign secretary"],
        ["prime minister"] = ["prime minister", "premier"],
        ["secretary of state"] = ["secretary of state"],

        // "The ISPR DG said": Pakistani and Indian copy abbreviates a director general.
        ["dg"] = ["director general", "director-general", "dg"],

        // "the military spokesperson" is the "military spokesman", but a spokeswoman is not the spokesman.
        ["spokesperson"] = ["spokesperson", "spokesman", "spokeswoman"],
        ["spokesman"] = ["spokesman", "spokesperson"],
        ["spokeswoman"] = ["spokeswoman", "spokesperson"],
    };

    // Offices an "official" holds: appointed posts, not the head of a state or government, whom copy never calls "the official"
    // (nor a "chief", which copy makes of a president: "the Kremlin chief").
    private static readonly string[] OfficialPosts =
    [
        "spokesman", "spokeswoman", "spokesperson", "press secretary", "secretary", "minister", "aide", "adviser", "advisor", "envoy",
        "negotiator", "ambassador", "director", "governor", "commissioner", "deputy", "official", "representative",
    ];

    /// <summary>
    /// The noun that heads <paramref name="description"/> (lower case, a compound as one: "press secretary") and how many of its
    /// last words it takes.
    /// </summary>
    public static (string Noun, int Length) HeadOf(IReadOnlyList<string> description)
    {
        foreach (var compound in Compounds)
        {
            if (description.Count >= compound.Length
                && description.Skip(description.Count - compound.Length).Zip(compound).All(p => p.First.Equals(p.Second, StringComparison.OrdinalIgnoreCase)))
            {
                return (string.Join(' ', compound), compound.Length);
            }
        }

        return (description[^1].ToLowerInvariant(), 1);
    }

    /// <summary>
    /// Whether a title of <paramref name="role"/>'s words names the office <paramref name="noun"/> names; null when the noun is
    /// none these classes know, for the caller to match it word for word.
    /// </summary>
    public static bool? Fits(IReadOnlyList<string> role, string noun)
    {
        var title = " " + string.Join(' ', role.Select(w => w.ToLowerInvariant())) + " ";
        if (noun == "official")
        {
            return OfficialPosts.Any(post => Holds(title, post))
                && !Offices["head of state"].Concat(Offices["head of government"]).Any(office => Holds(title, office));
        }

        return Offices.TryGetValue(noun, out var offices) ? offices.Any(office => Holds(title, office)) : null;
    }

    // "President" is in "Russian President" but not in "Vice President"; "minister of foreign affairs" is read whole.
    private static bool Holds(string title, string office)
    {
        var at = title.IndexOf(" " + office + " ", StringComparison.Ordinal);
        return at >= 0 && !title[..(at + 1)].EndsWith(" vice ", StringComparison.Ordinal);
    }
}
