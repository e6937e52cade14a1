using System.Text.RegularExpressions;

namespace Truce.Claims.Text;

/// <summary>
/// Estimates how deep a page nests its elements, in one linear pass before parsing: the HTML parser and the
/// page analysis both walk the open elements or an element's ancestors, so a page nested thousands deep (a
/// corrupted or generated file) takes minutes. Counts start tags minus end tags, ignoring void elements,
/// elements whose end tag HTML lets a writer omit (p, li, td …), comments, and the contents of script and style.
/// </summary>
internal static partial class HtmlNesting
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp",
        "html", "head", "body",
    };

    /// <summary>The largest number of elements open at once, by the count above; an upper bound for well-formed markup.</summary>
    public static int MaxDepth(string html)
    {
        int depth = 0, max = 0;
        for (var tag = Tag().Match(html); tag.Success; tag = tag.NextMatch())
        {
            if (!tag.Groups["name"].Success || tag.Value.EndsWith("/>", StringComparison.Ordinal)
                || NotNesting.Contains(tag.Groups["name"].Value))
            {
                continue;
            }

            depth = tag.Groups["close"].Success ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }

        return max;
    }

    // [^<>] rather than [^>]: a '<' never closed by '>' must not make every later '<' rescan the rest of the file.
    [GeneratedRegex(@"<!--.*?(?:-->|\z)|<(?<raw>script|style)\b.*?(?:</\k<raw>\s*>|\z)|<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)\b[^<>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
