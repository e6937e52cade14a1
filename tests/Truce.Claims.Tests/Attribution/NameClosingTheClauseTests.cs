namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "…, Vladimir Medinsky, the head of the Russian delegation at the talks said": when the comma that closes the appositive is
/// missing, the name still speaks, with the description as their role, and a following "he" is that person. Round 18 found the
/// description given as the speaker of both. Sentences written for the test.
/// </summary>
public sealed class NameClosingTheClauseTests
{
    [Fact]
    public void TheNameBeforeTheDescriptionSpeaks()
    {
        var statements = Extract.From("""
            The delegation has all the authority it needs, Olga Ferris, the head of the Lasvan delegation at the talks in Geneva said.

            "Our delegation was approved by decree," she said.
            """).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal(("Olga Ferris", "The delegation has all the authority it needs"), (statements[0].Speaker, statements[0].Text));
        Assert.Equal("head of the Lasvan delegation at the talks", statements[0].Role);
        Assert.Equal("Olga Ferris", statements[1].Speaker);
    }
}
