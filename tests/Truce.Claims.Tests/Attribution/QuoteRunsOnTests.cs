namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A quoted sentence that runs on outside its marks to a comma ("… in the port of" Hodeida, the Israeli army said) has its
/// speaker after that comma, and a described person at a named site ("a truck driver at Hodeida port") is the description
/// without the site, whom the next "he said" means. Round 17 found "Hodeida" speaking four times in one article. Sentences
/// written for the test.
/// </summary>
public sealed class QuoteRunsOnTests
{
    [Fact]
    public void TheSpeakerComesAfterTheWordsTheQuoteRunsOnTo()
    {
        const string text = "\"Israeli Navy missile ships struck targets in the port of\" Hodeida, the Israeli army said in a statement. "
            + "\"The strikes were carried out to stop the use of the port for military purposes,\" it said.";
        Assert.Equal(["Israeli army", "Israeli army"], Extract.From(text).Statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ADescribedPersonAtANamedSiteIsWhomTheNextPronounMeans()
    {
        const string text = "Houthi military spokesman Yahya Saree said the group would respond.\n\n"
            + "A truck driver at Hodeida port told AFP he had left his workplace. \u201COther civilians working there have also left,\u201D he said.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(["Yahya Saree", "truck driver", "truck driver"], statements.Select(s => s.Speaker));
    }

    [Theory]
    [InlineData("A nurse at the hospital said the wounded kept arriving.", "nurse at the hospital")]
    [InlineData("A dock worker at Hodeida port said the wounded kept arriving.", "dock worker")]
    public void OnlyANamedSiteIsCut(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }
}
