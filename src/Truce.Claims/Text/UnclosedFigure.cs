using AngleSharp.Dom;

namespace Truce.Claims.Text;

/// <summary>
/// Recognises a &lt;figure&gt; whose end tag was lost. The parser closes a figure only at its own end tag, so a figure left
/// open runs on to its container's end tag (or the end of the page): it is the last thing its container holds, and the
/// paragraphs the writer put after it sit inside it, after its caption. Browsers show them as ordinary text of the page.
/// </summary>
internal static class UnclosedFigure
{
    /// <summary>Visible characters after the caption from which they are a paragraph rather than a photo credit.</summary>
    private const int ParagraphCharacters = 25;

    /// <summary>
    /// True for a figure that ends its container and holds, after its caption, a paragraph's worth of visible text: a
    /// figure closed where the writer closed it holds an image or embed with its caption first or last, and a pull quote
    /// before its caption.
    /// </summary>
    public static bool Matches(IElement element)
    {
        if (element.LocalName != "figure" || element.NextElementSibling is not null || element.QuerySelector("figcaption") is not { } caption)
        {
            return false;
        }

        var characters = 0;
        foreach (var text in element.Descendants<IText>())
        {
            if (!caption.CompareDocumentPosition(text).HasFlag(DocumentPositions.Following)
                || caption.Contains(text)
                || text.ParentElement?.Closest("script, style, noscript, template, figcaption") is { } unseen && element.Contains(unseen))
            {
                continue;
            }

            foreach (var c in text.Data)
            {
                if (!char.IsWhiteSpace(c) && ++characters >= ParagraphCharacters)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
