namespace Truce.Claims.Tests.Events;

/// <summary>
/// Constructions of wire copy that tell no new event, or whose places do not locate one: a definite noun phrase the
/// sentence says something about, a mutual accusation, a weapon's fate as an adjective, where the speaker spoke, and
/// a clause joined by "as". Sentences written for the test; expected values worked out by hand from the README's rules.
/// </summary>
public sealed class BackReferenceAndFrameTests
{
    [Theory]
    [InlineData("Russian drones struck the port of Odesa overnight. Officials said the strike on Odesa was the third this week.")]
    [InlineData("Russia shelled Kharkiv on Sunday. The attack on Kharkiv showed that Moscow was not serious about a truce, the minister said.")]
    [InlineData("Russia said it had liberated Kupiansk. Analysts said the capture of Kupiansk marked a turning point.")]
    public void ADefiniteNounPhraseTheSentenceDescribesTakesUpTheEventAlreadyTold(string text)
    {
        Assert.Single(Extract.From(text).Events);
    }

    [Fact]
    public void ADefiniteNounPhraseOpeningTheStoryStillTellsTheEvent()
    {
        var claim = Assert.Single(Extract.From("The Russian attack on Kyiv overnight was the largest of the war, officials said.").Events);
        Assert.Equal(("attack", "Kyiv"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ACaptureSaidToBeCompleteIsStillClaimed()
    {
        var claim = Assert.Single(Extract.From("The ministry said the capture of Pokrovsk was complete.").Events);
        Assert.Equal(("capture", "Pokrovsk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AnAttackThatKilledPeopleIsStillAnEvent()
    {
        var claim = Assert.Single(Extract.From("A drone attack on Sumy killed four people, officials said.").Events);
        Assert.Equal(("attack", "Sumy"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Thailand and Cambodia accused each other of shelling border villages.")]
    [InlineData("Moscow and Kyiv accused one another on Tuesday of attacking energy sites.")]
    public void AMutualAccusationAssertsNeitherSidesAct(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AOneSidedAccusationIsStillTheAccusersClaim()
    {
        var claim = Assert.Single(Extract.From("Cambodia accused Thailand of shelling border villages.").Events);
        Assert.Equal("shell", claim.Action);
    }

    [Theory]
    [InlineData("Debris from a downed drone damaged a house in Kyiv, the mayor said.")]
    [InlineData("Fragments of the intercepted missiles fell on a field near Lviv.")]
    public void ADownedWeaponAsAnAdjectiveTellsNoShootDown(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void DowningACountOfDronesIsStillAShootDown()
    {
        var claim = Assert.Single(Extract.From("Air defences downed 40 drones over the Kyiv region overnight.").Events);
        Assert.Equal(("shoot down", "Kyiv Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void WhereTheSpeakerSpokeDoesNotLocateWhatTheSpeakerReports()
    {
        var claim = Assert.Single(Extract.From("Speaking to reporters in Brussels, the minister said Russian drones had struck a power plant.").Events);
        Assert.Equal(("strike", null), (claim.Action, claim.Place));
    }

    [Fact]
    public void AReportedActionStillTakesThePlaceItNames()
    {
        var claim = Assert.Single(Extract.From("Speaking to reporters, the governor said drones had struck a power plant in Kharkiv.").Events);
        Assert.Equal(("strike", "Kharkiv"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AClauseJoinedByAsDoesNotLocateTheActionBeforeIt()
    {
        var claim = Assert.Single(Extract.From("Russia said its troops had captured two villages in Donetsk Oblast, as fighting raged around Kupiansk.").Events);
        Assert.Equal(("capture", "Donetsk Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ABackgroundClauseOnATheAppositionIsTheArticlesOwn()
    {
        var events = Extract.From("The ministry said its forces had taken Kupiansk, the railway town that Ukraine recaptured in 2022.").Events;
        Assert.Equal([("ministry", "capture", "Kupiansk"), (null, "recapture", "Kupiansk")],
            events.Select(e => (e.Claimant, e.Action, e.Place)).ToList());
    }

    [Theory]
    [InlineData("Ukrainian troops withdrew from Vovchansk on Friday. A sergeant said the withdrawal from Vovchansk had been chaotic.")]
    [InlineData("Russian missiles struck Dnipro overnight. The mayor said the strike on Dnipro has been the deadliest this year.")]
    public void ADefiniteNounPhraseThatHasBeenSomethingTakesUpTheEventAlreadyTold(string text)
    {
        Assert.Single(Extract.From(text).Events);
    }

    [Fact]
    public void AnEventSaidToHaveBeenCarriedOutIsStillClaimed()
    {
        var events = Extract.From("Russian drones struck Sumy on Monday. The army said the attack on Bilopillia had been carried out by glide bombs.").Events;
        Assert.Equal(2, events.Count);
    }

    [Theory]
    [InlineData("Negotiators met in Geneva on Monday, a day after Russian drones struck a fuel depot.")]
    [InlineData("Envoys gathered in Riyadh, hours after missiles hit a grain terminal, officials said.")]
    public void APlaceOfTheMainClauseDoesNotLocateAnActionInItsTimeClause(string text)
    {
        Assert.Null(Assert.Single(Extract.From(text).Events).Place);
    }

    [Fact]
    public void APlaceOpeningTheSentenceStillFramesATimeClauseInside()
    {
        Assert.Equal("Kharkiv", Assert.Single(Extract.From("In Kharkiv, hours after the talks ended, drones struck an apartment block.").Events).Place);
    }
}
