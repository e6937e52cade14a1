using AngleSharp.Dom;

namespace Truce.Claims.Text;

/// <summary>
/// One paragraph-like run of text on a page: a &lt;p&gt;, a heading, a list item, a &lt;div&gt; holding
/// only inline content, or a stretch of text between two &lt;br&gt;&lt;br&gt; breaks.
/// </summary>
/// <param name="Text">Whitespace-collapsed text.</param>
/// <param name="LinkCharacters">Non-space characters of <paramref name="Text"/> that sit inside links.</param>
/// <param name="Characters">Non-space characters of <paramref name="Text"/>.</param>
/// <param name="Owner">The nearest block-level element holding the text.</param>
/// <param name="WholeOwner">True when the text is the owner's whole content (a paragraph element), or one of its runs
/// split only at a stray "&lt;/p&gt;"; false when the owner mixes text runs with other blocks or splits them with
/// &lt;br&gt;&lt;br&gt;.</param>
/// <param name="HeadingLevel">1–6 for h1–h6, 0 otherwise.</param>
internal sealed record ContentBlock(string Text, int LinkCharacters, int Characters, IElement Owner, bool WholeOwner, int HeadingLevel)
{
    /// <summary>Share of the text inside links, 0–1.</summary>
    public double LinkDensity => Characters == 0 ? 0 : LinkCharacters / (double)Characters;

    /// <summary>
    /// The element whose content this block counts towards when containers are scored. A quotation
    /// is part of the text around it, so a &lt;blockquote&gt; passes its weight on: a long quote must
    /// not become the article body and cut away the paragraphs that introduce it.
    /// </summary>
    public IElement ScoreTarget
    {
        get
        {
            var target = WholeOwner ? Owner.ParentElement ?? Owner : Owner;
            while (target.LocalName == "blockquote" && target.ParentElement is { } outer)
            {
                target = outer;
            }

            return target;
        }
    }

    /// <summary>
    /// How much article prose the block holds: its non-link characters, full weight when it reads
    /// like sentences (punctuation), a quarter when it does not, nothing for short or link-heavy text.
    /// </summary>
    public double ProseWeight
    {
        get
        {
            var plain = Characters - LinkCharacters;
            if (HeadingLevel > 0 || plain < 25 || LinkDensity > 0.5)
            {
                return 0;
            }

            var punctuation = 0;
            foreach (var c in Text)
            {
                if (c is ',' or '.' or '!' or '?' or ';' or '“' or '”' or '"')
                {
                    punctuation++;
                }
            }

            return punctuation == 0 ? plain / 4.0 : plain * (1 + Math.Min(punctuation, 10) / 20.0);
        }
    }
}
