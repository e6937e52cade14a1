using System.Text;
using CsCheck;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class HtmlArticlePropertyTests
{
    private static readonly string[] Body =
    [
        "KYIV, Ukraine (AP) — Russia and Ukraine accused each other on Sunday of breaking a partial ceasefire on energy infrastructure.",
        "Ukraine’s Energy Ministry said a Russian drone hit a substation in Kherson overnight, leaving 20,000 households without power.",
        "“This is how Russia keeps its word,” Foreign Minister Andrii Sybiha wrote on X, saying Moscow was trying to buy time.",
        "The Russian Defense Ministry said Ukrainian drones had attacked an oil depot in the Krasnodar region, calling it a provocation.",
        "Kremlin spokesman Dmitry Peskov said Moscow remained committed to the moratorium. “The Russian side continues to observe it,” he said.",
        "U.S. and Ukrainian officials are due to meet in Saudi Arabia on Monday to discuss how a wider ceasefire might be monitored.",
    ];

    // Furniture seen on real news pages, each of which must vanish wherever it is put.
    private static readonly string[] Boilerplate =
    [
        """<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav>""",
        """<div class="related-stories"><h2>Related</h2><ul><li><a href="/1">Putin says he backs a truce in principle, with conditions</a></li><li><a href="/2">Storm batters Lisbon</a></li></ul></div>""",
        """<div class="Advertisement"><div class="Advertisement-label">ADVERTISEMENT</div></div>""",
        """<div>Advertisement</div>""",
        """<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Copy link</a></div>""",
        """<div class="newsletter-promo"><p>Sign up for the Morning Briefing.</p><p>Everything you need to know about the war in Ukraine, in your inbox every weekday, written by our correspondents in Kyiv and Moscow.</p></div>""",
        """<div id="cookie-consent"><p>We use cookies to give you the best experience. By continuing to use the site, you agree to our use of cookies and to our privacy policy.</p><button>Accept all</button></div>""",
        """<figure><img src="a.jpg"><figcaption>Smoke rises over Odesa, Ukraine, on Sunday, March 16, 2025. (AP Photo/Michael Shtekel)</figcaption></figure>""",
        """<div class="image-caption">Firefighters at the site of a drone strike in Odesa, Ukraine, Sunday, March 16, 2025.</div>""",
        """<p>Read more: <a href="/x">Russia and Ukraine agree to a Black Sea truce, but the details remain unclear</a></p>""",
        """<p class="byline">By HANNA ARHIROVA and JOHN LEICESTER</p>""",
        """<div class="timestamp">Updated 4:12 PM UTC, March 16, 2025</div>""",
        """<aside><h3>Most read</h3><ol><li><a href="/3">Markets rally in London</a></li><li><a href="/4">Kremlin says no date set for call</a></li></ol></aside>""",
        """<ul><li><a href="/5">Ukraine war latest: Russia claims two villages</a></li><li><a href="/6">What is in the US ceasefire plan?</a></li></ul>""",
        """<section id="comments"><h2>Comments (412)</h2><div class="comment"><p>Surely everyone can see that the Kremlin is stalling again, as it did in 2015, and nobody should be surprised by it.</p></div></section>""",
        """<article class="teaser"><h3><a href="/7">Kremlin sets terms for a sea truce</a></h3><p>Moscow wants sanctions on a bank lifted first.</p></article>""",
        """<div class="author-bio"><p>Hanna Arhirova is a Kyiv-based reporter who has covered the war since 2022, writing about energy and diplomacy.</p></div>""",
        """<footer><p>© 2025 The Associated Press. All rights reserved.</p></footer>""",
        """<div class="site-footer"><div><a href="/about">About</a> <a href="/contact">Contact us</a></div><div>Copyright 2025 Wire Ltd. All rights reserved.</div></div>""",
    ];

    [Fact]
    public void BoilerplateInsertedAnywhereAroundOrInsideTheBodyNeverChangesTheExtractedText()
    {
        // Slot 0 is before the article, 1..Body.Length before each paragraph's successor, the last after the article.
        var insertion = Gen.Select(Gen.Int[0, Body.Length + 1], Gen.Int[0, Boilerplate.Length - 1]);
        var expected = string.Join("\n\n", ["Truce frays in the south", .. Body]);
        insertion.Array[0, 12].Sample(insertions =>
        {
            var html = new StringBuilder("<!DOCTYPE html><html><head><title>Truce frays in the south | Wire</title></head><body>");
            AppendInserted(html, insertions, 0);
            html.Append("<article><h1>Truce frays in the south</h1><div class=\"RichTextStoryBody\">");
            for (var i = 0; i < Body.Length; i++)
            {
                html.Append("<p>").Append(Body[i]).Append("</p>");
                AppendInserted(html, insertions, i + 1);
            }

            html.Append("</div></article>");
            AppendInserted(html, insertions, Body.Length + 1);
            html.Append("</body></html>");

            Assert.Equal(expected, HtmlArticle.ExtractText(html.ToString()));
        }, iter: 300);
    }

    [Fact]
    public void TheSameParagraphsWrittenAsParagraphsDivsOrBreakSeparatedTextReadTheSame()
    {
        var expected = string.Join("\n\n", ["Truce frays in the south", .. Body]);
        Gen.Int[0, 2].Array[Body.Length].Sample(styles =>
        {
            var html = new StringBuilder("<html><body><main><h1>Truce frays in the south</h1><div class=\"story\">");
            for (var i = 0; i < Body.Length; i++)
            {
                html.Append(styles[i] switch
                {
                    0 => $"<p>{Body[i]}</p>",
                    1 => $"<div data-testid=\"paragraph-{i}\">{Body[i]}</div>",
                    _ => $"{Body[i]}<br><br>",
                });
            }

            html.Append("</div></main></body></html>");
            Assert.Equal(expected, HtmlArticle.ExtractText(html.ToString()));
        });
    }

    [Fact]
    public void AnyTagSoupGivesTidyParagraphsWithoutThrowing()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<div class=\"related\">", "<div class=\"article-body\">", "</div>", "<br>", "<br><br>",
            "Kyiv said the truce held, officials said.", "Advertisement", "By JOHN DOE", "<a href=\"/x\">", "</a>",
            "<h1>", "</h1>", "<h2>", "</h2>", "<article>", "</article>", "<script>var a = '<p>x</p>';", "</script>",
            "<ul><li>", "</li></ul>", "<table><tr><td>", "</td></tr></table>", " ", "\n", "&amp;", "<!-- note -->",
            "<main>", "</main>", "<figure><figcaption>", "</figcaption></figure>", "<span>", "</span>", "—",
        ];
        Gen.Int[0, pieces.Length - 1].Array[0, 40].Sample(indexes =>
        {
            var text = HtmlArticle.ExtractText(string.Concat(indexes.Select(i => pieces[i])));
            Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
            foreach (var paragraph in text.Length == 0 ? [] : text.Split("\n\n"))
            {
                Assert.NotEqual("", paragraph);
                Assert.Equal(paragraph.Trim(), paragraph);
                Assert.DoesNotContain('\n', paragraph);
            }
        }, iter: 500);
    }

    private static void AppendInserted(StringBuilder html, (int Slot, int Block)[] insertions, int slot)
    {
        foreach (var (at, block) in insertions)
        {
            if (at == slot)
            {
                html.Append(Boilerplate[block]);
            }
        }
    }
}
