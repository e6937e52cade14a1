namespace Truce.Claims.Tests.Events;

/// <summary>
/// "X claimed (full) control of P" is X's claim that P was captured: a statement of X's and a capture X claims. Sentences
/// written for the test.
/// </summary>
public sealed class ClaimedControlTests
{
    [Theory]
    [InlineData("The RSF also claimed full control of Lagawa in West Kordofan.", "RSF", "full control of Lagawa")]
    [InlineData("Russia claimed control of the village of Dachne on Monday.", "Russia", "control of the village of Dachne")]
    [InlineData("Hamas claimed complete control over the crossing.", "Hamas", "complete control over the crossing")]
    public void ClaimedControlIsAClaimedCapture(string text, string claimant, string words)
    {
        var report = Extract.From(text);
        Assert.Contains(report.Statements, s => s.Speaker == claimant && s.Text.StartsWith(words, StringComparison.Ordinal));
        Assert.Equal(claimant, Assert.Single(report.Events, e => e.Action == "capture").Claimant);
    }

    [Fact]
    public void ClaimedResponsibilityIsNoCapture()
    {
        Assert.DoesNotContain(Extract.From("The Houthis claimed responsibility for the attack on the ship.").Events, e => e.Action == "capture");
    }
}
