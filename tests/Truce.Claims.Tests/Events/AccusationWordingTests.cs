namespace Truce.Claims.Tests.Events;

/// <summary>
/// An accusation is a statement of its accuser (README), so the action after "of" or "by" is an event the accuser
/// claims. Sentences written for the test; expected values worked out by hand.
/// </summary>
public sealed class AccusationWordingTests
{
    [Fact]
    public void AccusingTroopsOfFiringRocketsIntoAPlaceIsAnAttack()
    {
        // Rockets fired into a place, counted or not, are an attack on it (README: "launched/fired N drones|missiles").
        var claim = Assert.Single(Extract.From("Cambodia's defence ministry accused Thai troops of firing rockets into Oddar Meanchey province.").Events);
        Assert.Equal("attack", claim.Action);
    }

    [Fact]
    public void ViolatingATruceByStrikingATargetIsAStrikeAtItsPlace()
    {
        var claim = Assert.Single(Extract.From("Hamas accused Israel of breaking the ceasefire by striking a house in Khan Younis.").Events);
        Assert.Equal(("Hamas", "strike", "Khān Yūnis"), (claim.Claimant, claim.Action, claim.Place));
    }

    [Fact]
    public void AccusingASideOfLaunchingACountOfDronesIsAnAttack()
    {
        var claim = Assert.Single(Extract.From("Kyiv accused Moscow of launching 70 drones at Odesa overnight.").Events);
        Assert.Equal(("attack", "Odesa"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Thailand denied firing rockets into Cambodian territory.")]
    [InlineData("The army said it had not been firing shells at the village.")]
    public void DeniedFiringIsNoEvent(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }
}
