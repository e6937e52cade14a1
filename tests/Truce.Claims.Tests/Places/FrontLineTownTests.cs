namespace Truce.Claims.Tests.Places;

/// <summary>
/// Front-line towns and villages that 2025 reporting names and GeoNames cities500 lacks (news_places.csv rows with an
/// oblast), and the Ukrainian-press spelling of a Kursk Oblast town GeoNames spells the Russian way. Sentences written
/// for the test; oblasts from the rows' sources (see the data README).
/// </summary>
public sealed class FrontLineTownTests
{
    private static List<(string Name, string? Admin1)> Places(string text) =>
        [.. Extract.From(text).Places.Select(p => (p.Place.Name, p.Place.Admin1))];

    [Theory]
    [InlineData("Russian troops took Vuhledar after a two-year siege.", "Vuhledar", "UA-14")]
    [InlineData("Shelling damaged the mine in Novohrodivka overnight.", "Novohrodivka", "UA-14")]
    [InlineData("The ministry said its units had entered Ocheretyne from the east.", "Ocheretyne", "UA-14")]
    [InlineData("Two people were wounded in the village of Shakhove in the Donetsk region.", "Shakhove", "UA-14")]
    [InlineData("A guided bomb hit Zvanivka on Monday.", "Zvanivka", "UA-14")]
    [InlineData("Ukrainian forces said they had cleared Torske, east of Lyman.", "Torske", "UA-14")]
    [InlineData("Fighting went on south of Bakhmut near Kurdiumivka.", "Kurdiumivka", "UA-14")]
    [InlineData("Kyiv denied that Russian troops had entered Yunakivka in the Sumy region.", "Yunakivka", "UA-59")]
    [InlineData("The governor said a drone had hit a house in Tetkino.", "Tetkino", "RU-KRS")]
    [InlineData("Residents of Tyotkino were told to leave, the governor said.", "Tetkino", "RU-KRS")]
    [InlineData("Russian units crossed the river at Kupiansk-Vuzlovyi, the brigade said.", "Kupiansk-Vuzlovyi", "UA-63")]
    [InlineData("Moscow claimed Sotnytskyi Kozachok in the Kharkiv region.", "Sotnytskyi Kozachok", "UA-63")]
    public void AFrontLineTownTheCopiedFilesLackIsFoundInItsOblast(string text, string town, string oblast)
    {
        Assert.Contains((town, oblast), Places(text));
    }

    [Fact]
    public void ARegionAfterTheTownPlacesTheAddedTownInIt()
    {
        var places = Places("Troops captured Zvanivka in the Donetsk region, officials said. Residents of Zvanivka had left in the spring.");
        Assert.Equal([("Donetsk Oblast", "UA-14"), ("Zvanivka", "UA-14")], places.Distinct().Order().ToList());
    }

    [Theory]
    [InlineData("A drone struck a school in Hlushkovo, the regional governor said.")]
    [InlineData("Russian troops massed near Hlushkovo in the Kursk region.")]
    public void TheUkrainianSpellingOfGlushkovoIsTheKurskTown(string text)
    {
        Assert.Contains(("Glushkovo", "RU-KRS"), Places(text));
    }
}
