namespace Truce.Claims.Tests.Events;

/// <summary>
/// Wordings of fighting that 2025 wire copy uses and the first lexicon lacked, each on sentences written for the
/// test; the expected action and place follow the corpus annotation rules (README), worked out by hand.
/// </summary>
public sealed class UnseenWordingEventTests
{
    [Theory]
    [InlineData("Thai and Cambodian soldiers traded fire near Ta Krabey on Friday, the army said.", null)]
    [InlineData("Indian and Pakistani troops exchanged heavy fire across Kashmir overnight, officials said.", "Kashmir")]
    [InlineData("Pakistani troops opened fire across the frontier near Muzaffarabad, the Indian army said.", "Muzaffarābād")]
    public void TradingOrOpeningFireAcrossALineIsShelling(string text, string? place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("shell", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russian jets rained glide bombs on Kostiantynivka overnight, the regional governor said.", "Kostiantynivka")]
    [InlineData("Israeli aircraft rained down missiles on Khan Younis, the civil defence said.", "Khān Yūnis")]
    public void RainingBombsOnAPlaceIsAStrike(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russia unleashed a barrage of drones and missiles on Lviv overnight, the mayor said.", "Lviv")]
    [InlineData("Moscow unleashed a fresh assault on Pokrovsk, Ukrainian officers said.", "Pokrovsk")]
    public void UnleashingABarrageOrAnAssaultIsAnAttack(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russian forces pressed their offensive around Kupiansk, the General Staff said.", "Kupiansk")]
    [InlineData("Moscow's troops pressed on with their assault on Huliaipole, a Ukrainian commander said.", "Hulyaypole")]
    public void PressingAnOffensiveOnAPlaceIsAnAttack(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The minister pressed the offensive on tariffs in Brussels.")]
    [InlineData("The envoy pressed ahead with the plan in Geneva.")]
    public void PressingAnOffensiveWithNoPlaceOfFightingIsNoClaim(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Ukrainian troops thwarted an attempt by Russian units to cross the river near Kherson, the military said.", "Kherson")]
    [InlineData("Border guards foiled two Russian assaults near Vovchansk, the State Border Guard Service said.", "Vovchansk")]
    public void ThwartingAnAttemptOrAnAssaultIsAnAttackByTheOtherSide(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russian troops entered Pokrovsk from the south, the ministry said.", "Pokrovsk")]
    [InlineData("Israeli forces entered Rafah on Tuesday, the military said.", "Rafaḩ")]
    public void TroopsEnteringAKnownPlaceAdvance(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("advance", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Aid trucks entered Gaza through the Kerem Shalom crossing, the U.N. said.")]
    [InlineData("The delegation entered Kyiv by train on Monday.")]
    [InlineData("Both leaders entered Parliament together.")]
    public void EnteringWithoutTroopsIsNoAdvance(string text)
    {
        Assert.DoesNotContain(Extract.From(text).Events, e => e.Action == "advance");
    }

    [Theory]
    [InlineData("Thai jets dropped bombs on Cambodian positions near Preah Vihear, Phnom Penh said.")]
    [InlineData("Russian aircraft were dropping guided bombs on Kostiantynivka, the governor said.")]
    public void DroppingBombsOnATargetIsAStrike(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal("strike", claim.Action);
    }

    [Fact]
    public void DroppingLeafletsIsNoStrike()
    {
        Assert.Empty(Extract.From("Aircraft dropped leaflets on Kherson urging residents to leave.").Events);
    }

    [Fact]
    public void TroopsCrossingIntoARegionAdvanceThere()
    {
        var claim = Assert.Single(Extract.From("Russian troops crossed into the Dnipropetrovsk region for the first time, the ministry said.").Events);
        Assert.Equal(("advance", "Dnipropetrovsk Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void RefugeesCrossingIntoACountryAreNoAdvance()
    {
        Assert.Empty(Extract.From("Thousands of refugees crossed into Poland on Sunday.").Events);
    }

    [Theory]
    [InlineData("The former president threatened to rain missiles on Kyiv if the talks failed.")]
    [InlineData("Ukraine's army denied that Russian troops had entered Kupiansk.")]
    [InlineData("Russian forces could enter Pokrovsk within weeks, analysts warned.")]
    [InlineData("Ukraine's army said Russian troops had not crossed into the Dnipropetrovsk region.")]
    [InlineData("If Russia unleashed a barrage on Lviv, Poland would respond.")]
    [InlineData("Kyiv demanded that Russian troops be pushed out of Enerhodar.")]
    public void TheNewWordingsThreatenedDeniedOrHypotheticalAreNotListed(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }
}
