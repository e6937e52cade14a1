namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Where one clause's speaker ends and another clause begins: a quoted phrase followed by a clause with its own subject,
/// and a titled full name after an opening clause that names someone else, in sentences written for the test.
/// </summary>
public sealed class ClauseBoundaryTests
{
    [Fact]
    public void AQuotedPhraseFollowedByAWhileClauseIsTheEarlierReportersNotTheNewSubjects()
    {
        const string text = "Moldovan President Elena Strat said on Friday that her country faced \"a test of its patience\" as it weighed a U.S.-drafted plan, while opposition deputies in Chisinau warned they would block any vote.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Elena Strat", quote.Speaker);
    }

    [Fact]
    public void AQuotedPhraseFollowedByAsAndANewSubjectIsTheOpeningSpeakers()
    {
        const string text = "Chancellor Otto Reinholt has said an agreement on the border is \"within reach\", as Nordic ministers insisted that no deal could be signed without Oslo.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Otto Reinholt", quote.Speaker);
    }

    [Fact]
    public void AQuoteClosedByItsOwnSpeakerAfterACommaStillGoesToThatSpeaker()
    {
        const string text = "\"The guns went quiet at midnight,\" army spokesman Colonel Piet Maas said on Sunday.";
        Assert.Equal("Piet Maas", Extract.Only(text).Speaker);
    }

    [Fact]
    public void ATitledNameAfterAnOpeningClauseThatMetSomeoneElseIsTheSubject()
    {
        const string text = "Speaking in Lisbon, where he met Portuguese Prime Minister Rui Almada, Georgian President Levan Beridze said Tbilisi was ready to sign \"a fair settlement\" but not a surrender.";
        var statements = Extract.From(text).Statements;
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("Levan Beridze", s.Speaker));
    }

    [Fact]
    public void ATitledNameAfterAParticipleClauseIsTheSubjectOfAPlainReport()
    {
        const string text = "After talks in Oslo with Norwegian Foreign Minister Eirik Dahl, Armenian Foreign Minister Aram Petrosyan said the border commission would meet again in May.";
        Assert.Equal("Aram Petrosyan", Extract.Only(text).Speaker);
    }

    [Fact]
    public void ANameWithARoleInAppositionIsStillTheNamedPerson()
    {
        const string text = "Jonas Lind, the Swedish envoy to the talks, said the two delegations would meet again in Geneva.";
        Assert.Equal("Jonas Lind", Extract.Only(text).Speaker);
    }

    [Theory]
    [InlineData("most of them aimed at power stations in the west")]
    [InlineData("part of a months-long campaign against fuel depots")]
    [InlineData("one of the heaviest attacks this year")]
    [InlineData("the latest in a series of raids on the port")]
    public void ANounPhraseAfterTheAttributionDescribesTheReportAndIsNotIt(string appendix)
    {
        var text = "Troops fired 212 shells at the border villages overnight, Moldova's border police said, " + appendix + ".";
        var statement = Extract.Only(text);
        Assert.Equal("Troops fired 212 shells at the border villages overnight", statement.Text);
        Assert.Equal("Moldova's border police", statement.Speaker);
    }

    [Fact]
    public void AnAttributionAfterAClauseWithAnInsertedMeanwhileReportsTheWholeClause()
    {
        const string text = "Georgian drones, meanwhile, struck a fuel depot near Sukhumi overnight, the defence ministry said, part of a campaign against supply lines.";
        var statement = Extract.Only(text);
        Assert.Equal("Georgian drones, meanwhile, struck a fuel depot near Sukhumi overnight", statement.Text);
    }
}
