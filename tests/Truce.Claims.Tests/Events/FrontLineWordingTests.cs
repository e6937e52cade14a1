namespace Truce.Claims.Tests.Events;

/// <summary>
/// Front-line and air-defence wordings of 2025 wire copy — troops pushed out of a town, advances made, drones
/// "destroyed" in the passive, striking back, a place introduced as "occupied" — on sentences written for the test,
/// with expectations worked out by hand from the README rules.
/// </summary>
public sealed class FrontLineWordingTests
{
    [Theory]
    [InlineData("Russian forces pushed Ukrainian troops out of Siversk, the ministry said.", "Siversk")]
    [InlineData("Ukrainian units drove the Russians out of the village of Bilytske, the brigade said.", "Bilytske")]
    public void PushingTroopsOutOfAPlaceIsAnAdvanceThere(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("advance", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void PushingSomethingOutOfTheNewsIsNoAdvance()
    {
        Assert.Empty(Extract.From("The scandal pushed the talks out of the headlines in Kyiv.").Events);
    }

    [Fact]
    public void PushingTroopsBackFromAnUnnamedLineIsStillAnAdvance()
    {
        var claim = Assert.Single(Extract.From("The brigade said it had pushed Russian troops back from a tree line near Lyman.").Events);
        Assert.Equal(("advance", "Lyman"), (claim.Action, claim.Place));
    }

    [Fact]
    public void MakingAdvancesNearAPlaceIsAnAdvance()
    {
        var claim = Assert.Single(Extract.From("Russian forces have made incremental advances near Kostiantynivka, analysts said.").Events);
        Assert.Equal(("advance", "Kostiantynivka"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The ministry said 41 Ukrainian drones had been destroyed over the Bryansk region.", "Bryansk Oblast")]
    [InlineData("Air defences said six missiles were neutralised over Kyiv.", "Kyiv")]
    public void DronesOrMissilesDestroyedInThePassiveAreShotDown(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("shoot down", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void BuildingsDestroyedAreNoShootingDown()
    {
        Assert.Empty(Extract.From("Officials said three houses had been destroyed in Kherson.").Events);
    }

    [Fact]
    public void StrikingBackIsToldByTheAttackItNames()
    {
        var claim = Assert.Single(Extract.From("Ukraine struck back with drone attacks on Kursk, Russian officials said.").Events);
        Assert.Equal(("attack", "Kursk"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Ukrainian drones hit a fuel depot in occupied Luhansk overnight.", "Luhansk")]
    [InlineData("A Ukrainian missile struck a barracks near occupied Melitopol.", "Melitopol")]
    public void APlaceCalledOccupiedIsWhereTheStrikeHitNotACapture(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }
}
