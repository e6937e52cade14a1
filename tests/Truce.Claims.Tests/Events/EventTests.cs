namespace Truce.Claims.Tests.Events;

public sealed class EventTests
{
    [Fact]
    public void ClaimedRecaptureHasClaimantLemmaObjectPlaceAndTaxonomy()
    {
        const string text = "The Russian Defense Ministry said its troops had recaptured the town of Sudzha in the Kursk region.";
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal("Russian Defense Ministry", claim.Claimant);
        Assert.Equal("recapture", claim.Action);
        Assert.Equal("the town of Sudzha", claim.Object);
        Assert.Equal("Sudzha", claim.Place);
        Assert.Equal("ground.capture", claim.Taxonomy);
        Assert.Equal((0, text.Length), (claim.Start, claim.End));
    }

    [Theory]
    [InlineData("Russian forces shelled the city of Kherson overnight, the governor said.", "shell", "fire.artillery", "Kherson")]
    [InlineData("Ukraine's air force said it had shot down 56 drones over the Sumy region.", "shoot down", "fire.anti-aircraft", "Sumy Oblast")]
    [InlineData("Officials said a Russian missile struck Kryvyi Rih overnight.", "strike", "strike.missile", "Kryvyy Rih")]
    [InlineData("Officials said Russian drones hit a port facility in Odesa.", "strike", "strike.drone", "Odesa")]
    [InlineData("The ministry said its troops had captured the village of Stepnohirsk.", "capture", "ground.capture", "Stepnohirsk")]
    [InlineData("The ministry said its forces had liberated the village of Stepnohirsk.", "liberate", "ground.capture", "Stepnohirsk")]
    [InlineData("Analysts said Russian troops had advanced near Pokrovsk.", "advance", "ground.advance", "Pokrovsk")]
    [InlineData("The General Staff said Ukrainian units had withdrawn from positions near Kupiansk.", "withdraw", "movement.troops", "Kupiansk")]
    [InlineData("The governor said a Ukrainian drone had attacked a car near Shebekino.", "attack", "strike.drone", "Shebekino")]
    public void EachActionMapsToItsLemmaAndTaxonomyCode(string text, string action, string taxonomy, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(action, claim.Action);
        Assert.Equal(taxonomy, claim.Taxonomy);
        Assert.Equal(place, claim.Place);
    }

    [Fact]
    public void DeniedOrNegatedActionsAreNotClaims()
    {
        Assert.Empty(Extract.From("“We have not struck a single energy site,” the minister said. Kyiv denied that its forces shelled the town.").Events);
    }

    [Fact]
    public void EventInTheArticlesOwnVoiceHasNoClaimant()
    {
        var claim = Assert.Single(Extract.From("Russian forces shelled Nikopol overnight.").Events);
        Assert.Null(claim.Claimant);
    }

    [Fact]
    public void ADealStruckIsNotAStrike()
    {
        Assert.Empty(Extract.From("Europe fears a deal struck over its head in Riyadh.").Events);
    }
}
