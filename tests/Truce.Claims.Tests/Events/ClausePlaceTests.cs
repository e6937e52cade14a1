namespace Truce.Claims.Tests.Events;

/// <summary>
/// Which place of a sentence locates an action (README: the most specific gazetteer place in the sentence that locates
/// it): a second reported clause keeps its own place, a possessive city owns its district, a list of destinations
/// locates nothing. Sentences written for the test; expected places worked out by hand.
/// </summary>
public sealed class ClausePlaceTests
{
    [Fact]
    public void ASecondReportedClauseJoinedByAndThatKeepsItsPlaceToItself()
    {
        var claim = Assert.Single(Extract.From("The General Staff said its troops had repelled 40 assaults in the Kupiansk sector and that its units still held positions in Borova.").Events);
        Assert.Equal(("attack", "Kupiansk"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("India launched missile strikes on camps in Pakistan, two weeks after gunmen killed 26 tourists in Pahalgam.", "strike", "Pakistan")]
    [InlineData("Russia launched a large drone attack on Ukraine overnight, a day after a fire broke out at a market in Kharkiv.", "attack", "Ukraine")]
    [InlineData("Ukrainian drones struck an oil depot in Russia, just hours before negotiators met in Geneva.", "strike", "Russia")]
    public void ATimeClauseAfterTheActionDoesNotLocateIt(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Gunmen stormed northern Israel to kill hundreds of people, sparking the war in Gaza.", "Israel")]
    [InlineData("Rebels have fired rockets at Israel since the Gaza war broke out.", "Israel")]
    [InlineData("Rebels have fired rockets at Israel since the war in Gaza began.", "Israel")]
    public void AWarNamedAfterThePlaceItIsFoughtInDoesNotLocateAnActionOfIt(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(place, claim.Place);
    }

    [Theory]
    [InlineData("The mayor said a drone had hit an apartment block in Kyiv's Solomianskyi district.", "Kyiv")]
    [InlineData("Officials said a missile struck a warehouse in Kharkiv's industrial district.", "Kharkiv")]
    public void ACitysDistrictLocatesTheActionInTheCity(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The governor said drones hit a fuel depot that supplies diesel to Poland and Romania.")]
    [InlineData("A source said drones struck a pumping station that sends oil to Hungary, Slovakia and Austria.")]
    public void PlacesListedAfterToAreDestinationsNotWhereTheStrikeHappened(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", null), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Moscow's mayor said air defences had downed 20 drones flying towards the Russian capital.", "shoot down", "Moscow")]
    [InlineData("Kyiv's mayor said Russian missiles had struck the Ukrainian capital before dawn.", "strike", "Kyiv")]
    public void TheNationsCapitalIsTheCapitalTheArticleNames(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Fact]
    public void TheNationsCapitalLocatesNothingWhenTheArticleNeverNamesIt()
    {
        var claim = Assert.Single(Extract.From("Officials said Russian missiles struck the Ukrainian capital overnight.").Events);
        Assert.Equal(("strike", null), (claim.Action, claim.Place));
    }

    [Fact]
    public void AStrikeWithATargetOfItsOwnIsNotPlacedInTheTownCapturedBeforeIt()
    {
        var claims = Extract.From("The ministry said its forces had captured Siversk and had struck Ukrainian fuel depots with drones.").Events;
        Assert.Equal([("capture", "Siversk"), ("strike", null)], claims.Select(c => (c.Action, c.Place)).ToArray());
    }

    [Fact]
    public void ALaterCaptureInTheSameSentenceIsStillPlacedInTheRegionTakenBefore()
    {
        var claims = Extract.From("The ministry said its forces had recaptured the Kursk region and had liberated the village of Guevo.").Events;
        Assert.Equal([("recapture", "Kursk Oblast"), ("liberate", "Kursk Oblast")], claims.Select(c => (c.Action, c.Place)).ToArray());
    }

    [Theory]
    [InlineData("Kyiv said its drones had struck Russia's Novoshakhtinsk refinery overnight.", "Novoshakhtinsk")]
    [InlineData("The General Staff said drones hit Russia's Saratov refinery.", "Saratov")]
    public void ACityNamedAfterACountrysPossessiveIsStillAPlaceAndLocatesTheStrike(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Ukraine's navy said it struck a tanker that carried Russian oil to Syria.")]
    [InlineData("The General Staff said drones hit a fuel depot which supplied diesel to Russian units near Bakhmut.")]
    public void APlaceTheTargetsGoodsGoToDoesNotLocateTheStrike(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", null), (claim.Action, claim.Place));
    }

    [Fact]
    public void APlaceThatLocatesTheSitesInTheirRelativeClauseStillLocatesTheStrike()
    {
        var claim = Assert.Single(Extract.From("The ministry said it had struck the power plants that supply the arms factories in Kharkiv.").Events);
        Assert.Equal(("strike", "Kharkiv"), (claim.Action, claim.Place));
    }

    [Fact]
    public void APlaceAfterAnAttackWithoutObjectIsNoWhereClauseAndDoesNotBreakExtraction()
    {
        // The place lies after the verb, so there is no text between place and verb to read as "In Kupiansk, …"
        // (an earlier version sliced that text backwards and threw).
        var extraction = Extract.From("\"They attacked,\" Oleksandr Syrskyi said of the fighting in Kupiansk.");
        Assert.Equal(("Oleksandr Syrskyi", "They attacked"), (Assert.Single(extraction.Statements).Speaker, extraction.Statements[0].Text));
    }
}
