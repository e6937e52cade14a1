namespace Truce.Claims.Attribution;

/// <summary>
/// The closed class of English prepositions that wire copy uses. A phrase a preposition opens ("Aboard Air Force One",
/// "Ahead of the talks", "in Port Sudan") is an adverbial or the object of that preposition: it never holds the subject
/// of a speech verb, whatever capitalised words it contains.
/// </summary>
internal static class Prepositions
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "aboard", "about", "above", "across", "after", "against", "ahead", "along", "alongside", "amid", "amidst", "among",
        "amongst", "around", "at", "atop", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
        "despite", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "outside",
        "over", "past", "per", "since", "through", "throughout", "to", "toward", "towards", "under", "unlike", "until", "upon",
        "via", "with", "within", "without",
    };

    /// <summary>True when <paramref name="word"/> (any case) is a preposition.</summary>
    public static bool IsPreposition(string word) => Words.Contains(word);
}
