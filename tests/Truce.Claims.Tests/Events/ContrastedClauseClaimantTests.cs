namespace Truce.Claims.Tests.Events;

/// <summary>
/// An action told before a contrasting clause ("…, while X claimed …", "…, but X said …", "…; X says …") is in the
/// article's own voice; the speaker of the later clause claims only what their own clause reports. Sentences written for the test.
/// </summary>
public sealed class ContrastedClauseClaimantTests
{
    [Theory]
    [InlineData(", while ")]
    [InlineData(", but ")]
    [InlineData("; ")]
    public void AnActionBeforeAContrastingReportHasNoClaimant(string joiner)
    {
        var text = "Government troops shelled the outskirts of Kadugli on Sunday" + joiner + "the rebel command claimed to have captured two hills nearby.";
        var report = Extract.From(text);
        var shelling = Assert.Single(report.Events, e => e.Action == "shell");
        Assert.Null(shelling.Claimant);
    }

    [Fact]
    public void AnActionInsideTheContrastingReportIsClaimedByItsSpeaker()
    {
        const string text = "Government troops held their lines near Kadugli on Sunday, while the rebel command claimed to have captured two hills nearby.";
        var report = Extract.From(text);
        var statement = Assert.Single(report.Statements);
        var capture = Assert.Single(report.Events, e => e.Action == "capture");
        Assert.Equal(statement.Speaker, capture.Claimant);
    }

    [Fact]
    public void AnActionBeforeATrailingAttributionIsStillThatSpeakersClaim()
    {
        const string text = "Government troops shelled the outskirts of Kadugli on Sunday, the rebel command said.";
        var report = Extract.From(text);
        var shelling = Assert.Single(report.Events, e => e.Action == "shell");
        Assert.NotNull(shelling.Claimant);
    }
}
