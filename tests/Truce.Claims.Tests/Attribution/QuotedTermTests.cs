namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A quoted term that is the subject of a reported clause ("said the "humanitarian pause" would end", "Moscow's "buffer
/// zone" was") names a thing and is no statement; the clause is what the speaker claims. Quoted words in other positions
/// stay the speaker's. Sentences written for the test.
/// </summary>
public sealed class QuotedTermTests
{
    [Fact]
    public void APossessiveQuotedTermAsSubjectIsNoStatementButTheLaterQuoteIs()
    {
        const string text = "Foreign Minister Anton Vidmar told reporters that Serbia's \"security belt\" would stay in place until the talks ended, \"whatever Brussels says\".";
        var statement = Extract.Only(text);
        Assert.Equal("whatever Brussels says", statement.Text);
        Assert.Equal("Anton Vidmar", statement.Speaker);
    }

    [Fact]
    public void ADefiniteQuotedTermWithAPlaceBeforeItsVerbIsNoStatement()
    {
        const string text = "Envoy Marko Lesjak wrote that the \"war party\" in Belgrade was \"losing the room\" and that the talks would resume.";
        var statement = Extract.Only(text);
        Assert.Equal("losing the room", statement.Text);
        Assert.Equal("Marko Lesjak", statement.Speaker);
    }

    [Fact]
    public void ASubjectTermAloneLeavesTheReportedClause()
    {
        const string text = "The defence ministry said the \"humanitarian pause\" would end at midnight on Sunday.";
        var statement = Extract.Only(text);
        Assert.Equal("reported", statement.Kind);
        Assert.Equal("defence ministry", statement.Speaker);
    }

    [Fact]
    public void AnIndefiniteQuotedPhraseAsObjectStaysTheSpeakersWords()
    {
        const string text = "The defence ministry said the shelling was a \"flagrant violation\" of the truce.";
        var statement = Extract.Only(text);
        Assert.Equal("flagrant violation", statement.Text);
    }

    [Fact]
    public void ADefiniteQuotedPhraseAsObjectStaysTheSpeakersWords()
    {
        const string text = "Minister Anton Vidmar said any deal had to address the \"root causes\" of the conflict.";
        var statement = Extract.Only(text);
        Assert.Equal("root causes", statement.Text);
        Assert.Equal("Anton Vidmar", statement.Speaker);
    }

    [Theory]
    [InlineData("The rebels said they had launched twelve \"Sahel\" drones at the depot overnight.")]
    [InlineData("The prisoners will be swapped in the \"Two for Two\" format, the ombudsman said on Friday.")]
    [InlineData("The army said its troops had repelled \"Jaish al-Nasr\" fighters at the border at dawn.")]
    public void AQuotedNameBeforeTheNounItNamesIsNoStatement(string text)
    {
        var statements = Extract.From(text).Statements;
        Assert.Single(statements);
        Assert.Equal("reported", statements[0].Kind);
    }

    [Fact]
    public void AQuoteLeftOpenAtTheEndOfTheTextIsReadWithoutError()
    {
        // Shrunk from the news grammar's fuzz (seed bOY8gCpnOc12): a quote opened at the very end of the text, after a
        // closing mark it could pair with.
        const string text = "Ukrainian troops destroyed on Gaza's — she told reporters — Ukrainian troops pushed toward.\n"
            + "”A building had been attacked on Tuesday,“ he said in a statement of the fighting in Western Europe. Putin, regional governor, "
            + "wrote on Telegram: Ukrainian troops pulled back.” \"Th";
        var report = Extract.From(text);
        Assert.All(report.Statements, s => Assert.True(s.End <= text.Length));
    }

    [Fact]
    public void AQuotedJudgementBeforeANounStaysTheSpeakersWords()
    {
        const string text = "The ministry said Kyiv had sent a \"decorative\" delegation to the talks.";
        var statements = Extract.From(text).Statements;
        Assert.Contains(statements, s => s.Text == "decorative");
    }
}
