using CsCheck;
using Truce.Claims.Attribution;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// The extractor parses speaker phrases with a parser made for the article, which parses each phrase once however often
/// the rules ask for it; these tests hold it to the shared parser's answers.
/// </summary>
public sealed class ParsedOncePerArticleTests
{
    private static readonly HashSet<string> Places = new(StringComparer.Ordinal) { "Kyiv", "Moscow", "Ukraine", "Russia" };

    [Fact]
    public void APhraseAskedForAgainIsNotParsedAgain()
    {
        var lookups = 0;
        var parser = new SpeakerParser(name => { lookups++; return Places.Contains(name); }).ForOneArticle();
        var first = parser.Parse("the regional governor, Oleh Marchuk");
        var lookupsOfOneParse = lookups;
        var second = parser.Parse("the regional governor, Oleh Marchuk");
        Assert.True(lookupsOfOneParse > 0);
        Assert.Equal(lookupsOfOneParse, lookups);
        Assert.Equal(first, second);
    }

    [Fact]
    public void GeneratedSpeakerPhrasesGetTheSharedParsersAnswer()
    {
        var shared = new SpeakerParser(Places.Contains);
        var article = shared.ForOneArticle();
        NewsGrammar.Speaker.Sample(phrase =>
        {
            Assert.Equal(shared.Parse(phrase), article.Parse(phrase));
            Assert.Equal(shared.Parse(phrase), article.Parse(phrase));
        }, iter: 2000);
    }
}
