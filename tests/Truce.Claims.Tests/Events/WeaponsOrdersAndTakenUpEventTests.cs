namespace Truce.Claims.Tests.Events;

/// <summary>
/// Classes of wire wording about fighting outside Russia–Ukraine coverage as much as in it: weapons told by their launch
/// (passive, in a barrage, bombs dropped), actions aimed at rather than told (an order, an infinitive governing an action
/// noun, a halt to several kinds of strikes), and wordings that take up an event already told (a definite event noun as
/// the subject, "such", a participle describing its noun). Sentences written for the test; expected values follow the
/// corpus README, worked out by hand.
/// </summary>
public sealed class WeaponsOrdersAndTakenUpEventTests
{
    [Theory]
    [InlineData("Rockets were fired from Lebanon late on Monday towards the town of Kiryat Shmona, the military said.")]
    [InlineData("Two cruise missiles were fired from a ship late on Sunday at the port of Odesa, the navy said.")]
    [InlineData("Militants fired a fresh barrage of rockets at Sderot, the army said.")]
    public void WeaponsLaunchedOrFiredAreAnAttack(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal("attack", claim.Action);
    }

    [Fact]
    public void WeaponsThatWereFiredAndAreOnlyCountedAddNoAttack()
    {
        var claim = Assert.Single(Extract.From("Air defences shot down 40 of the 50 drones that were fired at Kyiv, the air force said.").Events);
        Assert.Equal("shoot down", claim.Action);
    }

    [Theory]
    [InlineData("Paramilitary fighters stormed El Fasher last month, days after seizing Bara, witnesses said.", "capture")]
    [InlineData("Government troops regrouped after storming the rebel camp, the army said.", "attack")]
    public void GerundsOfSeizingAndStormingTellTheAction(string text, string action)
    {
        Assert.Contains(Extract.From(text).Events, e => e.Action == action);
    }

    [Theory]
    [InlineData("\"They dropped a load of bombs the minute the truce began,\" the president said.")]
    [InlineData("The air force unleashed a wave of air strikes across the enclave before dawn.")]
    public void DroppingBombsOrUnleashingAirStrikesIsAStrike(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal("strike", claim.Action);
    }

    [Fact]
    public void DroppingLeafletsIsNoStrike() =>
        Assert.Empty(Extract.From("Aircraft dropped leaflets over the city urging residents to leave.").Events);

    [Fact]
    public void PushingTroopsBackNearAPlaceIsAnAdvanceThere()
    {
        var claim = Assert.Single(Extract.From("The General Staff said Ukrainian units had pushed Russian troops back near Toretsk.").Events);
        Assert.Equal(("advance", "Toretsk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AttemptsThatWereRepelledAreAnAttackByTheOtherSide()
    {
        var claim = Assert.Single(Extract.From(
            "The ministry said enemy units had tried to cross the border in the Sumy region and that both attempts were repelled.").Events);
        Assert.Equal(("attack", "Sumy Oblast"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The defence minister said he had ordered the army to respond with strikes on targets in Beirut.")]
    [InlineData("Analysts say Moscow hopes to launch an assault on Kramatorsk before winter.")]
    [InlineData("Kyiv offered a halt to long-range drone and missile strikes on energy sites.")]
    public void AnOrderAnAimOrAHaltNamesNoActionThatHappened(string text) =>
        Assert.Empty(Extract.From(text).Events);

    [Fact]
    public void ATroopsActionAfterWentOnToStillHappened()
    {
        var claim = Assert.Single(Extract.From("Russian forces went on to launch an assault on Kupiansk, the General Staff said.").Events);
        Assert.Equal(("attack", "Kupiansk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ADefiniteEventNounAsTheSubjectTakesUpTheEventJustTold()
    {
        var events = Extract.From("Pakistan carried out air strikes inside Afghanistan overnight. Islamabad said the strikes targeted militant hideouts.").Events;
        Assert.Equal("strike", Assert.Single(events).Action);
    }

    [Fact]
    public void ADefiniteEventNounOpeningTheStoryStillTellsIt()
    {
        var claim = Assert.Single(Extract.From("The strikes hit a fuel depot in Kharkiv, the mayor said.").Events);
        Assert.Equal(("strike", "Kharkiv"), (claim.Action, claim.Place));
    }

    [Fact]
    public void SuchComparesWithTheEventToldAndTellsNoNewOne()
    {
        var events = Extract.From("A drone attack hit a military unit in Kursk, the first such attack on the region this year, the governor said.").Events;
        Assert.Equal("strike", Assert.Single(events).Action);
    }

    [Theory]
    [InlineData("The value of the aircraft hit is estimated at $2 billion, the source said.")]
    [InlineData("Most of the buildings shelled were empty, the mayor said.")]
    public void AParticipleBetweenItsNounAndTheVerbDescribesTheNoun(string text) =>
        Assert.Empty(Extract.From(text).Events);

    [Fact]
    public void APlaceHitHardestIsStruck()
    {
        var claim = Assert.Single(Extract.From("Russia launched dozens of drones overnight. Kharkiv was hit hardest, with five people killed.").Events, e => e.Action == "strike");
        Assert.Equal("Kharkiv", claim.Place);
    }

    [Fact]
    public void ASectorHitHardestBySanctionsIsNoStrike() =>
        Assert.Empty(Extract.From("The steel industry was hit hardest by the sanctions, economists said.").Events);
}
