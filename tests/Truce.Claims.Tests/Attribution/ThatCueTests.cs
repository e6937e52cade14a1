namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Cue verbs that real copy uses with an explicit "that" ("emphasized that", "underlined that", "stresses that") report the
/// clause after it, and a second cue joined by "but" ("… but warned that …") is a second report by the same speaker.
/// Sentences written for the test.
/// </summary>
public sealed class ThatCueTests
{
    [Theory]
    [InlineData("emphasized")]
    [InlineData("emphasised")]
    [InlineData("also emphasized")]
    [InlineData("underlined")]
    [InlineData("stresses")]
    [InlineData("revealed")]
    [InlineData("speculated")]
    public void ACueBeforeThatReportsTheClause(string cue)
    {
        var statement = Extract.Only($"Foreign Minister Olga Ferris {cue} that the crossings at Lasva would reopen within a week.");
        Assert.Equal(("Olga Ferris", "the crossings at Lasva would reopen within a week"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ASecondCueJoinedByButIsASecondReportBySameSpeaker()
    {
        var statements = Extract.From("The monitoring group emphasized that troops had held the bridge at Lasva, but warned that the road risked being cut within days.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal(("monitoring group", "troops had held the bridge at Lasva"), (statements[0].Speaker, statements[0].Text));
        Assert.Equal(("monitoring group", "the road risked being cut within days"), (statements[1].Speaker, statements[1].Text));
    }

    // Round 18: "Local sources report that the fire occurred at the oil depot" was dropped in tuning copy.
    [Theory]
    [InlineData("Local sources report that the fire had reached the oil depot at Lasva.", "Local sources")]
    [InlineData("Residents report that the fire had reached the oil depot at Lasva.", "Residents")]
    public void APluralSubjectReportsInThePresent(string text, string speaker)
    {
        var statement = Extract.Only(text);
        Assert.Equal((speaker, "the fire had reached the oil depot at Lasva"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void AThatClauseAfterANounIsNoReport()
    {
        Assert.Empty(Extract.From("The minister revealed details that the talks had kept quiet for a week.").Statements);
    }
}
