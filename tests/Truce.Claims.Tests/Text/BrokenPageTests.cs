using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class BrokenPageTests
{
    private const string First = "Officials in Kherson said on Monday that two shells had hit a market in the city centre, wounding four people.";
    private const string Second = "The regional governor said repair crews had restored power to most of the homes cut off by the strike overnight.";
    private const string Third = "Moscow did not comment on the report, and monitors said they could not yet confirm which side had fired.";

    [Fact]
    public void AnArticleInsideAHeaderWhoseEndTagWasLostIsStillRead()
    {
        var html = $"<!DOCTYPE html><html><body><header><a href=\"/\">Wire</a><nav><a href=\"/w\">World</a></nav>"
            + $"<main><h1>Market hit</h1><p>{First}</p><p>{Second}</p></main></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AHeaderAsideAndFooterThatDoNotHoldTheArticleAreStillDropped()
    {
        var html = "<!DOCTYPE html><html><body><header><p>Wire: news you can trust, every day of the week, from Kyiv to London.</p></header>"
            + $"<article><h1>Market hit</h1><p>{First}</p><p>{Second}</p><aside><p>Our reporters have covered the war since 2014, in Ukraine and Russia.</p></aside></article>"
            + "<footer><p>Wire is published by Wire Ltd, registered in England and Wales, company number 12345.</p></footer></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ALinkLeftOpenOverAParagraphReadsAsProseNotAsALinkList()
    {
        // The <a> is never closed: a browser shows the rest of the paragraph as one long link. (A short paragraph after it,
        // into which browsers carry the link on, still reads as a link: a known limit of the link-density test.)
        var html = $"<!DOCTYPE html><html><body><article><h1>Market hit</h1><p>{First}</p><p>Officials <a href=\"/kherson\">said "
            + $"{Second[14..]} {Third}</p></article></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\nOfficials said {Second[14..]} {Third}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AnEmphasisLeftOpenInTheHeadlineDoesNotCutTheParagraphsBeforeTheNamedBody()
    {
        // The parser reopens the <em> at the line break after the first paragraph and keeps everything after it inside:
        // that <em> holds most of the article, but the paragraph before it is shown as part of the same story.
        const string fourth = "The market reopened on Tuesday morning, traders said, though many stalls stood empty and shoppers were few.";
        var html = $"<!DOCTYPE html><html><body><div class=\"story\"><h1>Market <em>hit</h1><div class=\"article-body\"><p>{First}</p>\n"
            + $"<p>{Second}</p><div class=\"story-text\"><p>{Third}</p><p>{fourth}</p></div></div></div></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}\n\n{fourth}", HtmlArticle.ExtractText(html));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<font color=red>")]
    public void AFigureWhoseEndTagWasLostDoesNotSwallowTheParagraphsAfterIt(string formatting)
    {
        // The parser closes the figure only at the body's end tag, so the paragraph after it moves inside, under the figure's
        // class and, with the <font>, under a formatting element too; a browser shows it as a paragraph of the story.
        var html = "<!DOCTYPE html><html><body><article><h1>Market hit</h1><div class=\"article-body\">"
            + $"<p>{First}</p><p>{Second}</p><figure class=\"image\"><img src=\"/a.jpg\" alt=\"\">{formatting}"
            + $"<figcaption>Stalls after the strike. Photo: Wire</figcaption><p>{Third}</p></div></article></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}", HtmlArticle.ExtractText(html));
    }

    [Theory]
    [InlineData("Stalls after the strike. Photo: Wire")]
    [InlineData("<p>Stalls after the strike. Photo: Wire</p>")]
    public void ACaptionWhoseEndTagWasLostWithItsFiguresGivesTheParagraphsItSwallowedButNotItsOwnWords(string caption)
    {
        // With both end tags lost the paragraphs after the caption sit inside it, and the figure runs on to the body's end.
        var html = "<!DOCTYPE html><html><body><article><h1>Market hit</h1><div class=\"article-body\">"
            + $"<p>{First}</p><figure class=\"image\"><img src=\"/a.jpg\" alt=\"\"><figcaption>{caption}"
            + $"<p>{Second}</p><p>{Third}</p></div></article></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AClosedCaptionEndingTheBodyStaysUnread()
    {
        var html = "<!DOCTYPE html><html><body><article><h1>Market hit</h1><div class=\"article-body\">"
            + $"<p>{First}</p><p>{Second}</p><figure class=\"image\"><img src=\"/a.jpg\" alt=\"\">"
            + "<figcaption><p>Stalls after the strike on the market on Monday.</p></figcaption></figure></div></article></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ClosedFiguresStillGiveNeitherTheirCaptionsNorTheQuotationsTheyEmbed()
    {
        // A pull quote ending the body sets its text before its caption; an embed captioned first is followed by the story.
        const string quotation = "We will rebuild the market within a month, whatever it costs the city, the mayor wrote.";
        var pullQuoteLast = "<!DOCTYPE html><html><body><article><h1>Market hit</h1><div class=\"article-body\">"
            + $"<p>{First}</p><p>{Second}</p><figure class=\"image\"><img src=\"/a.jpg\" alt=\"\">"
            + "<figcaption>Stalls after the strike. Photo: Wire</figcaption></figure>"
            + $"<figure class=\"quote\"><blockquote><p>{quotation}</p></blockquote><figcaption>The mayor</figcaption></figure></div></article></body></html>";
        var embedCaptionedFirst = "<!DOCTYPE html><html><body><article><h1>Market hit</h1><div class=\"article-body\">"
            + $"<p>{First}</p><figure class=\"post\"><figcaption>The mayor on social media:</figcaption><blockquote><p>{quotation}</p></blockquote></figure>"
            + $"<p>{Second}</p></div></article></body></html>";

        Assert.Equal($"Market hit\n\n{First}\n\n{Second}", HtmlArticle.ExtractText(pullQuoteLast));
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}", HtmlArticle.ExtractText(embedCaptionedFirst));
    }

    [Fact]
    public void AShortLinkListInsideTheBodyIsStillDropped()
    {
        var html = $"<!DOCTYPE html><html><body><article><h1>Market hit</h1><p>{First}</p>"
            + "<p><a href=\"/1\">Kherson market hit by shells</a> <a href=\"/2\">Power restored in Odesa region</a></p>"
            + $"<p>{Second}</p></article></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void TheStartOfAParagraphCutOffByAStrayTableIsKept()
    {
        // Without a doctype a <table> does not close the paragraph it opens in, so the rest of the story moves into a cell.
        var html = $"<html><body><article><h1>Market hit</h1><div class=\"article-body\"><p>Officials in Kherson said on Monday that two shells "
            + $"<table><tr><td>had hit a market in the city centre, wounding four people. {Second} {Third}</td></tr></table></p></div></article></body></html>";
        var text = HtmlArticle.ExtractText(html);
        Assert.Contains("Officials in Kherson said on Monday that two shells", text, StringComparison.Ordinal);
        Assert.Contains(Third, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpeningParagraphEndingInStrayCommentJunkIsStillTheLead()
    {
        // A page the page fuzz generated (seed 6VXw_bPghFK3): its opening paragraph ends "… overnight.-->", the "-->" of a
        // comment never opened, rendered as text; the paragraph was taken for a standfirst because it seemed not to end a sentence.
        var folder = Path.Combine(Path.GetDirectoryName(PageFixtureTests.PagesFolder())!, "FuzzPages");
        var html = File.ReadAllText(Path.Combine(folder, "lead-ending-in-comment-junk.html"));
        Assert.Contains("\"Avdiivka region, the regional centre, were shot down outside Kramatorsk", HtmlArticle.ExtractText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpeningParagraphEndingOnAClosingGuillemetIsStillTheLead()
    {
        // A page the page fuzz generated (seed cJbO4y4G_Fn3): its opening paragraph ends "… attacked.»", and «…» closes a
        // sentence as "…" does; the paragraph was dropped as if it were a standfirst.
        var folder = Path.Combine(Path.GetDirectoryName(PageFixtureTests.PagesFolder())!, "FuzzPages");
        var html = File.ReadAllText(Path.Combine(folder, "lead-ending-in-guillemet.html"));
        Assert.Contains("The front is quiet — White House envoy Putin told Reuters", HtmlArticle.ExtractText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void AStandfirstBeforeTheBodyIsNotPulledInByTheLeadRule()
    {
        var html = "<!DOCTYPE html><html><body><article><h1>Market hit</h1><div class=\"article-content\">"
            + "<p class=\"standfirst\">Four wounded as shells strike a market in the southern city</p>"
            + $"<div class=\"inner\"><p>{First}</p><p>{Second}</p><p>{Third}</p></div></div></article></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AStrayParagraphEndTagInsideADivParagraphDoesNotCutTheParagraphsAfterIt()
    {
        // A page the page fuzz generated (seed eCKTVJkpl8d5): a "</p>" with no open <p> makes the parser insert an empty <p>
        // inside the <div>, so the div's text came out as two runs of its own, as if the div held the story, and the paragraph
        // after the div was cut. A browser shows the empty <p> as no more than a line break and the paragraph as story text.
        const string fourth = "The market reopened on Tuesday morning, traders said, though many stalls stood empty and shoppers were few.";
        var html = $"<!DOCTYPE html><html><body><article><h1>Market hit</h1><div>{First}</p>{Second} {fourth}</div>"
            + $"<p>{Third}</p></article></body></html>";
        Assert.Equal($"Market hit\n\n{First}\n\n{Second} {fourth}\n\n{Third}", HtmlArticle.ExtractText(html));
    }
}
