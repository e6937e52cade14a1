namespace Truce.Claims.Tests.Events;

/// <summary>
/// A lead that sets a statement beside the news ("X said …, hours after drones struck Y") tells the news in the
/// article's own voice: the claimant is null (README: claimant null when the article says it itself). Sentences
/// written for the test; expected values worked out by hand from the annotation rules.
/// </summary>
public sealed class TimeClauseClaimantTests
{
    [Theory]
    [InlineData("The Kremlin said on Monday that any meeting of the leaders needed careful work, hours after Ukrainian drones struck a refinery in Saratov.", "strike", "Saratov")]
    [InlineData("Zelenskiy said Moscow was stalling the talks, even as Russian missiles hit the city of Dnipro.", "strike", "Dnipro")]
    [InlineData("The foreign minister told reporters in Brussels that Europe must have a seat at the table, as Russian troops pressed their assault on Pokrovsk.", "attack", "Pokrovsk")]
    [InlineData("Trump said a deal was \"very close\", just days after Russian forces captured Siversk.", "capture", "Siversk")]
    public void AnEventJoinedToAStatementByATimeClauseIsTheArticlesOwn(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((null, action, place), (claim.Claimant, claim.Action, claim.Place));
    }

    [Fact]
    public void AnEventInATimeClauseOpeningTheSentenceIsTheArticlesOwn()
    {
        var claim = Assert.Single(Extract.From("Hours after drones struck Kharkiv, the Kremlin said the talks would go on.").Events);
        Assert.Equal((null, "strike", "Kharkiv"), (claim.Claimant, claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Talks stalled on Friday, as an Israeli strike in Khan Younis killed four people, according to hospital officials.", "hospital officials")]
    [InlineData("The ministry said its air defences shot down 40 drones, as well as two missiles over the Kursk region.", "ministry")]
    public void AnEventWhoseSourceIsNamedAfterItOrJoinedByAsWellAsKeepsItsClaimant(string text, string claimant)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(claimant, claim.Claimant);
    }

    [Fact]
    public void AnEventInsideTheReportBeforeTheTimeClauseKeepsItsClaimant()
    {
        var claims = Extract.From("The General Staff said its troops repelled 40 Russian assaults near Kupiansk, hours after Russian drones hit Kharkiv.").Events;
        Assert.Equal(
            [("General Staff", "attack", "Kupiansk"), (null, "strike", "Kharkiv")],
            claims.Select(c => (c.Claimant, c.Action, c.Place)).ToArray());
    }

    [Fact]
    public void AStatementInsideTheTimeClauseDoesNotClaimTheActionBeforeIt()
    {
        var claim = Assert.Single(Extract.From("Russia struck power plants in the Kharkiv region again on Friday, hours after Putin said he was ready for talks.").Events);
        Assert.Equal((null, "strike", "Kharkiv Oblast"), (claim.Claimant, claim.Action, claim.Place));
    }
}
