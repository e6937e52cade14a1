namespace Truce.Claims.Tests.Events;

/// <summary>
/// Wordings of aspect and mood around an action: an action begun or in progress ("had begun pulling back from X", "said
/// it was striking targets") happens; an indefinite action noun under a modal predicate ("would lead to a full withdrawal
/// from X") does not; people pulled out of rubble are rescued, not troops withdrawing; an air campaign launched against a
/// place is an attack on it. Sentences written for the test; expected values worked out from the corpus README.
/// </summary>
public sealed class AspectAndHypotheticalWordingTests
{
    [Theory]
    [InlineData("Officials said the army had begun pulling back from positions in Kupiansk.", "Kupiansk")]
    [InlineData("Russian units started pulling back from the village of Dvorichna on Friday.", "Dvorichna")]
    public void AWithdrawalBegunIsAWithdrawal(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("withdraw", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The army said it was striking \"military targets\" in Khan Younis.", "Khān Yūnis")]
    [InlineData("Israel said on Monday it was striking Hezbollah sites near Tyre.", "Tyre")]
    public void AStrikeInProgressWithItsTargetIsAStrike(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void StrikingAsAnAdjectiveIsNoStrike()
    {
        Assert.Empty(Extract.From("The contrast with Kyiv was striking, the envoy said.").Events);
    }

    [Theory]
    [InlineData("Kyiv wants a deal that would bring a ceasefire and a complete Russian withdrawal from Zaporizhzhia.")]
    [InlineData("Analysts warned the move could provoke a new Russian offensive on Kharkiv this summer.")]
    public void AnIndefiniteActionNounUnderAModalPredicateDidNotHappen(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void ADefiniteActionNounAfterAModalStillTakesPartInTheStory()
    {
        var claim = Assert.Single(Extract.From("The mayor said the city would rebuild after the strike on Odesa killed four people.").Events);
        Assert.Equal(("strike", "Odesa"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Rescuers pulled out two children from the rubble in Dnipro.")]
    [InlineData("\"We pulled out three wounded neighbours,\" a resident of Sumy said.")]
    public void PeoplePulledOutOfRubbleAreNoWithdrawal(string text)
    {
        Assert.DoesNotContain(Extract.From(text).Events, e => e.Action == "withdraw");
    }

    [Fact]
    public void TroopsPulledOutAreStillAWithdrawal()
    {
        var claim = Assert.Single(Extract.From("Ukraine pulled out its troops from Kupiansk on Wednesday.").Events);
        Assert.Equal(("withdraw", "Kupiansk"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Israel launched an air campaign against Iran's nuclear sites in June.", "Iran")]
    [InlineData("The army launched a bombing campaign against rebel positions near Goma.", "Goma")]
    public void AnAirCampaignLaunchedAgainstAPlaceIsAnAttackThere(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void ACampaignOfAnotherKindIsNoAttack()
    {
        Assert.Empty(Extract.From("The government launched a vaccination campaign in Kharkiv.").Events);
    }
}
