using System.Text.RegularExpressions;

namespace Truce.Claims.Text;

/// <summary>
/// A dateline run into the lead in the forms real copy leaves once a page is flattened: an agency credit and a dash with no
/// space after it ("MOSCOW (Reuters) -The …"), a city and a date whose dash was lost ("Sanaa, May 23 Yemen's …"), and a
/// bracketed credit carrying the date ("Beirut, (APP - … 6th Apr, 2025) Lebanon's …"). The "CITY (AP) — " form with spaced
/// dashes is read where the sentence patterns are.
/// </summary>
public static partial class RunInDateline
{
    /// <summary>The length of the run-in dateline opening <paramref name="text"/> at <paramref name="start"/>, or 0.</summary>
    public static int Length(string text, int start, int length) =>
        Pattern().Match(text, start, length) is { Success: true } dateline ? dateline.Length : 0;

    [GeneratedRegex(@"\G\s*\p{Lu}[\p{L}.'\u2019 -]{1,30}?(?:,\s*\p{Lu}[\p{L}.'\u2019 ]{1,30}?)?(?:\s*\([^()]{2,40}\)\s*[-\u2013\u2014]{1,2}\s*(?=\p{Lu})|,?\s*\([^()]{0,60}\d{4}\)\s+(?=\p{Lu})|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?\s+\d{1,2}\s+(?=\p{Lu}))")]
    private static partial Regex Pattern();
}
