namespace Truce.Claims.Tests.Events;

/// <summary>
/// Wordings that name an action without claiming that one happened (README: threatened, hypothetical or demanded
/// events are not listed; a generic or someone else's reported claim asserts nothing). Sentences written for the test.
/// </summary>
public sealed class NotAssertedWordingTests
{
    [Theory]
    [InlineData("\"Russia is deliberately targeting our power grid,\" the minister said.")]
    [InlineData("\"They are systematically targeting the ports of Odesa,\" the governor said.")]
    public void TargetingWithAnAdverbInThePresentDescribesAPatternNotAnEvent(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("\"Every village shelled by Russia is a reason to keep fighting,\" the commander said.")]
    [InlineData("\"Each tanker hit in the Black Sea raises insurance costs,\" the analyst said.")]
    public void AParticipleDescribingEveryOrEachNounIsNoEvent(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Zelenskiy said Russia must also stop its attacks on Ukrainian cities.")]
    [InlineData("The envoy urged both armies to halt their strikes on energy sites.")]
    public void AttacksThatAPartyIsToStopAreNoEvent(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("An official said Kyiv would go on with its campaign for as long as Russia bombed Ukrainian towns.")]
    [InlineData("The minister said the ports would stay shut so long as Russian drones attacked Odesa.")]
    public void AnActionNamedAsTheConditionOfAsLongAsIsNoEvent(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("The commander said Russian generals had reported the village's capture to Moscow weeks before it happened.")]
    [InlineData("Kyiv said the Russian command had claimed the capture of Kupiansk although its troops still held the centre.")]
    public void AnotherSidesEarlierClaimToldByTheSpeakerIsNoClaimOfTheSpeaker(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AClaimOfCaptureMadeByTheSpeakerItselfIsStillListed()
    {
        var claim = Assert.Single(Extract.From("Russia's Defence Ministry announced the capture of Kupiansk on Thursday.").Events);
        Assert.Equal(("capture", "Kupiansk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void EachOfTheDronesShotDownIsStillAnEvent()
    {
        var claim = Assert.Single(Extract.From("Each of the 40 drones was shot down over the Bryansk region, the ministry said.").Events);
        Assert.Equal(("shoot down", "Bryansk Oblast"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The attack, which hit a hospital, drew condemnation from the UN.")]
    [InlineData("The strike that hit the market was the deadliest in weeks.")]
    public void ARelativeClauseOnTheEventAlreadyToldAssertsNothingNew(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Russian troops appear to have advanced west of Siversk, according to geolocated footage.")]
    [InlineData("Ukrainian units are believed to have withdrawn from the village of Zarichne.")]
    [InlineData("The drone seemed to have struck a warehouse in Belgorod.")]
    public void AnActionThatOnlyAppearsOrIsBelievedToHaveHappenedIsHedged(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("The minister said the new sanctions were a direct hit on Moscow's oil revenues.")]
    [InlineData("Orban called the plan an attack on Hungarian sovereignty.")]
    [InlineData("The president said the vote struck at the heart of European democracy.")]
    public void HittingOrAttackingRevenuesSovereigntyOrDemocracyIsFigurative(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Russian forces have captured about 4,000 square kilometres of Ukrainian land this year, analysts said.")]
    [InlineData("Moscow's troops have seized more than 500 sq km since August.")]
    public void AnAreaCountedInSquareKilometresIsATallyNotACapture(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }
}
