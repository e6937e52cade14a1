namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A broadcaster or newspaper named by its kind ("Iranian television", "Saudi Arabia's Al Arabiya television") reports as any
/// body does, and words that hold a report of their own ("Iranian television reported that the military") are never one
/// speaker. Round 17 found all three dropped or garbled in tuning copy. Sentences written for the test.
/// </summary>
public sealed class BroadcasterTests
{
    [Theory]
    [InlineData("Iranian television reported that the military denied firing missiles after the start of the ceasefire.", "Iranian television")]
    [InlineData("Saudi Arabia's Al Arabiya television reported that Hamas had informed Witkoff the ceasefire had ended.", "Saudi Arabia's Al Arabiya television")]
    [InlineData("The Houthis' Al-Masirah television said 12 Israeli air strikes targeted the port of Hodeida.", "Houthis' Al-Masirah television")]
    [InlineData("A Russian newspaper reported that the talks would resume in Istanbul.", "Russian newspaper")]
    public void ABroadcasterReports(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }

    // Round 18: "Al-Masirah TV channel said, "…"" gave the quote to the army named in the sentence before.
    [Fact]
    public void AChannelSpeaksAndIsNamedAgainAsTheChannel()
    {
        var statements = Extract.From("""
            The Israeli army said its navy had struck the port.

            Al-Masirah TV channel said, "Two strikes targeted the docks of the port."

            The channel said, "A third strike hit a fuel depot."
            """).Statements;
        Assert.Equal(["Israeli army", "Al-Masirah TV channel", "Al-Masirah TV channel"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void WordsHoldingTheirOwnReportAreNoSpeaker()
    {
        var statements = Extract.From("Iranian television reported that the military denied firing missiles after the start of the ceasefire.").Statements;
        Assert.DoesNotContain(statements, s => s.Speaker.Contains("reported", StringComparison.Ordinal));
    }
}
