namespace Truce.Claims.Tests.Events;

/// <summary>
/// A relative clause carries its own speaker: a report opened inside one is about what the clause names, so the action
/// outside the clause is told in the article's voice (corpus README, "Events": the claimant is the speaker of the
/// statement the action is part of). Sentences written for the test.
/// </summary>
public sealed class RelativeClauseClaimantTests
{
    [Theory]
    [InlineData("Russia answered with a missile attack on Odesa, which the mayor dismissed as \"pure revenge.\"", "attack", "Odesa")]
    [InlineData("Russian units are advancing from Kupiansk, where Ukrainian officers say the fighting is fierce.", "advance", "Kupiansk")]
    public void AStatementOpenedInARelativeClauseAfterTheActionDoesNotClaimIt(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((null, action, place), (claim.Claimant, claim.Action, claim.Place));
    }

    [Fact]
    public void AQuoteInARelativeClauseThatNamesNoSpeakerStillBelongsToTheSentencesSpeaker()
    {
        var claim = Assert.Single(Extract.From(
            "The General Staff said Russian troops had launched 40 assaults near Pokrovsk, where \"the situation is tense.\"").Events);
        Assert.Equal(("General Staff", "attack"), (claim.Claimant, claim.Action));
    }

    [Fact]
    public void AReportInARelativeClauseOnTheSubjectDoesNotClaimTheMainClausesAction()
    {
        var claim = Assert.Single(Extract.From(
            "Moscow, which says it is defending its borders, shelled Kherson overnight, killing two people.").Events);
        Assert.Equal((null, "shell", "Kherson"), (claim.Claimant, claim.Action, claim.Place));
    }

    [Fact]
    public void AReportThatIsTheMainClauseStillClaimsTheAction()
    {
        var claim = Assert.Single(Extract.From("The governor said Russian forces shelled Kherson, where a school was damaged.").Events);
        Assert.Equal(("shell", "Kherson"), (claim.Action, claim.Place));
        Assert.NotNull(claim.Claimant);
    }
}
