using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class HtmlArticleTests
{
    private const string First = "KYIV, Ukraine (AP) — Russia and Ukraine traded accusations on Sunday, each saying the other had broken the partial truce.";
    private const string Second = "“The ceasefire is not being respected,” Andrii Sybiha said in Kyiv, adding that drones had struck a substation.";
    private const string Third = "Kremlin spokesman Dmitry Peskov said Moscow remained committed to the moratorium, and blamed Ukraine for the attacks.";

    private static string Page(string body, string head = "<title>Truce frays | Wire</title>") =>
        $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    private static string Expected(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    [Fact]
    public void LinkDenseListsInsideTheArticleAreDroppedWithTheirHeading()
    {
        var html = Page($"""
            <article><h1>Truce frays</h1><p>{First}</p>
            <h2>Most read</h2><ul><li><a href="/1">Putin says he backs a truce in principle</a></li><li><a href="/2">Storm hits Lisbon as thousands lose power</a></li></ul>
            <p>{Second}</p><div><h3>More on this</h3><ul><li><a href="/3">What is in the US plan for Zaporizhzhia?</a></li></ul></div><p>{Third}</p></article>
            """);

        Assert.Equal(Expected("Truce frays", First, Second, Third), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void DivParagraphsAreKeptInOrder()
    {
        var html = Page($"""
            <main><h1>Truce frays</h1><div class="article-body__content">
            <div data-testid="paragraph-0">{First}</div><div data-testid="paragraph-1">{Second}</div>
            <div data-testid="paragraph-2"><span>Kremlin spokesman</span> <a href="/p">Dmitry Peskov</a> said Moscow remained committed to the moratorium, and blamed Ukraine for the attacks.</div>
            </div></main>
            """);

        Assert.Equal(Expected("Truce frays", First, Second, Third), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void TextSeparatedByTwoLineBreaksIsSplitIntoParagraphsButOneBreakIsASpace()
    {
        var html = Page($"""
            <div id="nav"><a href="/">Home</a> <a href="/world">World</a></div>
            <div class="story"><b>Truce frays</b><br><br>{First}<br><br>
            “The ceasefire is not being respected,”<br>Andrii Sybiha said in Kyiv, adding that drones had struck a substation.<br>
            <br>{Third}</div>
            """, head: "");

        Assert.Equal(Expected("Truce frays", First, Second, Third), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void CaptionsAndPhotoCreditsAreDropped()
    {
        var html = Page($"""
            <article><h1>Truce frays</h1>
            <div class="media-caption">Firefighters at the scene of a drone strike in Odesa, Ukraine, on Sunday.</div>
            <p>{First}</p>
            <figure><img src="a.jpg"><figcaption>Smoke over Kherson on Sunday.</figcaption></figure>
            <p>Firefighters work at the site of a drone strike in Odesa, Ukraine, Sunday, March 16, 2025. (AP Photo/Michael Shtekel)</p>
            <p>{Second}</p>
            <div><span>A cargo ship in the port of Odesa.</span> Photograph: Nina Liashonok/Reuters</div>
            <p>{Third}</p></article>
            """);

        Assert.Equal(Expected("Truce frays", First, Second, Third), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AMainArticleAmongTeaserArticlesIsTheOnlyOneKept()
    {
        var html = Page($"""
            <div class="grid">
            <article class="card"><h3><a href="/a">Kremlin sets terms for sea truce</a></h3><p>Moscow wants sanctions lifted first.</p></article>
            <article><h1>Truce frays</h1><p>{First}</p><p>{Second}</p><p>{Third}</p></article>
            <article><h2><a href="/b">Grain ship leaves Odesa for Egypt</a></h2><p>The first since the truce began, officials said.</p></article>
            <article><h2><a href="/c">Talks resume in Istanbul on prisoner swaps</a></h2></article>
            </div>
            """);

        Assert.Equal(Expected("Truce frays", First, Second, Third), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void SeveralArticlesOfComparableWeightAreAllKeptInOrder()
    {
        var html = Page($"""
            <div id="posts"><article><h2>Sunday</h2><p>{First}</p></article><article><h2>Monday</h2><p>{Second}</p></article>
            <article><h2>Tuesday</h2><p>{Third}</p></article></div><div id="sidebar"><h3>Archive</h3><ul><li><a href="/1">March</a></li></ul></div>
            """, head: "<title>Briefings</title>");

        Assert.Equal(Expected("Briefings", "Sunday", First, "Monday", Second, "Tuesday", Third), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void WithoutAnH1TheHeadlineIsTheOpenGraphTitleOrTheTitleWithoutTheSiteName()
    {
        var body = $"<article><p>{First}</p><p>{Second}</p></article>";
        var withOpenGraph = Page(body, "<title>Ignored | Wire</title><meta property=\"og:title\" content=\"Truce frays in the south\">");
        var withTitle = Page(body, "<title>Truce frays in the south - BBC News</title>");

        Assert.Equal(Expected("Truce frays in the south", First, Second), HtmlArticle.ExtractText(withOpenGraph));
        Assert.Equal(Expected("Truce frays in the south", First, Second), HtmlArticle.ExtractText(withTitle));
    }

    [Fact]
    public void ADatelineSetApartOpensTheFirstParagraph()
    {
        var html = Page("""
            <article><h1>Truce frays</h1><div class="dateline">KYIV, Ukraine (AP)</div>
            <p>— Russia and Ukraine traded accusations on Sunday, each saying the other had broken the partial truce.</p></article>
            """);

        Assert.Equal(Expected("Truce frays", First), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AHeadlineRunIntoItsDateStampLosesTheStampButALeadOpeningWithTheHeadlinesWordsIsKeptWhole()
    {
        const string lead = "A school in the old district was struck outside Kramatorsk on Sunday, the regional governor said.";
        var runIn = Page($"""<div class="story"><p>Truce frays 16 March 2025</p><p>{First}</p></div>""");
        var opening = Page($"""<div class="story"><p>{lead}</p><p>{First}</p></div>""", head: "<title>A school in the old district was struck | Wire</title>");

        Assert.Equal(Expected("Truce frays", First), HtmlArticle.ExtractText(runIn));
        Assert.Equal(Expected("A school in the old district was struck", lead, First), HtmlArticle.ExtractText(opening));
    }

    [Fact]
    public void AParagraphLaterInTheArticleThatOpensWithTheHeadlinesWordsIsKeptWhole()
    {
        const string later = "Russian forces threatened to strike Chasiv Yar again, Ukraine's General Staff said on Monday.";
        var html = Page($"""<h1 class="headline">Russian forces threatened to strike</h1><div class="story"><p>{First}</p><p>{later}</p></div>""",
            head: "<title>Russian forces threatened to strike | Wire</title>");

        Assert.Equal(Expected("Russian forces threatened to strike", First, later), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void BylinesAdvertisementLabelsAndTimestampsAreDroppedButProseStartingWithByIsKept()
    {
        var html = Page($"""
            <article><h1>Truce frays</h1><p>By JOHN LEICESTER and HANNA ARHIROVA</p><div>Updated 4:12 PM UTC, March 16, 2025</div>
            <p>{First}</p><div>ADVERTISEMENT</div><div>10:32 GMT</div><p>By nightfall, the shelling had stopped.</p>
            <p>Read more: <a href="/x">Russia and Ukraine agree to a Black Sea truce</a></p><p>{Second}</p>
            <p>(Reporting by Tom Balmforth; Editing by Alex Richardson)</p></article>
            """);

        Assert.Equal(Expected("Truce frays", First, "By nightfall, the shelling had stopped.", Second), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AWrapperWithABoilerplateNameStillYieldsTheArticleItHolds()
    {
        var html = Page($"""
            <div class="layout has-sidebar comments-enabled"><article><h1>Truce frays</h1><p>{First}</p><p>{Second}</p></article>
            <div class="sidebar"><p>Sign up for our morning briefing, sent every weekday at seven.</p></div></div>
            """);

        Assert.Equal(Expected("Truce frays", First, Second), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ABodySplitAroundAnAdvertIntoLikeNamedSectionsIsKeptWhole()
    {
        var html = Page($"""
            <article><h1>Truce frays</h1>
            <section class="StoryBodyCompanionColumn"><p>{First}</p><p>{Second}</p><p>{First.Replace("Sunday", "Monday", StringComparison.Ordinal)}</p></section>
            <div class="ad-wrapper"><p>Advertisement</p></div>
            <section class="StoryBodyCompanionColumn"><p>{Third}</p></section></article>
            """);

        Assert.Equal(
            Expected("Truce frays", First, Second, First.Replace("Sunday", "Monday", StringComparison.Ordinal), Third),
            HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void CookieBannersNewslettersAndShareBarsAreDropped()
    {
        var html = Page($"""
            <div id="onetrust-banner-sdk"><p>We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies, as described in our policy.</p></div>
            <article><h1>Truce frays</h1><div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a></div><p>{First}</p>
            <div class="newsletter-signup"><h3>Morning Briefing</h3><p>Everything you need to know about the war, in your inbox every morning, from our correspondents.</p></div>
            <p>{Second}</p></article>
            """);

        Assert.Equal(Expected("Truce frays", First, Second), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ASiteLogoSetAsAnH1IsNotTheHeadline()
    {
        var html = Page($"""
            <header class="masthead"><a href="/"><h1>Wire</h1></a></header>
            <div class="story"><h1>Truce frays</h1><p>{First}</p><p>{Second}</p></div>
            """);

        Assert.Equal(Expected("Truce frays", First, Second), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AStandaloneDatelineBeforeTheFirstParagraphIsJoinedToIt()
    {
        var html = Page("""
            <article><h1>Truce frays</h1><p class="dateline">MOSCOW</p>
            <p>Kremlin spokesman Dmitry Peskov said Moscow remained committed to the moratorium, and blamed Ukraine for the attacks.</p></article>
            """);

        Assert.Equal(Expected("Truce frays", "MOSCOW " + Third), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AuthorNotesAndFollowOurCoverageLinesAreDropped()
    {
        var html = Page($"""
            <article><h1>Truce frays</h1><p>{First}</p><p>{Second}</p>
            <p>Follow AP’s coverage of the war at https://apnews.com/hub/russia-ukraine</p>
            <p>Hanna Arhirova is a Kyiv-based reporter who has covered the war since 2022.</p></article>
            """);

        Assert.Equal(Expected("Truce frays", First, Second), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AnArticleMarkedAriaHiddenBecauseADialogWasOpenIsStillRead()
    {
        var html = Page($"""
            <div id="page" aria-hidden="true"><article><h1>Truce frays</h1><p>{First}</p><p>{Second}</p></article></div>
            <div role="dialog" class="consent-modal"><p>We value your privacy. We and our partners use cookies to store information on your device.</p></div>
            """);

        Assert.Equal(Expected("Truce frays", First, Second), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void APageRenderedByScriptIsReadFromItsJsonLdArticleBody()
    {
        var html = Page("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Wire"},
            {"@type":"NewsArticle","headline":"Truce frays","articleBody":"KYIV, Ukraine (AP) — Russia and Ukraine traded accusations on Sunday, each saying the other had broken the partial truce.\n\n“The ceasefire is not being respected,” Andrii Sybiha said in Kyiv, adding that drones had struck a substation."}]}</script>
            <div id="root"><nav><a href="/">Home</a></nav><div class="loading">Loading…</div></div>
            """, head: "");

        Assert.Equal(Expected("Truce frays", First, Second), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ProseThatStartsWithUpdatedOrPublishedIsNotMistakenForATimestamp()
    {
        const string updated = "Updated figures from the ministry showed that 12 people had been killed in the strike.";
        var html = Page($"""
            <article><h1>Truce frays</h1><div>Published On 19 Mar 2025</div><p>{First}</p><p>{updated}</p><div>Posted 2 hours ago</div></article>
            """);

        Assert.Equal(Expected("Truce frays", First, updated), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ABodyInsideAnOddlyNamedBoxIsKeptWhenItHoldsMostOfThePageButLongCommentsAreNot()
    {
        var comment = "Surely everyone can see that the Kremlin is stalling again, as it did in 2015, and nobody should be surprised by it at all.";
        var html = Page($"""
            <h1>Truce frays</h1><div class="story-lead"><p>{First}</p></div>
            <div class="paywall-box"><p>{Second}</p><p>{Third}</p></div>
            <section class="comments-section"><p>{comment}</p><p>{comment}</p><p>{comment}</p><p>{comment}</p><p>{comment}</p></section>
            """);

        Assert.Equal(Expected("Truce frays", First, Second, Third), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ALeadParagraphBeforeTheNamedBodyIsKeptAndUnnamedProseAfterItIsNot()
    {
        var note = "Olena Harmash has reported on the war for this newspaper since 2014, from Kyiv, Kharkiv and the front line.";
        var html = Page($"""
            <div class="page"><h1>Truce frays</h1><p class="lead">{First}</p>
            <div class="article-body"><p>{Second}</p><p>{Third}</p><p>{Second.Replace("Kyiv", "Lviv", StringComparison.Ordinal)}</p></div>
            <p>{note}</p></div>
            """);

        Assert.Equal(
            Expected("Truce frays", First, Second, Third, Second.Replace("Kyiv", "Lviv", StringComparison.Ordinal)),
            HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void UtilityAndFrameworkClassNamesDoNotHideTheArticle()
    {
        var html = Page($"""
            <div id="__next"><h1>Truce frays</h1><p>{First}</p><div class="overflow-hidden relative"><p>{Second}</p></div>
            <div class="tag-ukraine-war"><p>{Third}</p></div><div class="next"><p>{First.Replace("Sunday", "Monday", StringComparison.Ordinal)}</p></div></div>
            """);

        Assert.Equal(
            Expected("Truce frays", First, Second, Third, First.Replace("Sunday", "Monday", StringComparison.Ordinal)),
            HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AnOpeningParagraphInTheNamedBodyBeforeAnUnnamedWrapperOfTheStoryTextIsKept()
    {
        // The wrapper holds most of the prose and the named story text inside it half: the opening paragraph sits outside
        // both, in the element the site named as the body.
        const string fourth = "Monitors from the mission visited the site in the afternoon and spoke to witnesses and police.";
        var html = Page($"""
            <div class="article-body"><p>{First}</p><div class="wrapper"><p>{Second}</p>
            <div class="story-text"><p>{Third}</p><p>{fourth}</p><p>{First.Replace("Sunday", "Monday", StringComparison.Ordinal)}</p></div></div></div>
            """);

        Assert.Equal(Expected("Truce frays", First, Second, Third, fourth, First.Replace("Sunday", "Monday", StringComparison.Ordinal)), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ALongQuotationDoesNotBecomeTheBodyAndCutAwayTheParagraphThatIntroducesIt()
    {
        // Found by the page fuzz: the blockquote held most of the prose, was taken for the body, and the lead was lost.
        const string lead = "The mayor of Odesa spoke to reporters on Monday about the night.";
        const string quote = "“Drones came in three waves after midnight, the sirens did not stop until dawn, and the port, the rail yard and two apartment blocks were hit, with eleven people hurt and one killed,” he wrote.";
        var html = Page($"<article><h1>Truce frays</h1><div class=\"story\"><p>{lead}</p><blockquote><p>{quote}</p></blockquote></div></article>");

        Assert.Equal(Expected("Truce frays", lead, quote), HtmlArticle.ExtractText(html));
    }

    [Theory]
    [InlineData("paragraph")]
    [InlineData("article-body__paragraph")]
    [InlineData("story-paragraph-0")]
    public void AParagraphNamedAsOneThatHoldsMostOfTheProseIsNotTakenForTheBodyAndTheParagraphsAfterItAreKept(string name)
    {
        // Found by the page fuzz (seed eyzR19k-Dll1): a long opening paragraph in a box named "paragraph" held over half the
        // prose, was taken for a body named by its site, and everything after it was cut as if it were an author's note.
        // The opening holds about 60% of the prose: more than a named body needs (50%), less than any box needs (70%).
        const string opening = $"{First} {Second} {Third}";
        const string fourth = "Monitors said they had not yet been able to reach the substation.";
        const string fifth = "The truce is due to expire at midnight on Thursday, officials in both capitals said.";
        var sixth = First.Replace("Sunday", "Monday", StringComparison.Ordinal);
        var html = Page($"<article><h1>Truce frays</h1><div class=\"wysiwyg\"><div class=\"{name}\">{opening}</div><p>{fourth}</p><p>{fifth}</p><p>{sixth}</p></div></article>");

        Assert.Equal(Expected("Truce frays", opening, fourth, fifth, sixth), HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AQuotationAfterTheBodyThatHoldsLittleProseStaysOutOfTheBodyChoice()
    {
        var html = Page($"<div class=\"story-body\"><h1>Truce frays</h1><p>{First}</p><p>{Second}</p><p>{Third}</p></div><div class=\"comments\"><blockquote><p>Comment: peace now, please.</p></blockquote></div>");

        Assert.Equal(Expected("Truce frays", First, Second, Third), HtmlArticle.ExtractText(html));
    }

    [Theory]
    [InlineData("“We are not going to give up the city,” the commander told Reuters.")]
    [InlineData("Two drones hit the depot overnight, a regional official said in an interview with AFP.")]
    [InlineData("The bridge was struck twice, the mayor said in remarks to AP.")]
    public void AParagraphEndingWithTheAgencyASpeakerToldIsProseNotAPhotoCredit(string paragraph)
    {
        // Found by the page fuzz: a short paragraph ending " Reuters." was dropped as if it were a credit line.
        var html = Page($"<article><h1>Truce frays</h1><p>{First}</p><p>{paragraph}</p><p>{Third}</p></article>");

        Assert.Equal(Expected("Truce frays", First, paragraph, Third), HtmlArticle.ExtractText(html));
    }

    [Theory]
    [InlineData("Firefighters work at the site of a strike in Odesa. Photo: Reuters")]
    [InlineData("Smoke rises over the port after the attack. Nina Liashonok/Reuters")]
    public void ACreditLineNamingTheAgencyInsideTheBodyIsStillDropped(string credit)
    {
        var html = Page($"<article><h1>Truce frays</h1><p>{First}</p><p>{credit}</p><p>{Third}</p></article>");

        Assert.Equal(Expected("Truce frays", First, Third), HtmlArticle.ExtractText(html));
    }
}
