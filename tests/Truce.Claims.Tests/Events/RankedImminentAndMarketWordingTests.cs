namespace Truce.Claims.Tests.Events;

/// <summary>
/// A predicate that ranks an event already told among others, an action that is only near, a place attacked by the
/// weapons named as the passive's agent, and markets reached by bombs and shells. Sentences written for the test;
/// expected values follow the corpus README, worked out by hand.
/// </summary>
public sealed class RankedImminentAndMarketWordingTests
{
    [Theory]
    [InlineData("Russian drones struck Odesa overnight. The attack was the third large-scale strike on the port this week.")]
    [InlineData("Russian drones struck Odesa overnight. It was the largest drone attack on the city since June.")]
    public void APredicateRankingTheEventJustToldTellsNoNewOne(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", "Odesa"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ARankedEventOpeningTheStoryIsStillTold()
    {
        var claim = Assert.Single(Extract.From("It was the largest drone attack on Kyiv since the war began, officials said.").Events);
        Assert.Equal(("attack", "Kyiv"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The army says it is close to pushing the last enemy units out of the Sumy region.")]
    [InlineData("Rebels are on the verge of capturing Goma, aid workers said.")]
    public void AnActionThatIsOnlyNearIsNoEvent(string text) =>
        Assert.Empty(Extract.From(text).Events);

    [Fact]
    public void AnActionCloseToAPlaceIsStillTold()
    {
        var claim = Assert.Single(Extract.From("Russian troops advanced close to Pokrovsk, the General Staff said.").Events);
        Assert.Equal(("advance", "Pokrovsk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void APlaceAttackedByWeaponsIsAttacked()
    {
        var claim = Assert.Single(Extract.From("\"Kharkiv was attacked by 12 drones within an hour,\" the mayor wrote.").Events);
        Assert.Equal(("attack", "Kharkiv"), (claim.Action, claim.Place));
    }

    [Fact]
    public void APolicyAttackedByCriticsIsNoEvent() =>
        Assert.Empty(Extract.From("The plan was attacked by critics in Kyiv as a surrender.").Events);

    [Theory]
    [InlineData("The governor accused the army of using drones to bomb markets in the city.")]
    [InlineData("Witnesses said artillery shelled the main market of the town on Sunday.")]
    public void MarketsReachedByBombsOrShellsAreStruck(string text) =>
        Assert.Single(Extract.From(text).Events);

    [Fact]
    public void MarketsHitByTariffsAreNoEvent() =>
        Assert.Empty(Extract.From("New tariffs hit markets across Asia on Monday, traders said.").Events);
}
