namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A body named in full with its acronym in brackets ("the Lasvan Armed Forces (LAF)") is the body a later acronym means,
/// even when the full name first appears outside any statement; an acronym may keep the initial of a short joining word
/// ("UNIMIL" for the "United Nations Interim Mission in Lasva"); and "a UNIMIL statement" speaks for the body. Sentences
/// written for the test.
/// </summary>
public sealed class AcronymOfNamedBodyTests
{
    [Fact]
    public void AnAcronymInBracketsAfterANameMeansThatBodyLater()
    {
        const string text = "Villagers saw the Lasvan Armed Forces (LAF) shelling positions near Vienna on Monday.\n\nThe LAF said it had retaken the bridge.";
        var statement = Extract.Only(text);
        Assert.Equal(("Lasvan Armed Forces", "it had retaken the bridge"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void AnAcronymMayKeepTheInitialOfAJoiningWord()
    {
        const string text = "The United Nations Interim Mission in Lasva said its patrol had been fired on.\n\nLater, UNIMIL said nobody had been hurt.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("United Nations Interim Mission in Lasva", s.Speaker));
    }

    [Fact]
    public void AnAcronymsStatementSpeaksForTheBody()
    {
        const string text = "The United Nations Interim Mission in Lasva said its patrol had been fired on.\n\n\"Two rounds landed near the convoy,\" a UNIMIL statement said.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("United Nations Interim Mission in Lasva", s.Speaker));
    }

    [Theory]
    [InlineData("Villagers said a drone launched by the Coastal Defence Brigade hit the pier.\n\nOn Friday, the CDB said it had hit two radar posts.", "Coastal Defence Brigade")]
    [InlineData("According to reporting by Lasva Pravda, the bridge is still held.\n\nLP also states that the road was mined.", "Lasva Pravda")]
    public void AnAcronymMeansTheBodyWhoseInitialsItSpellsNamedBeforeWithoutBrackets(string text, string body) =>
        Assert.Equal(body, Extract.From(text).Statements[^1].Speaker);

    [Fact]
    public void AnAcronymOfAPlaceStaysAsWritten()
    {
        const string text = "Talks in the United States ended on Monday.\n\nThe US said it would send envoys again.";
        Assert.Equal("US", Extract.From(text).Statements[^1].Speaker);
    }
}
