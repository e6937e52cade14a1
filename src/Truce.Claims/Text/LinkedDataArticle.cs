using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Truce.Claims.Text;

/// <summary>
/// Reads the schema.org NewsArticle that many sites embed as JSON-LD: pages rendered by script
/// carry their text there even when the saved markup holds none of it, and paywalled pages carry
/// the whole story there while the markup holds a teaser.
/// </summary>
internal static partial class LinkedDataArticle
{
    /// <summary>Share of the markup's text the JSON-LD body must also hold to be taken as the fuller copy of the same story.</summary>
    private const double CoveredShare = 0.8;

    /// <summary>
    /// Letters and digits a JSON-LD paragraph needs to count as prose the markup lacks: fewer is an agency's name or a
    /// sign-off ("Reuters", "— AFP"); a dateline and a short sentence ("KYIV (AP) — We will not give up.") is a paragraph.
    /// </summary>
    private const int MinimumExtraKey = 8;

    /// <summary>
    /// The headline and the paragraphs of the first JSON-LD object with a string <c>articleBody</c> (in a script of type
    /// application/ld+json, at the top, in an array or in <c>@graph</c>), or null when there is none. Markup inside the
    /// body is read as HTML and character references are decoded; furniture lines and opening time stamps are dropped
    /// as in the page itself. Malformed JSON is ignored.
    /// </summary>
    public static (string Headline, List<string> Paragraphs)? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type")?.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) != true)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Find(json.RootElement) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Sites ship broken JSON-LD often enough; such a block simply holds no article.
            }
        }

        return null;
    }

    /// <summary>
    /// True when the JSON-LD paragraphs should replace the markup's: they are more than twice as long (the markup holds
    /// a stub, or nothing but a loading notice), or they hold nearly all of the markup's text and prose the markup lacks
    /// (the markup is a teaser cut by a paywall). When both are the whole story the markup is kept, so nothing is doubled.
    /// Compared as whole words of letters and digits, so quotes, dashes, spacing and references written differently still
    /// match, while a paragraph ending "held the line" is not found in one that says "held the lines".
    /// </summary>
    public static bool Completes(List<string> linked, List<string> markup)
    {
        var linkedLength = linked.Sum(p => p.Length);
        var markupLength = markup.Sum(p => p.Length);
        if (linkedLength > 2 * markupLength)
        {
            return true;
        }

        if (linkedLength <= markupLength)
        {
            return false;
        }

        var linkedKey = ' ' + Words(string.Join(' ', linked)) + ' ';
        var markupKeys = markup.Select(Words).ToList();
        var covered = markupKeys.Where(k => HoldsWords(linkedKey, k)).Sum(k => k.Length);
        if (covered < CoveredShare * markupKeys.Sum(k => k.Length))
        {
            return false;
        }

        var markupKey = ' ' + string.Join(' ', markupKeys) + ' ';
        return linked.Select(Words).Any(k => k.Count(char.IsLetterOrDigit) >= MinimumExtraKey && !HoldsWords(markupKey, k));
    }

    /// <summary>
    /// The words of <paramref name="text"/>, lower-cased, one space apart: runs of letters and digits, read through the
    /// combining marks and invisible format characters (a soft hyphen) set inside them; anything else separates words.
    /// </summary>
    private static string Words(string text)
    {
        var key = new StringBuilder(text.Length);
        var separated = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (separated && key.Length > 0)
                {
                    key.Append(' ');
                }

                separated = false;
                key.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Format))
            {
                separated = true;
            }
        }

        return key.ToString();
    }

    // The run's words appear as whole words, in order, in words set between spaces: "the line" is not in " the lines ".
    private static bool HoldsWords(string spacedWords, string run) =>
        run.Length > 0 && spacedWords.Contains(' ' + run + ' ', StringComparison.Ordinal);

    private static (string Headline, List<string> Paragraphs)? Find(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String)
                {
                    var headline = element.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String ? Collapse(WebUtility.HtmlDecode(h.GetString()!)) : "";
                    var paragraphs = Paragraphs(body.GetString()!).Where(p => p != headline).ToList();
                    return paragraphs.Count == 0 ? null : (headline, paragraphs);
                }

                return element.TryGetProperty("@graph", out var graph) ? Find(graph) : null;
            default:
                return null;
        }
    }

    // Most sites write the body as plain text with a line break between paragraphs; some put the page's own markup there.
    private static IEnumerable<string> Paragraphs(string body)
    {
        IEnumerable<string> lines = Markup().IsMatch(body)
            ? BlockCollector.Collect(new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + body).Body!).Select(b => b.Text)
            : body.Split('\n').Select(line => Collapse(line.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(line) : line));
        return lines
            .Select(BoilerplateText.WithoutLeadingStamp)
            .Where(p => p.Length > 0 && !BoilerplateText.IsBoilerplate(p));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
