namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A formation named with a compass point ("Task Force East", "Operational Command North") is a body, not a person called
/// "East"; a body's name before its document ("The Task Force East report said", "the General Staff update said") is the
/// speaker; and "…," Lytvyn commented closes a quote. Round 18 found all three in real copy read for the first time
/// (unannotated excerpts). Sentences written for the test.
/// </summary>
public sealed class FormationAndItsReportTests
{
    [Theory]
    [InlineData("Task Force East said Lasvan forces were holding northern districts of Brova.", "Task Force East")]
    [InlineData("The Task Force East report also said Lasvan forces were holding northern districts of Brova.", "Task Force East")]
    [InlineData("The General Staff update said Lasvan forces were holding northern districts of Brova.", "General Staff")]
    [InlineData("Local officials in South Kivu said Lasvan forces were holding northern districts of Brova.", "Local officials")]
    public void TheBodySpeaks(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }

    [Fact]
    public void CommentedClosesAQuote()
    {
        var statements = Extract.From("""
            Presidential advisor Dmytro Lytvyn said the strikes had not stopped.

            Moscow claimed that the truce had been in effect since March 18.

            "But the reality is – they have been hitting our energy sites with bombs," Lytvyn commented.
            """).Statements;
        Assert.Equal("Dmytro Lytvyn", statements[^1].Speaker);
    }
}
