namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Phrases wire copy sets between a cue and what was said: "told Reuters, on condition of anonymity, that …", "said,
/// without giving evidence, that …", "said earlier on Monday that …", and "The plan, he told reporters on a call, set out
/// …". Sentences written for the test.
/// </summary>
public sealed class InsertedPhraseTests
{
    [Fact]
    public void ACommaPhraseBetweenToldAndThatLeavesTheReport()
    {
        const string text = "A Moldovan official close to the talks told Reuters, on condition of anonymity, that the hardest question was the fate of Tiraspol.";
        var statement = Extract.Only(text);
        Assert.Equal("the hardest question was the fate of Tiraspol", statement.Text);
        Assert.Equal("Moldovan official close to the talks", statement.Speaker);
    }

    [Fact]
    public void TheDescribedSourceIntroducedThatWaySpeaksTheNextQuote()
    {
        const string text = "Talks\n\nAn Armenian official familiar with the negotiations told the Guardian, on condition of anonymity, that the corridor remained the sticking point.\n\n" +
            "\"Nobody in Yerevan will sign that,\" the official said.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Armenian official familiar with the negotiations", s.Speaker));
    }

    [Fact]
    public void ACommaPhraseBetweenSaidAndThatLeavesTheReport()
    {
        const string text = "The defence ministry said, without giving evidence, that enemy drones had hit a school in Gori.";
        Assert.Equal("enemy drones had hit a school in Gori", Extract.Only(text).Text);
    }

    [Fact]
    public void EarlierWithADayBeforeThatIsNoPartOfTheReport()
    {
        const string text = "Presidential aide Anton Berger said earlier on Monday that nobody expected a quick deal.";
        Assert.Equal("nobody expected a quick deal", Extract.Only(text).Text);
    }

    [Fact]
    public void APronounToldInsideTheSentenceReportsWhatFollows()
    {
        const string text = "Presidential aide Anton Berger said the talks had been useful. Vienna's proposal, he told reporters on a conference call, set out the terms for a lasting settlement.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("set out the terms for a lasting settlement", statements[1].Text);
        Assert.Equal("Anton Berger", statements[1].Speaker);
    }

    [Fact]
    public void ACommaAfterSaidWithoutThatKeepsThePhraseInTheReport()
    {
        const string text = "The interior ministry said, in Tbilisi, the border would stay closed.";
        Assert.Contains("the border would stay closed", Extract.Only(text).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitledNameAfterACityAndCountryIsTheSubject()
    {
        const string text = "Speaking at a summit of Balkan leaders in Skopje, North Macedonia, President Levan Beridze said the next step should be a meeting of defence ministers.";
        Assert.Equal("Levan Beridze", Extract.Only(text).Speaker);
    }

    [Theory]
    [InlineData("said in a statement it had released 40 prisoners")]
    [InlineData("said in a video on Telegram it had released 40 prisoners")]
    [InlineData("said in its daily update it had released 40 prisoners")]
    public void TheMediumOfTheReportIsNoPartOfIt(string report)
    {
        var statement = Extract.Only("The Armenian defence ministry " + report + ".");
        Assert.Equal("it had released 40 prisoners", statement.Text);
    }

    [Fact]
    public void AStatementThatFollowsItsMediumWithThatStillReportsTheClause()
    {
        var statement = Extract.Only("The Armenian defence ministry said in a statement that it had released 40 prisoners.");
        Assert.Equal("it had released 40 prisoners", statement.Text);
    }

    [Theory]
    [InlineData("a claim Tbilisi denied")]
    [InlineData("a claim that could not be independently verified")]
    [InlineData("an assertion Yerevan rejected")]
    public void TheNarrationsCommentOnAReportIsNoPartOfIt(string comment)
    {
        var statement = Extract.Only("Armenia's military said enemy drones had been shot down over Gyumri, " + comment + ".");
        Assert.Equal("enemy drones had been shot down over Gyumri", statement.Text);
    }

    [Fact]
    public void ANounPhraseInsideTheReportStaysInIt()
    {
        var statement = Extract.Only("Armenia's military said the strike on Gyumri, a city of 110,000, had killed two people.");
        Assert.Equal("the strike on Gyumri, a city of 110,000, had killed two people", statement.Text);
    }
}
