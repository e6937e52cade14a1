namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Real copy often lets a body's document or its press office speak for it ("the ministry's statement claims …", "the press
/// service of the army reported …"): the body that owns the words is the speaker. Sentences written for the test.
/// </summary>
public sealed class OwnerOfTheWordsTests
{
    [Fact]
    public void ABodysStatementSpeaksForTheBody()
    {
        var statements = Extract.From("The foreign ministry published its list of agreed sites on Monday. The foreign ministry's statement claims that the pause has held since Friday.").Statements;
        Assert.Equal("foreign ministry", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void APressServiceSpeaksForItsBody()
    {
        var statements = Extract.From("Russia's Defence Ministry said its units had reached the river. Later the press service of the ministry reported that two villages had been taken.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Russia's Defence Ministry", statements[1].Speaker);
    }
}
