using Truce.Claims.Places;

namespace Truce.Claims.Tests.Places;

/// <summary>Areas that news names but that are neither countries nor administrative units: Donbas, the Gaza Strip, Kashmir.</summary>
public sealed class NewsAreaTests
{
    private static List<GazetteerEntry> Places(string text) => [.. Extract.From(text).Places.Select(p => p.Place)];

    [Theory]
    [InlineData("Moscow wants Kyiv to give up the Donbas.")]
    [InlineData("Moscow wants Kyiv to give up Donbass.")]
    public void BothSpellingsOfDonbasNameTheAreaInUkraine(string text)
    {
        var area = Assert.Single(Places(text), p => p.Name == "Donbas");
        Assert.Equal(("UA", PlaceKind.Area), (area.Country, area.Kind));
    }

    [Fact]
    public void TheGazaStripIsTheTerritoryWhileGazaAloneStaysTheCity()
    {
        var places = Places("Aid reached Gaza on Monday, the first convoy to enter the Gaza Strip in a week.");

        Assert.Equal([("Gaza", PlaceKind.City), ("Gaza Strip", PlaceKind.Area)], places.Select(p => (p.Name, p.Kind)));
    }

    [Fact]
    public void AnAreaDisputedBetweenCountriesBelongsToNone()
    {
        var kashmir = Assert.Single(Places("Troops exchanged fire across the Line of Control in Kashmir."));

        Assert.Equal(("Kashmir", (string?)null), (kashmir.Name, kashmir.Country));
    }

    [Fact]
    public void AnActionInAnAreaIsLocatedThere()
    {
        var strike = Assert.Single(Extract.From("The army said its jets struck a depot in the northern Gaza Strip on Tuesday.").Events);

        Assert.Equal("Gaza Strip", strike.Place);
    }

    [Fact]
    public void ATownInsideTheAreaLocatesTheActionMoreClosely()
    {
        var strike = Assert.Single(Extract.From("The army said its jets struck a depot in Khan Younis in the southern Gaza Strip.").Events);

        Assert.Equal("Khān Yūnis", strike.Place);
    }
}
