namespace Truce.Claims.Tests.Events;

/// <summary>
/// Participles that describe land rather than tell a capture, and a claim coordinated after a denied threat. Sentences
/// written for the test.
/// </summary>
public sealed class HeldLandAndCoordinatedClaimTests
{
    private static (string? Claimant, string Action, string? Place)[] Claims(string text) =>
        [.. Extract.From(text).Events.Select(e => (e.Claimant, e.Action, e.Place))];

    [Theory]
    [InlineData("The ministry said more than 300 drones had been launched overnight, including at occupied Crimea.", "attack", "Crimea")]
    [InlineData("The ministry said troops held their previously occupied lines near Kupiansk and repelled 12 attacks.", "attack", "Kupiansk")]
    public void AParticipleDescribingAPlaceCapturesNothing(string text, string action, string place)
    {
        Assert.Equal([("ministry", action, place)], Claims(text));
    }

    [Fact]
    public void LandDescribedByWhoHoldsItIsNoCapture()
    {
        Assert.Empty(Claims("The general said the army had regained most of the territory seized by Ukrainian forces last summer, without giving figures."));
    }

    [Fact]
    public void AClaimCoordinatedAfterADeniedThreatIsStillAsserted()
    {
        Assert.Equal(
            [("General Staff", "withdraw", null)],
            Claims("The General Staff said there was no threat of encirclement and that its units had pulled back to better positions."));
    }
}
