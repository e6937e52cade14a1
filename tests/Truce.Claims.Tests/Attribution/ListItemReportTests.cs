namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Agency round-ups list what a ministry said as bulleted items ("- According to the ministry, …", "- …, the Defense
/// Ministry said."): the bullet is no part of what was said, and a body named only as the owner of another unit ("the
/// Ukrainian Defense Ministry's Main Directorate of Intelligence") is not what a later "the ministry" means. Round 19 found
/// a TASS round-up whose later items went to the wrong ministry. Sentences written for the test.
/// </summary>
public sealed class ListItemReportTests
{
    [Fact]
    public void ABulletedAccordingToReports()
    {
        var statements = Extract.From("""
            The blockade continues from the south, the Russian Defense Ministry said.

            - According to the ministry, volunteers and special forces are among the troops surrounded in the town.
            """).Statements;
        Assert.Equal(("Russian Defense Ministry", "volunteers and special forces are among the troops surrounded in the town"), (statements[^1].Speaker, statements[^1].Text));
    }

    [Fact]
    public void TheOwnerOfANamedUnitIsNotTheMinistryMeantLater()
    {
        var statements = Extract.From("""
            The blockade continues from the south, the Russian Defense Ministry said.

            - According to the ministry, special forces of the Ukrainian Defense Ministry's Main Directorate of Intelligence are among the troops surrounded.

            - The ministry estimates that the defenders lost over 1,800 troops in the last month.
            """).Statements;
        Assert.All(statements, s => Assert.Equal("Russian Defense Ministry", s.Speaker));
        Assert.Equal("the defenders lost over 1,800 troops in the last month", statements[^1].Text);
    }

    [Theory]
    [InlineData("The Russian army has on Monday, August 25, 2025, said its troops had seized another village.")]
    [InlineData("The Russian army on Monday, 25 August said its troops had seized another village.")]
    public void ADateBeforeTheCueIsWhenTheBodySpoke(string sentence)
    {
        var statement = Extract.Only(sentence);
        Assert.Equal(("Russian army", "its troops had seized another village"), (statement.Speaker, statement.Text));
    }
}
