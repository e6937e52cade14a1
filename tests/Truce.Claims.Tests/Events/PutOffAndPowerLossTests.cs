namespace Truce.Claims.Tests.Events;

/// <summary>
/// An action put off or refused is not asserted (README: only asserted actions are listed); a participle after
/// "another" describes; a place left without power by an attack is where it struck. Sentences written for the test.
/// </summary>
public sealed class PutOffAndPowerLossTests
{
    [Theory]
    [InlineData("An analyst said the command had probably delayed a withdrawal from Myrnohrad for political reasons.")]
    [InlineData("Zelensky ruled out a withdrawal from the Donetsk region.")]
    [InlineData("Kyiv rejected any withdrawal from Kramatorsk.")]
    [InlineData("The general said he had postponed the assault on Huliaipole.")]
    public void AnActionPutOffOrRefusedIsNoEvent(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AWithdrawalThatHappenedIsStillAnEvent()
    {
        var claim = Assert.Single(Extract.From("The army said its units had completed the withdrawal from Myrnohrad.").Events);
        Assert.Equal(("withdraw", "Myrnohrad"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AnotherLiberatedDistrictDescribesAClaimItDoesNotMakeOne()
    {
        Assert.Empty(Extract.From("\"Every week Moscow announces another liberated district,\" the soldier said.").Events);
    }

    [Theory]
    [InlineData("The governor said the regional capital, Belgorod, had lost power for several hours after a drone attack on a substation.", "attack", "Belgorod")]
    [InlineData("Parts of Odesa were left without power following a Russian missile strike on energy infrastructure.", "strike", "Odesa")]
    public void ThePlaceAnAttackLeftWithoutPowerIsWhereItStruck(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Fact]
    public void WhereTheSpeakerSpokeOfThePowerCutDoesNotLocateTheAttack()
    {
        var claim = Assert.Single(Extract.From("Speaking in Moscow, the minister said thousands had lost power after an attack on a substation.").Events);
        Assert.Null(claim.Place);
    }
}
