using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class LinkedDataArticleTests
{
    private const string First = "Officials in Kherson said on Monday that two shells had hit a market in the city centre, wounding four people.";
    private const string Second = "The regional governor said repair crews had restored power to most of the homes cut off by the strike overnight.";
    private const string Third = "Moscow did not comment on the report, and monitors said they could not yet confirm which side had fired.";

    private static string Page(string markup, string linkedData) =>
        $"<!DOCTYPE html><html><head><script type=\"application/ld+json\">{linkedData}</script></head><body><article><h1>Market hit</h1>{markup}</article></body></html>";

    [Fact]
    public void APaywalledTeaserIsReplacedByTheWholeBodyFromJsonLd()
    {
        var html = Page($"<p>{First}</p><div class=\"paywall\"><p>Subscribe to continue reading.</p></div>",
            "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + First + "\\n\\n" + Second + "\\n\\n" + Third + "\"}");
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ATeaserOfTwoThirdsOfTheStoryIsAlsoCompletedFromJsonLd()
    {
        var html = Page($"<p>{First}</p><p>{Second}</p>",
            "[{\"@type\":\"Organization\",\"name\":\"Wire\"},{\"@type\":\"NewsArticle\",\"articleBody\":\"" + First + "\\n" + Second + "\\n" + Third + "\"}]");
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void ATeaserLackingOnlyAShortClosingParagraphIsCompletedButNotForAnAgencySignOff()
    {
        const string closing = "KYIV (AP) — We will not give up.";
        var teaser = Page($"<p>{First}</p><p>{Second}</p><p>{Third}</p>",
            "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + First + "\\n" + Second + "\\n" + Third + "\\n" + closing + "\"}");
        var signedOff = Page($"<p>{First}</p><p>{Second}</p><p>{Third}</p>",
            "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + First + "\\n" + Second + "\\n" + Third + "\\n— Reuters\"}");

        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}\n\n{closing}", HtmlArticle.ExtractText(teaser));
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}", HtmlArticle.ExtractText(signedOff));
    }

    [Fact]
    public void AClosingParagraphWhoseLettersTheTeaserHoldsOnlyAcrossAWordBoundaryIsStillProseItLacks()
    {
        // "the line" is not "the lines": compared on letters alone, the closing paragraph seemed to be in the teaser already.
        const string lines = "The army said it held the lines east of the city through the night, despite heavy shelling.";
        const string closing = "The army said it held the line.";
        var html = Page($"<p>{First}</p><p>{lines}</p><div class=\"paywall\"><p>Subscribe to continue reading.</p></div>",
            "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + First + "\\n" + lines + "\\n" + closing + "\"}");
        Assert.Equal($"Market hit\n\n{First}\n\n{lines}\n\n{closing}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void APaywallNoticeUnderAOneLineTeaserDoesNotHideTheTeaser()
    {
        // The JSON-LD is malformed (a stray comma), so the markup is all there is: its one line, not the notice, is the body.
        const string teaser = "Officials in Kherson said that two shells had hit a market in the city centre";
        var html = Page($"<p>{teaser}</p><div class=\"paywall-notice\"><p>Subscribe to continue reading this article.</p></div>",
            "{\"@type\":\"NewsArticle\",,\"articleBody\":\"" + First + "\"}");

        Assert.Equal($"Market hit\n\n{teaser}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void WhenMarkupAndJsonLdBothHoldTheWholeStoryItIsReadOnce()
    {
        // The JSON-LD writes quotes and dashes differently; the story is the same.
        var html = Page($"<p>{First}</p><p>{Second}</p><p>{Third}</p>",
            "{\"@graph\":[{\"@type\":\"NewsArticle\",\"articleBody\":\"" + First.Replace(",", " ,", StringComparison.Ordinal) + "\\n" + Second + "\\n" + Third + "\"}]}");
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void EscapedQuotesUnicodeEscapesReferencesAndMarkupInTheBodyAreDecoded()
    {
        var html = Page("<p>Loading…</p>",
            "{\"@type\":\"NewsArticle\",\"articleBody\":\"<p>\\u201CWe will rebuild,\\u201D the mayor said of the \\\"market\\\" &amp; its stalls.</p><p>" + Second + "</p>\"}");
        Assert.Equal($"Market hit\n\n“We will rebuild,” the mayor said of the \"market\" & its stalls.\n\n{Second}", HtmlArticle.ExtractText(html));
    }

    [Theory]
    [InlineData("{\"@type\":\"NewsArticle\",\"articleBody\":\"cut short")]
    [InlineData("{\"@type\":\"NewsArticle\",,\"articleBody\":\"x\"}")]
    [InlineData("not json at all")]
    public void MalformedJsonLdIsIgnored(string linkedData)
    {
        var html = Page($"<p>{First}</p><p>{Second}</p>", linkedData);
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AJsonLdSummaryShorterThanTheMarkupDoesNotReplaceIt()
    {
        var html = Page($"<p>{First}</p><p>{Second}</p><p>{Third}</p>", "{\"@type\":\"NewsArticle\",\"articleBody\":\"Four people were wounded in Kherson.\"}");
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}\n\n{Third}", HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void JsonLdHoldingOtherTextThanTheMarkupDoesNotReplaceIt()
    {
        // Longer, but not the same story: the markup's text is not in it.
        var other = "A different story about a football match in Lviv, where the home side won two goals to one after extra time. " + Third;
        var html = Page($"<p>{First}</p><p>{Second}</p>", "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + other + "\\n" + other + "\"}");
        Assert.Equal($"Market hit\n\n{First}\n\n{Second}", HtmlArticle.ExtractText(html));
    }
}
