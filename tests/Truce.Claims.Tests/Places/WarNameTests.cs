namespace Truce.Claims.Tests.Places;

/// <summary>
/// Russian official and TASS copy names Ukrainian front-line towns by their Russian or pre-2016 names. Sentences
/// written for the test; the namesakes read by hand from places_ua_ru.csv (Krasnoarmeysk: towns of Saratov and Moscow
/// oblasts; Volchansk: a town of Sverdlovsk Oblast; Seversk: a city of Tomsk Oblast).
/// </summary>
public sealed class WarNameTests
{
    private static List<string> Places(string text) => [.. Extract.From(text).Places.Select(p => p.Place.Name)];

    [Theory]
    [InlineData("The Defense Ministry said units of the Center group of forces had liberated Krasnoarmeysk.", "Pokrovsk")]
    [InlineData("Russian troops were fighting in the centre of Dimitrov, the ministry said.", "Myrnohrad")]
    [InlineData("Russia said in May 2023 that it had taken Artemovsk.", "Bakhmut")]
    [InlineData("The ministry said its forces had liberated Seversk after weeks of fighting.", "Siversk")]
    [InlineData("Fighting continued near Volchansk on Tuesday, the ministry said.", "Vovchansk")]
    public void ARussianNameOfAFrontLineTownIsTheUkrainianTown(string text, string town)
    {
        Assert.Contains(town, Places(text));
    }

    [Fact]
    public void ATownPutInARussianUnitIsNotTheUkrainianTown()
    {
        var places = Places("A drone fell on a factory in Krasnoarmeysk in the Saratov region, the governor said.");
        Assert.DoesNotContain("Pokrovsk", places);
        Assert.Contains("Saratov Oblast", places);
    }

    [Fact]
    public void TheKievRegionOfRussianCopyIsKyivOblast()
    {
        Assert.Contains("Kyiv Oblast", Places("Power was cut in parts of the Kiev, Dnepropetrovsk and Odessa Regions after the attack."));
    }
}
