namespace Truce.Claims.Tests.Events;

/// <summary>
/// Real copy tells an action going on with its own noun after "continues its": "as Moscow continues its slow advance",
/// "accused Kyiv of continuing its strikes". That asserts the action as "continues to advance" and "continued to strike"
/// do. Sentences written for the test.
/// </summary>
public sealed class ContinuedCampaignNounTests
{
    private static (string Action, string? Place)[] Claims(string text) =>
        [.. Extract.From(text).Events.Select(e => (e.Action, e.Place))];

    [Theory]
    [InlineData("Fighting flared around Pokrovsk as Russia continues its gradual advance.", "advance", "Pokrovsk")]
    [InlineData("Moscow continued its slow but steady advance near Siversk on Sunday.", "advance", "Siversk")]
    [InlineData("Russia was continuing its drone strikes near Kharkiv, officials said.", "strike", "Kharkiv")]
    [InlineData("Russian units continued their assaults around Zaporizhzhia overnight.", "attack", "Zaporizhzhya")]
    public void ContinuingItsActionNounAssertsTheAction(string text, string action, string place)
    {
        Assert.Contains((action, place), Claims(text));
    }

    [Fact]
    public void AnAccusationOfContinuingItsStrikesIsAStrike()
    {
        Assert.Contains(Claims("The Kremlin accused Kyiv of continuing its strikes."), c => c.Action == "strike");
    }

    [Theory]
    [InlineData("The delegation continued its talks in Geneva.")]
    [InlineData("The ministry continues its review of the ceasefire terms.")]
    public void ContinuingSomethingElseIsNoAction(string text)
    {
        Assert.Empty(Claims(text));
    }
}
