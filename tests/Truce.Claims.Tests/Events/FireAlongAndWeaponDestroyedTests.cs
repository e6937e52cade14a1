namespace Truce.Claims.Tests.Events;

/// <summary>
/// Two wordings of wire copy: troops opening fire along a line or border shell it, and a weapon that destroyed a target
/// struck it (README: `shell`, `strike`). Sentences written for the test; expected values worked out by hand.
/// </summary>
public sealed class FireAlongAndWeaponDestroyedTests
{
    [Fact]
    public void OpeningFireAlongTheBorderIsShelling()
    {
        var claim = Assert.Single(Extract.From("Pakistan's army said Indian troops opened fire along the border near Sialkot late on Monday.").Events);
        Assert.Equal(("shell", "Sialkot"), (claim.Action, claim.Place));
    }

    [Fact]
    public void DriftingAlongIsNoFire()
    {
        Assert.Empty(Extract.From("The talks opened along the lines agreed in Riyadh.").Events);
    }

    [Theory]
    [InlineData("Ukraine's military intelligence said its drones destroyed two Russian helicopters at an airfield in Crimea.", "Crimea")]
    [InlineData("The army said Russian missiles had destroyed a grain warehouse in Odesa.", "Odesa")]
    public void AWeaponThatDestroyedATargetStruckIt(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void AirDefencesThatDestroyedDronesShotThemDown()
    {
        var claim = Assert.Single(Extract.From("Air defences destroyed 40 drones over the Kursk region, the ministry said.").Events);
        Assert.Equal(("shoot down", "Kursk Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void TroopsThatDestroyedDocumentsStruckNothing()
    {
        Assert.Empty(Extract.From("The officials said the troops destroyed documents before leaving.").Events);
    }
}
