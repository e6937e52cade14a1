using System.Text;
using AngleSharp.Dom;

namespace Truce.Claims.Text;

/// <summary>
/// Walks a page in document order and cuts its visible text into <see cref="ContentBlock"/>s: each
/// block-level element closes the text before it, and two or more &lt;br&gt; in a row end a paragraph,
/// so &lt;div&gt;-based paragraphs and &lt;br&gt;&lt;br&gt;-separated text come out as paragraphs.
/// Elements that never hold article prose (scripts, figures, forms, hidden elements) are skipped whole, but for a figure
/// left open, which holds the paragraphs after it (<see cref="UnclosedFigure"/>): only its caption and media are skipped.
/// Navigation, headers, footers and asides are collected like the rest: a page whose header was left
/// unclosed holds its article inside it, so <see cref="HtmlArticle"/> sets them aside only when they
/// do not hold the article.
/// </summary>
internal sealed class BlockCollector
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "form", "iframe", "svg", "button",
        "template", "figure", "figcaption", "picture", "video", "audio", "select", "input", "textarea",
        "dialog", "object", "embed", "canvas", "map", "head", "title", "meta", "link", "img", "source", "math",
    };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins",
        "label", "nobr", "strike", "tt", "big",
    };

    private readonly List<ContentBlock> blocks = [];
    private readonly HashSet<int> runsEndingAtStrayEnds = [];
    private readonly StringBuilder text = new();
    private int characters;
    private int linkCharacters;
    private int linkDepth;
    private int pendingBreaks;
    private bool pendingSpace;
    private IElement? current;

    private BlockCollector()
    {
    }

    /// <summary>The blocks under <paramref name="root"/>, in document order.</summary>
    public static List<ContentBlock> Collect(IElement root)
    {
        var collector = new BlockCollector();
        collector.VisitBlock(root);
        return collector.blocks;
    }

    private void VisitBlock(IElement element)
    {
        var outer = current;
        if (outer is not null)
        {
            // Text before a nested block is a run of the enclosing element.
            Flush(outer, wholeOwner: false);
        }

        current = element;
        var before = blocks.Count;
        VisitChildren(element);
        var whole = OnlyRunsSplitAtStrayEnds(element, before);
        Flush(element, whole);
        if (whole)
        {
            for (var i = before; i < blocks.Count; i++)
            {
                blocks[i] = blocks[i] with { WholeOwner = true };
            }
        }

        current = outer;
    }

    // Blocks added since index from, if any, are all runs of the element cut at a stray </p>: the element is still a paragraph.
    private bool OnlyRunsSplitAtStrayEnds(IElement element, int from)
    {
        for (var i = from; i < blocks.Count; i++)
        {
            if (blocks[i].Owner != element || !runsEndingAtStrayEnds.Contains(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for the empty &lt;p&gt; the parser makes of a "&lt;/p&gt;" with no paragraph open. A browser shows it as a line
    /// break and nothing else: the text on either side stays the enclosing element's own, in two runs, and a paragraph cut
    /// so is no more a box of paragraphs than it was before the stray end tag.
    /// </summary>
    private static bool IsStrayParagraphEnd(IElement element) =>
        element.LocalName == "p" && element.Attributes.Length == 0 && !element.HasChildNodes;

    private void SplitAtStrayEnd()
    {
        if (current is null || text.Length == 0)
        {
            return;
        }

        runsEndingAtStrayEnds.Add(blocks.Count);
        Flush(current, wholeOwner: false);
    }

    private void VisitChildren(INode parent) => VisitSiblingsFrom(parent.FirstChild);

    private void VisitSiblingsFrom(INode? first)
    {
        for (var child = first; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case IText textNode:
                    Append(textNode.Data);
                    break;
                case IElement element:
                    VisitElement(element);
                    break;
            }
        }
    }

    /// <summary>True for an element that flows inside a line of text rather than starting a block.</summary>
    public static bool IsInline(string name) => Inline.Contains(name);

    private void VisitElement(IElement element)
    {
        var name = element.LocalName;
        if (name == "figcaption" && UnclosedFigure.FirstParagraphLeftIn(element) is { } leftIn)
        {
            // The caption's own words stay unread; the paragraphs it swallowed are the article's.
            VisitSiblingsFrom(leftIn);
            return;
        }

        if ((Skipped.Contains(name) && !UnclosedFigure.Matches(element)) || IsHidden(element) || ElementNames.HasBoilerplateRole(element))
        {
            return;
        }

        if (name == "br")
        {
            pendingBreaks++;
            pendingSpace = true;
            return;
        }

        if (IsStrayParagraphEnd(element))
        {
            SplitAtStrayEnd();
            return;
        }

        if (!Inline.Contains(name))
        {
            VisitBlock(element);
            return;
        }

        var link = name == "a" && !IsLeftOpen(element);
        if (link)
        {
            linkDepth++;
        }

        VisitChildren(element);
        if (link)
        {
            linkDepth--;
        }
    }

    /// <summary>Visible characters beyond which an anchor is more than a link a reader follows.</summary>
    private const int LongestLinkText = 150;

    // A link is a headline or a few words. An anchor running over a paragraph's worth of text is an <a> left unclosed,
    // which browsers carry on through the text after it, into the next paragraphs and around whole blocks: its text is
    // prose, not link text. A teaser card (an anchor wrapping a heading and a one-sentence summary) stays a link, so an
    // anchor holding blocks must also run over two sentences.
    private static bool IsLeftOpen(IElement anchor)
    {
        var text = anchor.TextContent;
        if (text.Length <= LongestLinkText)
        {
            return false;
        }

        int visible = 0, sentenceEnds = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            if (c is '.' or '!' or '?' && NextWordStartsASentence(text, i + 1))
            {
                sentenceEnds++;
            }
        }

        return visible > LongestLinkText
            && (sentenceEnds >= 2 || !anchor.Descendants<IElement>().Any(e => !Inline.Contains(e.LocalName)));
    }

    // After closing quotes and brackets, white space and then a capital letter or an opening quote.
    private static bool NextWordStartsASentence(string text, int i)
    {
        while (i < text.Length && text[i] is '"' or '\'' or '’' or '”' or ')')
        {
            i++;
        }

        var spaced = false;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            spaced = true;
            i++;
        }

        return spaced && i < text.Length && (char.IsUpper(text[i]) || text[i] is '“' or '‘' or '"');
    }

    // aria-hidden is not enough: a page saved with a dialog open marks the whole article aria-hidden.
    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || (element.GetAttribute("style") is { } style
            && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingBreaks >= 2)
            {
                FlushRun();
            }

            pendingBreaks = 0;
            if (pendingSpace && text.Length > 0)
            {
                text.Append(' ');
            }

            pendingSpace = false;
            text.Append(c);
            characters++;
            if (linkDepth > 0)
            {
                linkCharacters++;
            }
        }
    }

    // A run split off by <br><br> belongs to the element being walked, which then holds several runs.
    private void FlushRun()
    {
        if (current is not null)
        {
            Flush(current, wholeOwner: false);
        }
    }

    private void Flush(IElement owner, bool wholeOwner)
    {
        pendingBreaks = 0;
        pendingSpace = false;
        if (text.Length == 0)
        {
            return;
        }

        var heading = owner.LocalName is ['h', >= '1' and <= '6'] ? owner.LocalName[1] - '0' : 0;
        blocks.Add(new ContentBlock(text.ToString(), linkCharacters, characters, owner, wholeOwner, heading));
        text.Clear();
        characters = 0;
        linkCharacters = 0;
    }
}
