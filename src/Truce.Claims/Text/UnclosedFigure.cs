using AngleSharp.Dom;

namespace Truce.Claims.Text;

/// <summary>
/// Recognises a &lt;figure&gt; whose end tag was lost. The parser closes a figure only at its own end tag, so a figure left
/// open runs on to its container's end tag (or the end of the page): it is the last thing its container holds, and the
/// paragraphs the writer put after it sit inside it, after its caption. Browsers show them as ordinary text of the page.
/// A caption that lost its end tag too holds those paragraphs itself, after its own words.
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

        if (caption.NextElementSibling is null && FirstParagraphLeftIn(caption) is not null)
        {
            return true;
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

    /// <summary>
    /// For a caption that ends a figure left open and lost its own end tag, the first block the writer put after the caption:
    /// the caption's words are the text before its first block (or that block, when the caption has no text of its own),
    /// and the blocks after them hold a paragraph's worth of visible text. Null for a caption closed where the writer closed it.
    /// </summary>
    public static INode? FirstParagraphLeftIn(IElement caption)
    {
        if (caption.LocalName != "figcaption" || caption.NextElementSibling is not null
            || caption.ParentElement is not { LocalName: "figure" } figure || figure.NextElementSibling is not null)
        {
            return null;
        }

        INode? firstBlock = null;
        var ownWords = false;
        foreach (var child in caption.ChildNodes)
        {
            if (child is IElement element && !BlockCollector.IsInline(element.LocalName))
            {
                firstBlock = element;
                break;
            }

            ownWords |= !string.IsNullOrWhiteSpace(child.TextContent);
        }

        var after = ownWords ? firstBlock : firstBlock?.NextSibling;
        var characters = 0;
        for (var node = after; node is not null; node = node.NextSibling)
        {
            foreach (var c in node.TextContent)
            {
                if (!char.IsWhiteSpace(c) && ++characters >= ParagraphCharacters)
                {
                    return after;
                }
            }
        }

        return null;
    }
}
