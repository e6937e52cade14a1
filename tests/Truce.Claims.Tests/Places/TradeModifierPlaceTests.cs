namespace Truce.Claims.Tests.Places;

/// <summary>
/// A city used to describe a person's trade is an adjective (README: adjectives are not places); an article opening
/// a sentence does not glue a city to a longer name. Sentences written for the test.
/// </summary>
public sealed class TradeModifierPlaceTests
{
    private static List<string> Names(string text) => [.. Extract.From(text).Places.Select(p => p.Place.Name)];

    [Theory]
    [InlineData("Witkoff, a New York property developer, arrived on Tuesday.")]
    [InlineData("A Moscow businessman close to the Kremlin was sanctioned.")]
    [InlineData("The talks were arranged by an Odesa lawyer.")]
    public void ACityDescribingAPersonsTradeIsNoPlace(string text)
    {
        Assert.Empty(Names(text));
    }

    [Fact]
    public void ACityBeforeAnOrdinaryNounIsStillAPlace()
    {
        Assert.Equal(["Kharkiv"], Names("A Kharkiv hospital was hit by a drone on Monday."));
    }

    [Fact]
    public void ACityNamedWhereTheTradesmanWorksIsAPlace()
    {
        Assert.Equal(["Odesa"], Names("The lawyer was detained in Odesa."));
    }
}
