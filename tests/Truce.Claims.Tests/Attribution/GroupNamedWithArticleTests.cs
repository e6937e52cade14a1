namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "The Houthis said", "The Taliban said", "The Washington Post reported": capitalised words right after "the" name a group,
/// a body or a paper that speaks, in sentences written for the test.
/// </summary>
public sealed class GroupNamedWithArticleTests
{
    [Theory]
    [InlineData("The Houthis said they had fired two drones at the port of Eilat.", "Houthis")]
    [InlineData("The Taliban said the border crossing would reopen on Monday.", "Taliban")]
    [InlineData("The Houthis also said the attacks would continue until the siege ended.", "Houthis")]
    [InlineData("The Washington Post reported that the draft had 28 points.", "Washington Post")]
    [InlineData("The draft had 28 points, The New York Times reported.", "New York Times")]
    [InlineData("The draft had 28 points, according to The Wall Street Journal.", "Wall Street Journal")]
    public void TheGroupReportsTheClauseAfterItsCue(string text, string speaker)
    {
        var statement = Extract.Only(text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal("reported", statement.Kind);
    }

    [Fact]
    public void TheArticleBeforeAPersonsNameAndRoleStillNamesThePerson()
    {
        var statement = Extract.Only("The Kremlin spokesman Dmitry Peskov said the talks would go on.");
        Assert.Equal("Dmitry Peskov", statement.Speaker);
    }
}
