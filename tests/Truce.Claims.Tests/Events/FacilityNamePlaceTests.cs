namespace Truce.Claims.Tests.Events;

/// <summary>
/// A facility named after a place and then located in another ("the Saratov oil depot in Engels") stands in the place that
/// locates it: the name in front of the facility says what it is called, not where it is. Sentences written for the test.
/// </summary>
public sealed class FacilityNamePlaceTests
{
    [Theory]
    [InlineData("Ukrainian drones struck the Moscow oil refinery in Kapotnya overnight, the General Staff said.", "Kapotnya")]
    [InlineData("A missile hit the Kharkiv tractor plant in the Kyiv region, officials said.", "Kyiv Oblast")]
    public void AFacilityNamedAfterOnePlaceAndLocatedInAnotherIsInTheOther(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Extract.From(text).Events).Place);
    }

    [Theory]
    [InlineData("Ukrainian drones struck the Saratov oil refinery overnight, the governor said.", "Saratov")]
    [InlineData("Drones struck an oil refinery in Volgograd and a depot in Saratov.", "Volgograd")]
    public void AFacilityNamedAfterAPlaceAndLocatedNowhereElseIsThere(string text, string place)
    {
        Assert.Equal(place, Extract.From(text).Events[0].Place);
    }

    [Theory]
    [InlineData("Officials said drones had targeted the Novovoronezh nuclear power plant and a fuel depot in Kherson.", "Kherson")]
    [InlineData("The ministry said Ukraine fired drones at the Ryazan refinery and at a pumping station near Sumy on Sunday.", "Sumy")]
    public void APlantOrRefineryNamedAfterATownYieldsToAPlaceGivenAsALocation(string text, string place)
    {
        Assert.Equal(place, Extract.From(text).Events[0].Place);
    }

    [Theory]
    [InlineData("Drones struck the Zaporizhzhia nuclear power plant's training centre, the watchdog said.", "Zaporizhzhya")]
    [InlineData("Ukrainian drones hit the Engels airbase overnight, the governor said.", "Engels")]
    [InlineData("The army said its drones had struck the Volgograd refinery, one of the biggest in southern Russia.", "Volgograd")]
    public void APlantOrAirbaseNamedAfterATownIsStillThePlaceWhenNoOtherLocatesTheAction(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Extract.From(text).Events).Place);
    }

    [Fact]
    public void APortNamedAfterItsCityStaysInTheCity()
    {
        Assert.Equal("Odesa", Extract.From("Russian drones struck the Odesa port and a warehouse in the Odesa region overnight.").Events[0].Place);
    }
}
