namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "Sirens blared in northern Israel and the Israeli military said …": after a clause of the narration, "and" with a definite
/// subject opens a second clause, and that subject speaks. Round 18 found such a sentence dropped, or its quote given to a
/// speaker of the paragraph before. Sentences written for the test.
/// </summary>
public sealed class ClauseBeforeAndTests
{
    [Theory]
    [InlineData("Sirens blared in northern towns and the Lasvan military said it had identified missiles launched from the west.")]
    [InlineData("Later, sirens blared in northern towns and the Lasvan military said it had identified missiles launched from the west.")]
    [InlineData("A drone struck a depot overnight and the Lasvan military said it had identified missiles launched from the west.")]
    public void TheSubjectAfterAndSpeaks(string text)
    {
        var statement = Extract.Only(text);
        Assert.Equal(("Lasvan military", "it had identified missiles launched from the west"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void TheSubjectAfterAndSpeaksAQuote()
    {
        var statements = Extract.From("""
            The Brovan army said it had shelled the bridge.

            Sirens blared in northern towns and the Lasvan military said it had "identified missiles launched from the west."
            """).Statements;
        Assert.Equal("Lasvan military", statements[^1].Speaker);
    }
}
