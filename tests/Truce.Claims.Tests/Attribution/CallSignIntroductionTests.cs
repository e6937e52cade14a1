namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A soldier a feature introduces by a description and a call sign ("The gunner who goes by the call sign "Sova"", "The
/// battalion's medic goes by the call sign "Lis."") is whom the next "he said" means, and a later mention of the call sign in
/// the narration makes them so again, in paragraphs written for the test.
/// </summary>
public sealed class CallSignIntroductionTests
{
    [Fact]
    public void ADescribedSoldierWhoGoesByACallSignSpeaksTheOpeningQuote()
    {
        const string text = "Front-line notes\n\n" +
            "ZAPORIZHZHIA OBLAST — The mortar gunner who goes by the call sign \"Sova\" has spent nine nights in the same trench.\n\n" +
            "\"They come at dusk, always at dusk,\" he said.";
        var quote = Extract.Only(text);
        Assert.Equal("Sova", quote.CallSign);
    }

    [Fact]
    public void ADefiniteRoleIntroducedByItsCallSignIsNotAnEarlierSoldierWithASimilarRole()
    {
        const string text = "Front-line notes\n\n" +
            "\"We hold the crossroads,\" said Taras, a 41-year-old company commander.\n\n" +
            "The battalion's deputy commander goes by the call sign \"Lis.\" He said the enemy had brought up two more companies.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Taras", statements[0].Speaker);
        Assert.Equal("Lis", statements[1].CallSign);
        Assert.NotEqual("Taras", statements[1].Speaker);
    }

    [Fact]
    public void TheCallSignInTheNarrationMakesTheSoldierTheOneHeMeansAgain()
    {
        const string text = "Front-line notes\n\n" +
            "The drone pilot who goes by the call sign \"Hrim\" checks his batteries before every flight.\n\n" +
            "\"Nothing moves here in daylight,\" he said.\n\n" +
            "Defence Minister Anton Vidmar told reporters in the capital that the line would hold \"whatever it costs.\"\n\n" +
            "Back at the position, Hrim landed the drone and swapped its battery.\n\n" +
            "\"The minister has never been here,\" he said.";
        var statements = Extract.From(text).Statements;
        Assert.Equal("Hrim", statements[0].CallSign);
        Assert.Equal("Anton Vidmar", statements[1].Speaker);
        Assert.Equal("Hrim", statements[^1].CallSign);
    }

    [Fact]
    public void AGridOperatorWithoutACallSignStaysAnOrganisation()
    {
        const string text = "The grid operator said power had been restored to 40,000 homes in the region by Sunday evening.";
        var statement = Extract.Only(text);
        Assert.Null(statement.CallSign);
        Assert.Equal("grid operator", statement.Speaker);
    }
}
