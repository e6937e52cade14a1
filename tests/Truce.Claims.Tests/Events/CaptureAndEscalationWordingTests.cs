namespace Truce.Claims.Tests.Events;

/// <summary>
/// More wire wordings of fighting — a place falling to troops, being overrun, attacks stepped up, strikes carried out
/// in an accusation — and hedged assessments that assert nothing; sentences written for the test, expectations
/// worked out by hand from the README rules.
/// </summary>
public sealed class CaptureAndEscalationWordingTests
{
    [Theory]
    [InlineData("Avdiivka fell to Russian forces in February, the ministry said.", "Avdiivka")]
    [InlineData("Bukavu fell to M23 rebels in February, officials said.", "Bukavu")]
    [InlineData("Rebels overran Uvira on Wednesday, residents said.", "Uvira")]
    [InlineData("The town of Kurakhove was overrun by Russian troops, the General Staff said.", "Kurakhove")]
    public void APlaceFallingToTroopsOrOverrunIsCaptured(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("capture", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Support for the party fell to a record low in Kyiv.")]
    [InlineData("The hryvnia fell to its weakest level in Odesa trading.")]
    public void FallingToANumberIsNoCapture(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Russian forces have stepped up attacks around Lyman, a Ukrainian commander said.", "Lyman")]
    [InlineData("Russian troops intensified their assaults near Kupiansk, the General Staff said.", "Kupiansk")]
    public void SteppingUpOrIntensifyingAttacksNearAPlaceIsAnAttack(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The central bank intensified its attacks on inflation in Kyiv.")]
    [InlineData("The opposition stepped up attacks on the government.")]
    public void SteppingUpAttacksOnPoliticsIsNoClaim(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AnAccusationOfCarryingOutStrikesIsAStrikeClaimedByTheAccuser()
    {
        var claim = Assert.Single(Extract.From("Hamas accused Israel of carrying out strikes in Khan Younis despite the truce.").Events);
        Assert.Equal(("Hamas", "strike", "Khān Yūnis"), (claim.Claimant, claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Analysts said Russian forces were likely intensifying attacks in the Sumy region.")]
    [InlineData("The think tank said Russian troops had probably advanced near Siversk.")]
    [InlineData("Officials said the depot may have been struck by a drone near Bryansk.")]
    public void AHedgedAssessmentAssertsNoAction(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("The freed men included marines captured in the Kursk region last year.")]
    [InlineData("Among them were soldiers seized near Pokrovsk in the spring, the ombudsman said.")]
    public void PeopleDescribedAsCapturedAreNoCaptureOfTerritory(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void TroopsWhoCapturedAPlaceStillCaptureIt()
    {
        var claim = Assert.Single(Extract.From("Russian troops captured Pokrovsk after a months-long assault, the ministry said.").Events);
        Assert.Equal(("capture", "Pokrovsk"), (claim.Action, claim.Place));
    }
}
