using System.Text.RegularExpressions;

namespace Truce.Claims.Text;

/// <summary>
/// A paragraph of prose that a flattened page closes with furniture after its last full stop: an agency or photo credit
/// ("… each other. / AA", "… with the envoy. REUTERS", "… in the city. (AFP)") or a sharing button ("… soon." Share). Such a
/// paragraph ends its prose where the sentence ends, so it is no title for want of closing punctuation.
/// </summary>
public static partial class TrailingCredit
{
    /// <summary>True when <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> is a sentence
    /// closed by punctuation and followed by no more than a credit of one or two words.</summary>
    public static bool Follows(string text, int start, int end) => Pattern().Match(text, start, end - start).Success;

    [GeneratedRegex(@"^(?:\S+\s+){5}[^\n]*?[.!?][""\u201D\u2019]?\s+(?:[/|]\s*)?(?:\p{Lu}[\p{L}&.-]*|\(\p{Lu}[\p{L}.]*\))(?:\s+\p{Lu}[\p{L}&.-]*)?$")]
    private static partial Regex Pattern();
}
