namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A person introduced with a title and later called by another noun for the same office ("the press secretary" for a
/// spokesman, "the head of state" for a president), in sentences written for the test.
/// </summary>
public sealed class RoleReMentionTests
{
    [Fact]
    public void ThePressSecretaryIsTheSpokesmanNotTheSecretaryOfStateHeMentioned()
    {
        var statements = Extract.From("Kremlin spokesman Dmitry Peskov said on Monday that Moscow was waiting for Secretary of State "
            + "Marco Rubio to explain the proposal.\n\n\"We will not hurry,\" the press secretary added.").Statements;
        Assert.Equal("Dmitry Peskov", statements[^1].Speaker);
    }

    [Fact]
    public void TheHeadOfStateIsThePresidentIntroducedBefore()
    {
        var statements = Extract.From("President Vladimir Putin visited a command post in the Kursk region on Wednesday, where he met "
            + "the chief of the General Staff.\n\n\"The enemy must be pushed out,\" the head of state said.").Statements;
        Assert.Equal("Vladimir Putin", statements[^1].Speaker);
    }

    [Fact]
    public void TheKremlinOfficialIsTheKremlinSpokesman()
    {
        var statements = Extract.From("The talks will go on, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.\n\n"
            + "\"Our position has not changed,\" the Kremlin official said.").Statements;
        Assert.Equal(["Dmitry Peskov", "Dmitry Peskov"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void TheKremlinOfficialIsNeverThePresident()
    {
        var statements = Extract.From("President Vladimir Putin said on Tuesday that the offer stood.\n\n"
            + "\"Nothing has been agreed,\" the Kremlin official said.").Statements;
        Assert.Equal("Kremlin official", statements[^1].Speaker);
    }
}
