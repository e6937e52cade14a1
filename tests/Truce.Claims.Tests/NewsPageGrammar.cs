using System.Text;
using CsCheck;

namespace Truce.Claims.Tests;

/// <summary>A generated saved news page, the body paragraphs it was built from, and whether its markup is well formed.</summary>
internal sealed record NewsPage(string Html, IReadOnlyList<string> BodyParagraphs, bool WellFormed);

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
        (headline, paragraphs, seed, wellFormed) => Build(headline, paragraphs, new Random(seed), wellFormed));

    private static NewsPage Build(string headline, string[] paragraphs, Random random, bool wellFormed)
    {
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
        html.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Truce &amp; talks\"}</script>");
        html.Append("</head><body class=\"article-page\">");
        html.Append("<header class=\"site-header\"><a href=\"/\" class=\"logo\">Wire</a><nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/europe\">Europe</a></li></ul></nav></header>");

        var container = Containers[random.Next(Containers.Length)];
        var bodyClass = BodyClasses[random.Next(BodyClasses.Length)];
        html.Append('<').Append(container).Append(" class=\"main-content\"><div class=\"wrapper\">");
        html.Append("<h1 class=\"headline\">").Append(Inline(Encode(headline, random), random, wellFormed)).Append("</h1>");
        html.Append("<div class=\"").Append(bodyClass).Append("\" data-note='say \"hi\"'>");

        var body = new List<string>();
        // A line of the plain text is a block of its own on a page: sites set a byline or an "Updated" stamp apart.
        var lines = paragraphs.SelectMany(p => p.Split('\n')).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);
        foreach (var line in lines)
        {
            var text = random.Next(6) switch
            {
                0 => "Aid reached Sumy via the Red Cross & Red Crescent. " + line,
                // Latin letters, the euro sign and typographic punctuation: what a Windows-1252 page carries outside ASCII.
                1 when random.Next(2) == 0 => "Fuel in Orléans cost €2 a litre – “too much”, said café owners… " + line,
                _ => line,
            };
            body.Add(text);
            var encoded = Inline(Encode(text, random), random, wellFormed);
            html.Append(random.Next(8) switch
            {
                0 => "<blockquote><p>" + encoded + "</p></blockquote>",
                1 => "<div class=\"paragraph\">" + encoded + "</div>",
                2 => "<P>" + encoded + "</P>",
                _ => "<p class=\"para\">" + encoded + "</p>",
            });
            html.Append(random.Next(5) switch
            {
                0 => Furniture[random.Next(Furniture.Length)],
                1 => "\n  ",
                _ => "",
            });
        }

        if (random.Next(3) == 0)
        {
            html.Append("<h2>What next</h2><ul><li>Talks resume on Monday.</li><li>Monitors arrive &mdash; maybe.</li></ul>");
        }

        html.Append("</div></div></").Append(container).Append('>');
        html.Append(Furniture[random.Next(Furniture.Length)]);
        html.Append("<footer><p>&copy; 2025 Wire. All rights reserved.</p></footer></body></html>");

        var page = wellFormed ? html.ToString() : Break(html.ToString(), random);
        return new NewsPage(page, body, wellFormed);
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

            if (open.Contains("a") && ++linkLength > 12 && !inMarkup && wellFormed)
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

    /// <summary>Damages well-formed markup the ways saved and scraped pages are damaged.</summary>
    private static string Break(string html, Random random)
    {
        var broken = new StringBuilder(html.Length + 200);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && html[i + 1] == '/' && random.Next(6) == 0)
            {
                // Drop a closing tag.
                var end = html.IndexOf('>', i);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (c == '<' && random.Next(30) == 0)
            {
                broken.Append(Junk[random.Next(Junk.Length)]);
            }

            broken.Append(c);
            i++;
        }

        if (random.Next(4) == 0)
        {
            // A page saved before it finished loading stops anywhere, even inside a tag or a reference.
            broken.Length = random.Next(broken.Length + 1);
        }

        return broken.ToString();
    }
}
