namespace Truce.Claims.Tests.Attribution;

/// <summary>Reports in longer wire sentences and anonymous group speakers, in sentences written for the test.</summary>
public sealed class ReportedSpeechTests
{
    [Fact]
    public void AReportAfterThoughIsASecondStatementOfItsOwn()
    {
        const string text = "The two delegations narrowed their differences in Oslo on Friday, Foreign Minister Anna Lund said, though she cautioned that a deal was still weeks away.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Contains(statements, s => s.Text == "a deal was still weeks away" && s.Speaker == "Anna Lund");
    }

    [Fact]
    public void WhenTheOpeningClauseReportsNothingALaterOneStillCan()
    {
        const string text = "Neither army said how many soldiers were freed, but Moldovan officials said it was the first of three rounds.";
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal("Moldovan officials", statement.Speaker);
        Assert.Equal("it was the first of three rounds", statement.Text);
    }

    [Theory]
    [InlineData("Two bridges were destroyed overnight, officials on both sides said.", "officials on both sides")]
    [InlineData("In Tiraspol, on the eastern bank, four houses were hit by shells, local officials said.", "local officials")]
    public void GroupsOfOfficialsAreSpeakers(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Statements).Speaker);

    [Fact]
    public void ADescriptionDropsItsNumberAndItsShortFormReturnsToIt()
    {
        const string text = "Three diplomats familiar with the talks said the draft had been shortened. The diplomats also said a vote was planned for May.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("diplomats familiar with the talks", s.Speaker));
    }

    [Fact]
    public void ADescriptionWithAnotherModifierIsAnotherGroup()
    {
        const string text = "Moldovan officials said the border crossing had reopened. Regional officials said two villages were still without power.";
        var statements = Extract.From(text).Statements;
        Assert.Equal("Regional officials", statements[^1].Speaker);
    }
}
