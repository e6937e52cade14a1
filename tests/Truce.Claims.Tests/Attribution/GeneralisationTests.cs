namespace Truce.Claims.Tests.Attribution;

/// <summary>Families of errors found on unseen wire copy, each checked with sentences written for the test.</summary>
public sealed class GeneralisationTests
{
    [Theory]
    [InlineData("Afterward, Governor Tom Reyes said the plan was \"dead on arrival\".")]
    [InlineData("Afterward Governor Tom Reyes said the plan was \"dead on arrival\".")]
    [InlineData("Subsequently, Governor Tom Reyes said the plan was \"dead on arrival\".")]
    [InlineData("Nevertheless, Governor Tom Reyes said the plan was \"dead on arrival\".")]
    [InlineData("Eventually Governor Tom Reyes said the plan was \"dead on arrival\".")]
    public void ASentenceOpeningAdverbIsNeverTheSpeaker(string text)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal("Tom Reyes", statement.Speaker);
    }

    [Theory]
    [InlineData("Kremlin spokesman Pavel K. Orlov said: \"We will wait.\"", "Pavel K. Orlov")]
    [InlineData("Senator Anna B. Fields said: \"We will wait.\"", "Anna B. Fields")]
    public void AMiddleInitialKeepsItsFullStop(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Statements).Speaker);

    [Fact]
    public void TheStatementThatSpeaksStandsForWhoeverIssuedIt()
    {
        var statements = Extract.From("The Defence Ministry was quick to respond. In a statement, the ministry said the deal was off. \"We will not sign,\" the statement said.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Defence Ministry", s.Speaker));
    }

    [Theory]
    [InlineData("\"Nothing has changed since the summer,\" Tom Reyes said in a post on Facebook.")]
    [InlineData("\"Nothing has changed since the summer,\" Tom Reyes said in an interview with local radio.")]
    [InlineData("\"Nothing has changed since the summer,\" Tom Reyes said during a briefing.")]
    public void WhereWordsWereSaidIsNotWhatWasSaid(string text)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.StartsWith("Nothing has changed since the summer", statement.Text, StringComparison.Ordinal);
        Assert.Equal("Tom Reyes", statement.Speaker);
    }

    [Fact]
    public void APronounInsideWhatSomeoneReportsMeansTheReporterNotTheLastManSpokenOf()
    {
        var statements = Extract.From(
            "Governor Tom Reyes met the delegation. Mayor Paul Dane said the city was \"ready for anything\".\n\n"
            + "Reyes later wrote online that he had told both sides to \"stop shooting now\". \"It is time to go home,\" he wrote.").Statements;
        Assert.Equal(["Paul Dane", "Tom Reyes", "Tom Reyes"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void AnArmedWingNamedWithAPluralHeadSpeaksAndIsTheGroupThatFollows()
    {
        var statements = Extract.From(
            "The Saraya Battalions, the Jihad group's armed wing, said in a statement on Telegram that it would delay the next exchange. "
            + "The group said soldiers had shelled homes near the crossing.").Statements;
        Assert.Equal(["Saraya Battalions", "Saraya Battalions"], statements.Select(s => s.Speaker));
    }

    [Theory]
    [InlineData("A diplomat involved in the talks said the hardest protocols had been left for later.", "diplomat involved in the talks")]
    [InlineData("Two officials briefed on the plan said the draft ran to twenty points.", "officials briefed on the plan")]
    public void ARoleWithItsParticiplePhraseIsTheWholeDescription(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Statements).Speaker);

    [Theory]
    [InlineData("Displaced families said the strike had shattered their sense of safety.", "displaced families")]
    [InlineData("Bereaved relatives said the bodies had not yet been returned to them.", "bereaved relatives")]
    public void APeopleNounAfterAParticipleOpeningTheSentenceIsADescription(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Statements).Speaker);

    [Fact]
    public void AShortNameInBracketsAfterAnOrganisationIsNotPartOfItsNameAndAnAssessmentIsAReport()
    {
        var statements = Extract.From(
            "The Centre for the Study of Conflict (CSC), a London-based think tank, said in its Nov. 3 report that satellite images did not support the claim. "
            + "The CSC assessed that Russian forces had advanced near the river.").Statements;
        Assert.Equal(["Centre for the Study of Conflict", "Centre for the Study of Conflict"], statements.Select(s => s.Speaker));
        Assert.Equal("Russian forces had advanced near the river", statements[1].Text);
    }

    [Fact]
    public void SayingAfterARejectionReportsTheWordsOfTheOneWhoRejected()
    {
        var statement = Assert.Single(Extract.From("The Latvian Defence Ministry rejected the report, saying its troops still held the bridge near the border.").Statements);
        Assert.Equal("Latvian Defence Ministry", statement.Speaker);
        Assert.Equal("its troops still held the bridge near the border", statement.Text);
    }

    [Fact]
    public void AnOpeningTimePhraseIsNotWhatWasToldWhenAThatClauseFollowsTheCue()
    {
        var statement = Assert.Single(Extract.From(
            "Weeks earlier, army chief Pavel Orlov had told President Ivan Sokol at a televised meeting that most of the town was under control.").Statements);
        Assert.Equal("Pavel Orlov", statement.Speaker);
        Assert.Equal("most of the town was under control", statement.Text);
    }

    [Fact]
    public void AShortOrganisationNameMeansTheBodyJustQuotedNotOneMentionedInPassing()
    {
        var statements = Extract.From(
            "Weeks earlier, Chief of the General Staff Pavel Orlov had told President Ivan Sokol at a meeting that the town was under control.\n\n"
            + "Ukraine's General Staff said Russian units were still trying to enter the town.\n\n"
            + "According to the General Staff, Ukrainian forces repelled 29 assaults near the town over the past day.").Statements;
        Assert.Equal(["Pavel Orlov", "Ukraine's General Staff", "Ukraine's General Staff"], statements.Select(s => s.Speaker));
    }
}
