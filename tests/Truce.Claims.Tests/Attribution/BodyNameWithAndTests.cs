namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A body whose name joins two nouns with "and" ("Widows and Veterans Forum") is one speaker; an "and" between two
/// speakers or nations still separates them; a plural title ("Presidents") is no part of a name. Sentences written for the test.
/// </summary>
public sealed class BodyNameWithAndTests
{
    [Fact]
    public void AnAndInsideACampaignersBodyNameKeepsTheWholeName()
    {
        const string text = "The Widows and Veterans Forum said the exchange had to include \u201Cevery last prisoner of the war.\u201D";
        Assert.Equal("Widows and Veterans Forum", Extract.Only(text).Speaker);
    }

    [Fact]
    public void AnAndInsideABodyNameBeforeAQuoteKeepsTheWholeName()
    {
        const string text = "\u201CWe will keep counting every name,\u201D the Widows and Veterans Coalition said.";
        Assert.Equal("Widows and Veterans Coalition", Extract.Only(text).Speaker);
    }

    [Fact]
    public void AnAndBetweenTwoNationsIsNoBodyName()
    {
        const string text = "Norway and Sweden said the corridor would reopen on Friday.";
        Assert.DoesNotContain(" and ", Extract.Only(text).Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void APluralTitleBeforeTwoNamesIsNoPartOfTheFirstName()
    {
        const string text = "Presidents Greta Lind and Arne Solberg met in Oslo on Monday.\n\n"
            + "\u201CWe have agreed on the first steps,\u201D Lind told reporters.";
        Assert.Equal("Greta Lind", Extract.Only(text).Speaker);
    }
}
