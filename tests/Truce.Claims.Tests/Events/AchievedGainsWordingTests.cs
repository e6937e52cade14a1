namespace Truce.Claims.Tests.Events;

/// <summary>
/// Real copy tells ground won as gains or advances "achieved" ("troops achieved limited gains", "counterattacks achieved
/// some advances"), as it does with "made gains": an advance. Sentences written for the test.
/// </summary>
public sealed class AchievedGainsWordingTests
{
    [Theory]
    [InlineData("Ukrainian troops achieved limited gains near Kupiansk last month.", "Kupiansk")]
    [InlineData("Russian assault groups achieved some advances around Pokrovsk, the analysts wrote.", "Pokrovsk")]
    public void AchievedGainsAreAnAdvance(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("advance", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void GainsAchievedInTalksAreNoAdvance()
    {
        Assert.Empty(Extract.From("The negotiators achieved modest gains on prisoner exchanges in Istanbul.").Events);
    }
}
