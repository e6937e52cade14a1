namespace Truce.Claims.Tests.Events;

/// <summary>
/// A campaign of strikes told as going on ("has kept up near-daily strikes in X", "carries out strikes on X") asserts
/// strikes in the place it names, as the corpus README counts them; without a place it tells nothing one can locate
/// and stays out, like the attacks of the same wording. An actor's own gloss after the action (", saying …") does not
/// make the actor the claimant of what the article tells. Sentences written for the test.
/// </summary>
public sealed class OngoingCampaignWordingTests
{
    [Theory]
    [InlineData("Russia has kept up daily strikes on Kharkiv since the talks began.", "Kharkiv")]
    [InlineData("Israel kept up airstrikes across southern Gaza on Sunday.", "Gaza")]
    [InlineData("The army keeps up its bombardment of Khartoum, residents said.", "Khartoum")]
    public void KeepingUpStrikesOnAPlaceIsAStrikeThere(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Both sides kept up pressure on negotiators in Geneva.")]
    [InlineData("Russia kept up strikes overnight.")]
    [InlineData("Russia kept up its bombardment of Ukrainian cities overnight.")]
    [InlineData("Russian forces intensified their assaults near Ukrainian positions, analysts said.")]
    public void KeepingUpPressureOrStrikesWithNoPlaceIsNoStrike(string text)
    {
        Assert.DoesNotContain(Extract.From(text).Events, e => e.Action == "strike");
    }

    [Fact]
    public void CarryingOutStrikesInThePresentIsAStrike()
    {
        var claim = Assert.Single(Extract.From("Russia still holds parts of the Kharkiv region and carries out drone strikes on Kupiansk.").Events);
        Assert.Equal(("strike", "Kupiansk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void TheActorsGlossAfterTheActionDoesNotMakeItTheClaimant()
    {
        var claim = Assert.Single(Extract.From("Israeli jets struck three houses in Khan Younis on Monday, saying militants had used them.").Events);
        Assert.Null(claim.Claimant);
    }

    [Fact]
    public void ASpeakerWhoseReportHoldsTheActionStillClaimsIt()
    {
        var claim = Assert.Single(Extract.From("The army said its jets struck three houses in Khan Younis, saying militants had used them.").Events);
        Assert.NotNull(claim.Claimant);
    }
}
