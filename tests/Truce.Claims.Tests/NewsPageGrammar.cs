using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;

namespace Truce.Claims.Tests;

/// <summary>
/// A generated saved news page, the body paragraphs it was built from, whether its markup is well formed, and the body
/// paragraphs a browser still shows whole: those before the point where a broken page was cut off, before an unclosed
/// comment and before a raw-text element (script, style, title) whose end tag was lost swallows the rest. On a page
/// carrying its article as JSON-LD, the body paragraphs are the ones the page holds in all (markup or valid JSON-LD).
/// </summary>
internal sealed record NewsPage(string Html, IReadOnlyList<string> BodyParagraphs, bool WellFormed, IReadOnlyList<string> IntactParagraphs);

/// <summary>
/// Wraps <see cref="NewsGrammar"/> article text in the page structures news sites save: a head with
/// meta, script, style and JSON-LD, a header with navigation, an &lt;article&gt; or nested &lt;div&gt;s with
/// class names, furniture boxes (related, newsletter, share, caption, most read, ad) between the body
/// paragraphs, headings, lists, blockquotes, &lt;br&gt;, inline tags that split words and quotes, and
/// character entities. The broken variant then drops closing tags, misnests, mixes the case of tag
/// names, adds stray end tags, comments and CDATA-like junk, and may cut the page off anywhere.
/// Every choice about markup comes from one seed, so a shrunk case keeps its page shape while its text shrinks.
/// </summary>
internal static class NewsPageGrammar
{
    private static readonly string[] Furniture =
    [
        """<figure class="image"><img src="/a.jpg" alt="Smoke over the city"><figcaption>Smoke rises after a strike. Photo: Reuters</figcaption></figure>""",
        """<div class="related"><h3>Related</h3><ul><li><a href="/r/1">Kremlin says talks are possible</a></li><li><a href="/r/2">Drone hits port</a></li></ul></div>""",
        """<div class="newsletter"><p>Sign up for our daily briefing</p><form><input type="email"><button>Subscribe</button></form></div>""",
        """<div class="share"><a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#mail">Email</a></div>""",
        """<div class="caption">A soldier walks past a destroyed building, on Monday.</div>""",
        """<div class="most-read"><h2>Most read</h2><ol><li><a href="/m/1">Markets fall</a></li><li><a href="/m/2">Storm hits coast</a></li></ol></div>""",
        """<div class="ad ad-slot" data-ad="mid"><span>Advertisement</span></div>""",
        """<aside class="sidebar"><a href="/live">Live updates</a></aside>""",
        "<!-- ad slot: <p>never shown</p> -->",
    ];

    private static readonly string[] Containers = ["article", "div", "main", "section"];

    private static readonly string[] BodyClasses = ["story-body", "article-body", "RichTextStoryBody", "content__body", "body-text", "wysiwyg"];

    /// <summary>A page whose body paragraphs are article text and whose markup may be well formed or broken.</summary>
    public static readonly Gen<NewsPage> Page = Gen.Select(
        NewsGrammar.Clause,
        NewsGrammar.Paragraph.Array[1, 8],
        Gen.Int,
        Gen.Frequency((2, Gen.Const(true)), (1, Gen.Const(false))),
        (headline, paragraphs, seed, wellFormed) => Build(headline, paragraphs, new Random(seed), wellFormed, linkedData: false));

    /// <summary>
    /// A well-formed page that also carries its article as a schema.org JSON-LD <c>articleBody</c> (an object, an array, or
    /// inside <c>@graph</c>; plain lines or markup; quotes and non-ASCII escaped or not; sometimes malformed), while its markup
    /// holds the whole story or, behind a paywall notice, only its first paragraphs.
    /// </summary>
    public static readonly Gen<NewsPage> LinkedDataPage = Gen.Select(
        NewsGrammar.Clause,
        NewsGrammar.Paragraph.Array[1, 8],
        Gen.Int,
        (headline, paragraphs, seed) => Build(headline, paragraphs, new Random(seed), wellFormed: true, linkedData: true));

    private static NewsPage Build(string headline, string[] paragraphs, Random random, bool wellFormed, bool linkedData)
    {
        // A line of the plain text is a block of its own on a page: sites set a byline or an "Updated" stamp apart.
        var body = paragraphs.SelectMany(p => p.Split('\n')).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)
            .Select(line => random.Next(6) switch
            {
                0 => "Aid reached Sumy via the Red Cross & Red Crescent. " + line,
                // Latin letters, the euro sign and typographic punctuation: what a Windows-1252 page carries outside ASCII.
                1 when random.Next(2) == 0 => "Fuel in Orléans cost €2 a litre – “too much”, said café owners… " + line,
                _ => line,
            })
            .ToList();

        // A paywall cuts the markup before a paragraph of real prose; the JSON-LD still holds the whole story.
        var shown = body.Count;
        if (linkedData && random.Next(3) > 0)
        {
            var cuts = Enumerable.Range(0, body.Count).Where(i => body.Skip(i).Any(l => l.Split(' ').Length >= 8)).ToList();
            shown = cuts.Count == 0 ? body.Count : cuts[random.Next(cuts.Count)];
        }

        var (linkedDataScript, linkedDataValid) = linkedData ? LinkedData(headline, body, random) : ("", false);
        var linkedDataInHead = random.Next(2) == 0;

        var html = new StringBuilder();
        if (random.Next(3) > 0)
        {
            html.Append(Case("<!DOCTYPE html>", random, wellFormed));
        }

        html.Append("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(Encode(headline, random)).Append(" | Wire</title>");
        html.Append("<meta property=\"og:title\" content=\"").Append(Encode(headline, random).Replace("\"", "&quot;", StringComparison.Ordinal)).Append("\">");
        html.Append("<meta name=\"description\" content='Fighting &amp; talks: \"latest\"'>");
        html.Append("<script>var s = \"<p>not article text</p>\"; if (a < b && c > d) { document.write('</div>'); }</script>");
        html.Append("<style>.story-body p { margin: 0 } a[href^=\"http\"]::after { content: \"<\" }</style>");
        html.Append(linkedData && linkedDataInHead ? linkedDataScript
            : "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Truce &amp; talks\"}</script>");
        html.Append("</head><body class=\"article-page\">");
        html.Append("<header class=\"site-header\"><a href=\"/\" class=\"logo\">Wire</a><nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/europe\">Europe</a></li></ul></nav></header>");

        var container = Containers[random.Next(Containers.Length)];
        var bodyClass = BodyClasses[random.Next(BodyClasses.Length)];
        html.Append('<').Append(container).Append(" class=\"main-content\"><div class=\"wrapper\">");
        html.Append("<h1 class=\"headline\">").Append(Inline(Encode(headline, random), random, wellFormed)).Append("</h1>");
        html.Append("<div class=\"").Append(bodyClass).Append("\" data-note='say \"hi\"'>");

        var paragraphStarts = new List<int>(shown);
        var paragraphEnds = new List<int>(shown);
        foreach (var text in body.Take(shown))
        {
            var encoded = Inline(Encode(text, random), random, wellFormed);
            paragraphStarts.Add(html.Length);
            html.Append(random.Next(8) switch
            {
                0 => "<blockquote><p>" + encoded + "</p></blockquote>",
                1 => "<div class=\"paragraph\">" + encoded + "</div>",
                2 => "<P>" + encoded + "</P>",
                _ => "<p class=\"para\">" + encoded + "</p>",
            });
            paragraphEnds.Add(html.Length);
            html.Append(random.Next(5) switch
            {
                0 => Furniture[random.Next(Furniture.Length)],
                1 => "\n  ",
                _ => "",
            });
        }

        if (shown < body.Count)
        {
            html.Append("<div class=\"paywall-notice\"><p>Subscribe to continue reading this article.</p></div>");
        }
        else if (!linkedData && random.Next(3) == 0)
        {
            html.Append("<h2>What next</h2><ul><li>Talks resume on Monday.</li><li>Monitors arrive &mdash; maybe.</li></ul>");
        }

        html.Append("</div></div></").Append(container).Append('>');
        html.Append(Furniture[random.Next(Furniture.Length)]);
        if (linkedData && !linkedDataInHead)
        {
            // Some sites put their JSON-LD at the end of the body rather than in the head.
            html.Append(linkedDataScript);
        }

        html.Append("<footer><p>&copy; 2025 Wire. All rights reserved.</p></footer></body></html>");

        if (linkedData)
        {
            var shownParagraphs = body.Take(shown).ToList();
            return new NewsPage(html.ToString(), linkedDataValid ? body : shownParagraphs, true, linkedDataValid ? body : shownParagraphs);
        }

        var (page, lossAt, split) = wellFormed ? (html.ToString(), html.Length, []) : Break(html.ToString(), random);
        var intact = body.Where((_, i) => paragraphEnds[i] <= lossAt && !split.Any(at => at >= paragraphStarts[i] && at < paragraphEnds[i])).ToList();
        return new NewsPage(page, body, wellFormed, intact);
    }

    private static (string Script, bool Valid) LinkedData(string headline, List<string> body, Random random)
    {
        var options = new JsonSerializerOptions
        {
            // The default escapes quotes, non-ASCII and HTML-sensitive characters as \uXXXX; the relaxed one writes them raw.
            Encoder = random.Next(2) == 0 ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var articleBody = random.Next(4) switch
        {
            0 => string.Join("\n", body),
            1 => string.Join("\r\n", body),
            2 => string.Concat(body.Select(l => "<p>" + Encode(l, random) + "</p>")),
            _ => string.Join("\n\n", body),
        };
        var article = "{\"@type\":\"NewsArticle\",\"headline\":" + JsonSerializer.Serialize(headline, options)
            + ",\"datePublished\":\"2025-03-14T09:00:00Z\",\"articleBody\":" + JsonSerializer.Serialize(articleBody, options) + "}";
        var json = random.Next(3) switch
        {
            0 => "[{\"@context\":\"https://schema.org\",\"@type\":\"Organization\",\"name\":\"Wire\"}," + article + "]",
            1 => "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"Wire\"}," + article + "]}",
            _ => article.Insert(1, "\"@context\":\"https://schema.org\","),
        };
        var valid = random.Next(5) > 0;
        if (!valid)
        {
            // Broken the ways CMS templates break it: cut short, a raw quote, a stray comma between members.
            json = random.Next(3) switch
            {
                0 => json[..random.Next(json.Length)],
                1 => json.Replace("\"articleBody\":\"", "\"articleBody\":\"\"", StringComparison.Ordinal),
                _ => json.Replace(",\"articleBody\"", ",,\"articleBody\"", StringComparison.Ordinal),
            };
        }

        return ("<script type=\"application/ld+json\">" + json + "</script>", valid);
    }

    /// <summary>Replaces characters by the named and numeric references pages use for them, some of the time.</summary>
    private static string Encode(string text, Random random)
    {
        var html = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            var encode = random.Next(3) == 0;
            html.Append(c switch
            {
                '&' => random.Next(2) == 0 ? "&amp;" : "&#38;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when encode => random.Next(2) == 0 ? "&quot;" : "&#34;",
                '\'' when encode => random.Next(2) == 0 ? "&#39;" : "&apos;",
                '\u2019' when encode => random.Next(3) switch { 0 => "&rsquo;", 1 => "&#8217;", _ => "&#x2019;" },
                '\u2018' when encode => "&lsquo;",
                '\u201C' when encode => random.Next(2) == 0 ? "&ldquo;" : "&#8220;",
                '\u201D' when encode => random.Next(2) == 0 ? "&rdquo;" : "&#8221;",
                '\u2014' when encode => random.Next(2) == 0 ? "&mdash;" : "&#8212;",
                '\u00AB' when encode => "&laquo;",
                '\u00BB' when encode => "&raquo;",
                ' ' when random.Next(20) == 0 => "&nbsp;",
                ' ' when random.Next(20) == 0 => "\n    ",
                _ when char.IsAsciiLetter(c) && random.Next(40) == 0 => "&#" + (int)c + ";",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    /// <summary>
    /// Wraps runs of encoded text in inline tags, opening and closing them anywhere outside a reference,
    /// so tags split words and quotes. Links stay short, as in-text links are; the broken variant
    /// misnests and leaves tags open.
    /// </summary>
    private static string Inline(string encoded, Random random, bool wellFormed)
    {
        var html = new StringBuilder(encoded.Length * 2);
        var open = new Stack<string>();
        var linkLength = 0;
        var linkCount = 0;
        var inMarkup = false;
        foreach (var c in encoded)
        {
            if (c is '&' or '<')
            {
                inMarkup = true;
            }

            if (!inMarkup && random.Next(25) == 0)
            {
                if (open.Count > 0 && random.Next(2) == 0)
                {
                    var closing = open.Pop();
                    if (!wellFormed && open.Count > 0 && random.Next(2) == 0)
                    {
                        // Misnested: close the outer tag first, then the inner one.
                        var outer = open.Pop();
                        html.Append("</").Append(Case(outer, random, false)).Append("></").Append(closing).Append('>');
                    }
                    else
                    {
                        html.Append("</").Append(Case(closing, random, wellFormed)).Append('>');
                    }
                }
                else if (open.Count < 3)
                {
                    var tag = random.Next(5) switch { 0 => "a", 1 => "em", 2 => "strong", 3 => "span", _ => "b" };
                    // In-text links cover a small share of a paragraph; a paragraph that is mostly links is a link list, dropped by design.
                    if (tag == "a" && (open.Contains("a") || (linkCount + 1) * 13 > encoded.Length / 4))
                    {
                        tag = "em";
                    }

                    html.Append('<').Append(Case(tag, random, wellFormed)).Append(tag switch
                    {
                        "a" => " href=\"https://example.org/story?id=1&amp;ref=2\" title='the \"latest\" story'",
                        "span" => " class=\"highlight\" data-x=\"a 'quoted' value\"",
                        _ => "",
                    }).Append('>');
                    open.Push(tag);
                    if (tag == "a")
                    {
                        linkLength = 0;
                        linkCount++;
                    }
                }
            }

            html.Append(c);
            if (c is ';' or '>')
            {
                inMarkup = false;
            }

            if (open.Contains("a") && ++linkLength > 12 && !inMarkup && !wellFormed)
            {
                // In-text links are short on broken pages too; closing the link alone misnests the tags opened inside it.
                // (A link left open is still made: by a dropped "</a>" in Break, or by tags left open at the end.)
                html.Append("</").Append(Case("a", random, false)).Append('>');
                var rest = open.Where(t => t != "a").Reverse().ToList();
                open.Clear();
                foreach (var tag in rest)
                {
                    open.Push(tag);
                }
            }
            else if (open.Contains("a") && linkLength > 12 && !inMarkup && wellFormed)
            {
                // Close everything down to the link so a link never outweighs the prose around it.
                while (open.Count > 0)
                {
                    var tag = open.Pop();
                    html.Append("</").Append(tag).Append('>');
                    if (tag == "a")
                    {
                        break;
                    }
                }
            }
        }

        if (!wellFormed && open.Contains("a"))
        {
            // Tags left open at the end of a paragraph are inline formatting; a link left open is made by Break, which
            // knows the paragraphs it spoils.
            html.Append("</a>");
            var rest = open.Where(t => t != "a").Reverse().ToList();
            open.Clear();
            foreach (var tag in rest)
            {
                open.Push(tag);
            }
        }

        if (wellFormed || random.Next(2) == 0)
        {
            while (open.Count > 0)
            {
                html.Append("</").Append(open.Pop()).Append('>');
            }
        }

        return html.ToString();
    }

    private static string Case(string tag, Random random, bool wellFormed) =>
        random.Next(wellFormed ? 8 : 3) switch
        {
            0 => tag.ToUpperInvariant(),
            1 when tag.Length > 0 => char.ToUpperInvariant(tag[0]) + tag[1..],
            _ => tag,
        };

    private static readonly string[] Junk =
    [
        "</div>", "</p>", "</span></em>", "<div class=\"ad\">", "<p>", "<!-- comment -- with -- dashes -->", "<![CDATA[ var x = 1 < 2; ]]>",
        "<br/>", "</br>", "<DIV Class='x\"y'>", "<span title=\"it's \\\"quoted\\\"\">", "<!>", "<?xml version=\"1.0\"?>", "</article>",
        "<table><tr><td>", "</td></tr></table>", "<li>", "<font color=red>", "<a href=x>", "&", " < ", "<!--", "-->",
    ];

    /// <summary>
    /// Damages well-formed markup the ways saved and scraped pages are damaged. Also returns the offset in
    /// <paramref name="html"/> from which text is lost: where the page was cut off, where an unclosed comment opens, where
    /// a script, style or title lost its end tag and so runs to the end of the page, where a link, box or heading was
    /// left open, or where a stray block tag moved the text after it into another box; and the offsets where a stray
    /// "&lt;/p&gt;" split a paragraph.
    /// </summary>
    private static (string Page, int LossAt, List<int> Split) Break(string html, Random random)
    {
        var broken = new StringBuilder(html.Length + 200);
        var sourceAt = new List<int>(html.Length + 200);
        var lossAt = html.Length;
        var split = new List<int>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && html[i + 1] == '/' && random.Next(6) == 0)
            {
                // Drop a closing tag.
                var end = html.IndexOf('>', i);
                var name = html[(i + 2)..(end < 0 ? html.Length : end)];
                // A lost "</a>" leaves a link open that browsers carry on through the following text and paragraphs: short
                // paragraphs that read as one link are then dropped as link lists (a known limit of the link-density test;
                // a long run of prose inside one link is read, BlockCollector), so they are not counted as intact.
                // A box that lost its end tag takes the text after it inside: an advert, an aside or a most-read list then
                // holds article paragraphs, and the reader drops what a furniture box holds unless it holds most of the
                // article; a lost "</h1>" or "</blockquote>" moves the body into the heading or the quotation. These are
                // the limits of reading by structure, so the paragraphs from there on are not counted as intact.
                if (name.ToLowerInvariant() is "div" or "aside" or "section" or "article" or "main" or "blockquote" or "ul" or "ol" or "li"
                    or "h1" or "h2" or "h3" or "nav" or "header")
                {
                    lossAt = Math.Min(lossAt, i);
                }

                if (name is "script" or "style" or "title" || name.Equals("a", StringComparison.OrdinalIgnoreCase))
                {
                    lossAt = Math.Min(lossAt, i);
                }

                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (c == '<' && random.Next(30) == 0)
            {
                var junk = Junk[random.Next(Junk.Length)];
                // An unclosed comment hides the rest of the page. An unclosed box named as an advert takes the text after it
                // inside: the reader drops what a furniture-named box holds unless it holds most of the article, by design.
                if (junk is "<!--" or "<div class=\"ad\">" or "<a href=x>")
                {
                    lossAt = Math.Min(lossAt, i);
                }

                // A stray block tag moves the text after it into a box of its own or out of the body: the same limit.
                if (junk is "</div>" or "<p>" or "<DIV Class='x\"y'>" or "</article>" or "<table><tr><td>" or "</td></tr></table>" or "<li>")
                {
                    lossAt = Math.Min(lossAt, i);
                }

                // A stray "</p>" splits a paragraph where a browser breaks the line; the text after it stays in the body.
                if (junk is "</p>")
                {
                    split.Add(i);
                }

                broken.Append(junk);
                sourceAt.AddRange(Enumerable.Repeat(i, junk.Length));
            }

            broken.Append(c);
            sourceAt.Add(i);
            i++;
        }

        if (random.Next(4) == 0)
        {
            // A page saved before it finished loading stops anywhere, even inside a tag or a reference.
            var cut = random.Next(broken.Length + 1);
            if (cut < broken.Length)
            {
                lossAt = Math.Min(lossAt, sourceAt[cut]);
            }

            broken.Length = cut;
        }

        return (broken.ToString(), lossAt, split);
    }
}
