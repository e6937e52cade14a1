using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Truce.Claims.Text;

/// <summary>
/// Extracts the article of a news page and nothing else: the headline, then the paragraphs of the
/// article body in order, separated by blank lines. Broken HTML is parsed leniently, as browsers do.
/// </summary>
/// <remarks>
/// The page is cut into paragraph-like blocks (<see cref="BlockCollector"/>). Blocks under elements
/// whose class, id or role names boilerplate (related, share, newsletter, advert, caption…) are set
/// aside. Each remaining block weighs its sentence-like, non-link text; the body is the deepest
/// element holding most of that weight, narrowed to an element named like a body ("article-body",
/// "RichText"…) when one holds at least half of it. Within the body, link-heavy blocks, furniture
/// ("Advertisement", "Read more: …", bylines, photo credits, timestamps) and headings that head no
/// kept paragraph are dropped.
/// </remarks>
public static class HtmlArticle
{
    /// <summary>Share of the page's prose weight the chosen body must hold.</summary>
    private const double BodyShare = 0.7;

    /// <summary>Share an element named like a body must hold to be preferred to the generic choice.</summary>
    private const double NamedBodyShare = 0.5;

    /// <summary>Text of the article: headline first, then one paragraph per block; "" when the page holds none.</summary>
    public static string ExtractText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var page = document.Body ?? document.DocumentElement;
        var blocks = BlockCollector.Collect(page);
        var headings = HeadlineCandidates(document);

        // Each block's text is judged as furniture up to three times (two weighings, the paragraph pass): once is enough.
        var furniture = new Dictionary<string, bool>(StringComparer.Ordinal);
        var kept = WithoutBoilerplateContainers(blocks, headings, page, furniture);
        var weights = ProseWeights(kept, furniture);
        var total = weights.GetValueOrDefault(page);
        var (body, named) = total > 0
            ? ChooseBody(weights, total, page)
            : (document.QuerySelector("article") ?? document.QuerySelector("main") ?? page, null);
        var roots = WithSplitSiblings(named ?? body, weights);
        var start = named ?? body;
        var namedAncestor = NamedAncestor(body, weights, total);
        var inBody = kept.Where(b => roots.Any(r => r.Contains(b.Owner))
            || (named is not null && IsLead(b, body, named))
            || (namedAncestor is not null && (EndsASentence(b.Text) || (!b.WholeOwner && b.Owner.Contains(start))) && IsLead(b, namedAncestor, start))).ToList();

        var headline = Headline(document, headings, body);
        var paragraphs = Paragraphs(inBody, roots, headline, furniture);
        if (LinkedDataArticle.Read(document) is { } linked && LinkedDataArticle.Completes(linked.Paragraphs, paragraphs))
        {
            // The markup holds a fraction of the story (rendered by script, or cut by a paywall).
            paragraphs = linked.Paragraphs;
            headline = headline.Length > 0 ? headline : linked.Headline;
        }

        if (paragraphs.Count == 0)
        {
            return "";
        }

        if (headline.Length > 0)
        {
            paragraphs.Insert(0, headline);
        }

        return string.Join("\n\n", paragraphs);
    }

    // A site logo set as an <h1> (inside a link, or in the page's own header) is a last resort.
    private static List<IElement> HeadlineCandidates(IDocument document)
    {
        var headings = document.QuerySelectorAll("h1")
            .Where(h => h.Closest("nav, footer, aside, script, noscript, template") is null && VisibleText(h).Length > 0)
            .ToList();
        var logos = headings.Where(IsLogo).ToList();
        return [.. headings.Except(logos), .. logos];
    }

    // A figure left open is named for the picture it opens with ("image", "photo"), not for the paragraphs the parser moved
    // into it; its caption and media are still skipped (BlockCollector).
    private static List<ContentBlock> WithoutBoilerplateContainers(List<ContentBlock> blocks, List<IElement> headings, IElement page, Dictionary<string, bool> furniture)
    {
        var weights = ProseWeights(blocks, furniture);
        var total = weights.GetValueOrDefault(page);
        var verdicts = new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
        var kept = new List<ContentBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var boilerplate = false;
            for (var element = block.Owner; element is not null && !boilerplate; element = element.ParentElement)
            {
                if (!verdicts.TryGetValue(element, out var verdict))
                {
                    verdict = Landmarks.Contains(element.LocalName)
                        ? !LandmarkHoldsTheArticle(element, weights, total)
                        : ElementNames.LooksLikeBoilerplate(element) && !UnclosedFigure.Matches(element) && !HoldsTheArticle(element, weights, total, headings);
                    verdicts[element] = verdict;
                }

                boilerplate = verdict;
            }

            if (!boilerplate)
            {
                kept.Add(block);
            }
        }

        return kept;
    }

    private static readonly HashSet<string> Landmarks = new(StringComparer.Ordinal) { "nav", "header", "footer", "aside" };

    // Navigation, headers, footers and asides are furniture, unless one holds most of the prose with an <h1>, <article> or
    // <main> element: a header, nav or aside left unclosed runs on over the whole article, and a browser shows it.
    private static bool LandmarkHoldsTheArticle(IElement element, Dictionary<IElement, double> weights, double total) =>
        total > 0
        && weights.GetValueOrDefault(element) >= 0.5 * total
        && element.QuerySelector("h1, article, main") is not null;

    // A wrapper named "has-sidebar" or "comments-enabled", or a body inside a "paywall" box, may
    // still hold the article: keep it when it holds most of the prose, unless it is a comments or
    // related-stories area that does not hold the headline or the <article>/<main> element.
    private static bool HoldsTheArticle(IElement element, Dictionary<IElement, double> weights, double total, List<IElement> headings) =>
        total > 0
        && weights.GetValueOrDefault(element) >= 0.5 * total
        && (headings.Any(element.Contains)
            || element.QuerySelector("article, main") is not null
            || !ElementNames.LooksLikeDiscussionOrRecirculation(element));

    /// <summary>
    /// Prose weight of every element: the sum of the weights of the blocks it holds. Furniture text ("Subscribe to continue
    /// reading", "Advertisement", a byline) weighs nothing, or a paywall notice under a one-line teaser would be the body.
    /// </summary>
    private static Dictionary<IElement, double> ProseWeights(List<ContentBlock> blocks, Dictionary<string, bool> furniture)
    {
        var weights = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            var weight = block.ProseWeight;
            if (weight <= 0 || IsBoilerplate(block.Text, furniture))
            {
                continue;
            }

            for (IElement? element = block.ScoreTarget; element is not null; element = element.ParentElement)
            {
                weights[element] = weights.GetValueOrDefault(element) + weight;
            }
        }

        return weights;
    }

    /// <summary>
    /// The deepest element holding most of the prose, and inside it, when there is one, the deepest
    /// element named like a body that holds at least half of it.
    /// </summary>
    private static (IElement Body, IElement? Named) ChooseBody(Dictionary<IElement, double> weights, double total, IElement page)
    {
        // Elements holding more than half the weight are nested in one another: take the deepest.
        var body = Deepest(weights.Where(w => w.Value >= BodyShare * total && !IsFormatting(w.Key)).Select(w => w.Key)) ?? page;
        var named = Deepest(weights
            .Where(w => w.Value >= NamedBodyShare * total && w.Key != body && body.Contains(w.Key) && ElementNames.LooksLikeBody(w.Key))
            .Select(w => w.Key));
        return (body, named);
    }

    // Sites set the opening paragraph, dateline and all, apart from the named body ("article-lead"
    // before "article-body"); prose before the named body is kept, what follows it (author notes,
    // unnamed teasers) is not.
    // The same holds when the generic body sits inside an element the site named as the body: a stray <table> or
    // block opened mid-paragraph moves the rest of the story into a box of its own, which becomes the generic body,
    // and the sentences before the box are still the story's: a paragraph ending a sentence, or the run of the paragraph
    // the box was opened in (a standfirst or byline set before the body is neither).
    private static bool IsLead(ContentBlock block, IElement area, IElement end) =>
        block.ProseWeight > 0
        && area.Contains(block.Owner)
        && !end.Contains(block.Owner)
        && block.Owner.CompareDocumentPosition(end).HasFlag(DocumentPositions.Following);

    // Junk a broken page renders after the last sentence (the "-->" of a comment that was never opened) ends no prose.
    private static bool EndsASentence(string text) => text.TrimEnd(TrailingJunk) is { Length: > 0 } prose && prose[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '»';

    private static readonly char[] TrailingJunk = [' ', '-', '>', '<', '&', '|', '*'];

    /// <summary>
    /// The outermost proper ancestor of <paramref name="body"/> named like a body and holding the body's share of the prose,
    /// or null: sites nest boxes named like bodies ("story" around "story-text"), and the outermost holds the lead.
    /// </summary>
    private static IElement? NamedAncestor(IElement body, Dictionary<IElement, double> weights, double total)
    {
        IElement? outermost = null;
        for (var element = body.ParentElement; element is not null; element = element.ParentElement)
        {
            if (weights.GetValueOrDefault(element) >= BodyShare * total && ElementNames.LooksLikeBody(element))
            {
                outermost = element;
            }
        }

        return outermost;
    }

    // An <em> or <b> left open (in the headline, say) is reopened by the parser around every block after it, and where its
    // end tag finally comes the parser moves the blocks between into one such element: it may then hold most of the
    // article but not the paragraphs before it, which a browser shows as the same article. The HTML Standard's formatting
    // elements ("the list of active formatting elements") therefore never stand for the body; a block ancestor does.
    private static readonly HashSet<string> FormattingElements = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    private static bool IsFormatting(IElement element) => FormattingElements.Contains(element.LocalName);

    private static IElement? Deepest(IEnumerable<IElement> nested)
    {
        IElement? deepest = null;
        var deepestDepth = -1;
        foreach (var element in nested)
        {
            var depth = 0;
            for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            {
                depth++;
            }

            if (depth > deepestDepth)
            {
                deepest = element;
                deepestDepth = depth;
            }
        }

        return deepest;
    }

    // Bodies split into sibling sections of one class ("StoryBodyCompanionColumn", "paywall" parts)
    // around adverts: the chosen section brings its like-named siblings that hold prose too.
    private static List<IElement> WithSplitSiblings(IElement body, Dictionary<IElement, double> weights)
    {
        var roots = new List<IElement> { body };
        var className = body.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(className) || body.ParentElement is not { } parent)
        {
            return roots;
        }

        roots.Clear();
        foreach (var sibling in parent.Children)
        {
            if (sibling == body
                || (sibling.LocalName == body.LocalName && sibling.GetAttribute("class") == className && weights.GetValueOrDefault(sibling) > 0))
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private static bool IsBoilerplate(string text, Dictionary<string, bool> furniture)
    {
        if (!furniture.TryGetValue(text, out var verdict))
        {
            verdict = BoilerplateText.IsBoilerplate(text);
            furniture[text] = verdict;
        }

        return verdict;
    }

    /// <summary>Words from which a block is a paragraph of the article rather than a byline, a date or a kicker.</summary>
    private const int ParagraphWords = 8;

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<string> Paragraphs(List<ContentBlock> blocks, List<IElement> roots, string headline, Dictionary<string, bool> furniture)
    {
        var teaserCards = TeaserCards(blocks, roots);
        var dropped = new bool[blocks.Count];
        var headlineSeen = false;
        var bodyStarted = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var unstamped = BoilerplateText.WithoutLeadingStamp(block.Text);
            if (unstamped.Length != block.Text.Length)
            {
                // A live-blog entry or an updated story opens its first sentence with the time: drop the time, keep the sentence.
                block = block with { Text = unstamped };
                blocks[i] = block;
            }

            dropped[i] = block.LinkDensity > 0.5 || IsBoilerplate(block.Text, furniture) || InAny(block.Owner, teaserCards);
            if (dropped[i] || headlineSeen || bodyStarted || headline.Length == 0)
            {
                continue;
            }

            if (block.Text == headline)
            {
                headlineSeen = true;
                dropped[i] = true;
            }
            else if (block.Text.StartsWith(headline + " ", StringComparison.Ordinal)
                && RunsInAfterTheHeadline(block.Text[(headline.Length + 1)..]))
            {
                // Old layouts run the headline and its date stamp into one line: keep what follows, if anything.
                headlineSeen = true;
                var rest = block.Text[(headline.Length + 1)..];
                dropped[i] = BoilerplateText.IsBoilerplate(rest);
                blocks[i] = block with { Text = rest };
            }
            else if (block.HeadingLevel == 0 && WordCount(block.Text) >= ParagraphWords)
            {
                // A headline repeated or run in opens the article; once a paragraph has been read, a paragraph that opens
                // with the headline's words is prose that happens to say the same (a page whose headline element is set
                // aside as furniture never marks the headline seen).
                bodyStarted = true;
            }
        }

        var kept = new List<ContentBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!dropped[i] && (blocks[i].HeadingLevel == 0 || HeadsKeptText(blocks, dropped, i)))
            {
                kept.Add(blocks[i]);
            }
        }

        var paragraphs = new List<string>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var block = kept[i];
            if (BoilerplateText.IsDateline(block.Text) && i + 1 < kept.Count && kept[i + 1].HeadingLevel == 0
                && (paragraphs.Count == 0 || kept[i + 1].Text[0] is '—' or '–' or '-'))
            {
                paragraphs.Add(block.Text + " " + kept[i + 1].Text);
                i++;
                continue;
            }

            paragraphs.Add(block.Text);
        }

        return paragraphs;
    }

    // A heading stays only when what it heads stays: "Most read" over a dropped list of links goes
    // with the list, even when article paragraphs follow the list. Short labels ("Advertisement")
    // between a heading and its text do not count.
    private static bool HeadsKeptText(List<ContentBlock> blocks, bool[] dropped, int index)
    {
        var level = blocks[index].HeadingLevel;
        for (var i = index + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.HeadingLevel > 0)
            {
                if (block.HeadingLevel <= level)
                {
                    return false;
                }

                continue;
            }

            if (dropped[i] && block.LinkCharacters == 0 && block.Characters < 40)
            {
                continue;
            }

            return !dropped[i];
        }

        return false;
    }

    // A teaser is a small box whose heading is a link to another story: its summary goes with it.
    private static HashSet<IElement> TeaserCards(List<ContentBlock> blocks, List<IElement> roots)
    {
        var cards = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            if (block.HeadingLevel == 0 || block.LinkDensity <= 0.5 || block.Owner.ParentElement is not { } card || roots.Contains(card))
            {
                continue;
            }

            var cardText = blocks.Where(b => card.Contains(b.Owner)).Sum(b => b.Characters);
            if (cardText < 600)
            {
                cards.Add(card);
            }
        }

        return cards;
    }

    private static bool InAny(IElement element, HashSet<IElement> containers)
    {
        if (containers.Count == 0)
        {
            return false;
        }

        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (containers.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    // What follows a run-in headline is furniture ("12 March 2025", "By Jane Doe", "updated 3 hours ago") or a new sentence. A
    // lowercase word that is not furniture carries the headline's own sentence on: the paragraph merely opens with its words.
    private static bool RunsInAfterTheHeadline(string rest) => !char.IsLower(rest[0]) || BoilerplateText.IsBoilerplate(rest);

    private static string Headline(IDocument document, List<IElement> headings, IElement body)
    {
        var preferred = headings.Where(h => !IsLogo(h)).ToList();
        var heading = preferred.FirstOrDefault(body.Contains)
            ?? preferred.LastOrDefault(h => h.CompareDocumentPosition(body).HasFlag(DocumentPositions.Following))
            ?? preferred.FirstOrDefault()
            ?? headings.FirstOrDefault();
        if (heading is not null)
        {
            return VisibleText(heading);
        }

        var openGraph = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(openGraph))
        {
            return WithoutSiteName(Collapse(openGraph));
        }

        return WithoutSiteName(Collapse(document.Title ?? ""));
    }

    private static bool IsLogo(IElement heading) =>
        heading.Closest("a") is not null || (heading.Closest("header") is not null && heading.Closest("article, main") is null);

    // "Truce holds | Meridian Wire", "Truce holds - BBC News": the site's name is not the headline.
    private static string WithoutSiteName(string title)
    {
        var bar = title.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            return title[..bar];
        }

        foreach (var dash in (ReadOnlySpan<string>)[" - ", " – ", " — "])
        {
            var at = title.LastIndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && title[(at + dash.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3)
            {
                return title[..at];
            }
        }

        return title;
    }

    // TextContent would include the text of scripts and hidden elements inside the heading.
    private static string VisibleText(IElement element) =>
        string.Join(' ', BlockCollector.Collect(element).Select(b => b.Text));

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
