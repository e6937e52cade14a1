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

    [Fact]
    public void WordsHoldingTheirOwnReportAreNoSpeaker()
    {
        var statements = Extract.From("Iranian television reported that the military denied firing missiles after the start of the ceasefire.").Statements;
        Assert.DoesNotContain(statements, s => s.Speaker.Contains("reported", StringComparison.Ordinal));
    }
}
