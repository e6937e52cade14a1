namespace Truce.Claims.Tests.Places;

public sealed class PlaceTests
{
    private static List<string> Names(string text) => [.. Extract.From(text).Places.Select(p => p.Place.Name)];

    [Fact]
    public void CountriesAreFoundByTheirOtherNames()
    {
        const string text = "The plan came from the United States. Officials in the U.S. said Britain and Holland agreed.";
        var report = Extract.From(text);
        var unitedStates = Assert.Single(report.Places, p => p.Place.Name == "United States");
        Assert.Equal(2, unitedStates.Mentions.Count);
        Assert.Equal(text.IndexOf("United States", StringComparison.Ordinal), unitedStates.Mentions[0].Start);
        Assert.Equal("U.S.", text[unitedStates.Mentions[1].Start..unitedStates.Mentions[1].End]);
        Assert.Contains("United Kingdom", Names(text));
        Assert.Contains("Netherlands", Names(text));
    }

    [Fact]
    public void WorldRegionsAreFoundIncludingNamesWrittenWithThe()
    {
        var names = Names("Diplomats in Western Europe and the Gulf watched the talks, as did capitals across the Middle East.");
        Assert.Contains("Western Europe", names);
        Assert.Contains("Gulf states", names);
        Assert.Contains("Middle East", names);
    }

    [Fact]
    public void WorldCitiesAndCapitalsAreFound()
    {
        var report = Extract.From("Ministers met in Quebec City after earlier rounds in Riyadh and Istanbul.");
        var quebec = Assert.Single(report.Places, p => p.Place.Name == "Québec");
        Assert.Equal("CA", quebec.Place.Country);
        Assert.Equal(6325494, quebec.Place.GeonamesId);
        Assert.Contains(report.Places, p => p.Place.Name == "Riyadh" && p.Place.Country == "SA");
        Assert.Contains(report.Places, p => p.Place.Name == "Istanbul" && p.Place.Country == "TR");
    }

    [Fact]
    public void RegionAndOblastNameTheFirstLevelUnitAndTheBareNameTheCity()
    {
        const string text = "Shelling hit the Kharkiv region and Kursk Oblast, while Kharkiv itself was calm.";
        var report = Extract.From(text);
        var region = Assert.Single(report.Places, p => p.Place.Name == "Kharkiv Oblast");
        Assert.Equal("Kharkiv region", text[region.Mentions[0].Start..region.Mentions[0].End]);
        Assert.Contains(report.Places, p => p.Place.Name == "Kursk Oblast" && p.Place.Country == "RU");
        Assert.Contains(report.Places, p => p.Place.Name == "Kharkiv" && p.Place.GeonamesId == 706483);
    }

    [Fact]
    public void EveryNameOfAListOfRegionsIsARegion()
    {
        var names = Names("Drones were shot down over the Kharkiv, Sumy and Poltava regions.");
        Assert.Equal(["Kharkiv Oblast", "Sumy Oblast", "Poltava Oblast"], names);
    }

    [Fact]
    public void TransliterationVariantsResolveToOnePlace()
    {
        Assert.Equal(["Kyiv", "Mykolayiv", "Kharkiv", "Zaporizhzhya"], Names("Officials in Kiev, Nikolaev, Kharkov and Zaporozhye said so."));
        Assert.Equal(["Kyiv", "Mykolayiv", "Kharkiv", "Zaporizhzhya"], Names("Officials in Kyiv, Mykolaiv, Kharkiv and Zaporizhzhia said so."));
    }

    [Fact]
    public void PossessiveNamesThePlaceWithoutTheApostrophe()
    {
        const string text = "Kyiv's forces held the line.";
        var place = Assert.Single(Extract.From(text).Places);
        Assert.Equal("Kyiv", place.Place.Name);
        Assert.Equal((0, 4), (place.Mentions[0].Start, place.Mentions[0].End));
    }

    [Fact]
    public void AdjectivesOfCountriesAreNotPlaces()
    {
        Assert.Empty(Names("Russian culture and Ukrainian music were discussed by European officials."));
    }

    [Fact]
    public void PeoplesNamesAreNotPlaces()
    {
        Assert.Empty(Names("Putin met Kim for talks. Regional governor Vitaliy Kim said little, and Putin said less."));
    }

    [Fact]
    public void OrdinaryCapitalisedWordsAreNotPlaces()
    {
        Assert.Empty(Names("On Monday, Victory Day parades were held. The Kremlin said Independence was not discussed in May."));
    }

    [Fact]
    public void CountryContextSettlesAnAmbiguousName()
    {
        var place = Assert.Single(Extract.From("Russian troops advanced near Pokrovsk in Ukraine.").Places, p => p.Place.Name == "Pokrovsk");
        Assert.Equal("UA", place.Place.Country);
        Assert.Equal(48.28, place.Place.Lat, 1);
    }

    [Fact]
    public void PopulationSettlesAnAmbiguousNameWithoutContext()
    {
        var london = Assert.Single(Extract.From("The envoy flew to London.").Places);
        Assert.Equal("GB", london.Place.Country);
    }

    [Fact]
    public void SingleWordsInsideALongerProperNameAreNotPlaces()
    {
        Assert.Empty(Names("He told The Moscow Times and the Kyiv Independent nothing."));
    }

    [Fact]
    public void WireDatelineInCapitalsNamesThePlace()
    {
        Assert.Equal(["Kyiv"], Names("KYIV, March 20 (Northline News) - Officials said little."));
    }

    [Fact]
    public void ANamesakeInAnotherRegionIsNotThePlaceNamed()
    {
        Assert.Equal(["Donetsk Oblast"], Names("Troops captured the village of Romanivka in the Donetsk region."));
    }

    [Theory]
    [InlineData("Saboteurs were seen near the village of Romanivka in Donetsk Oblast on Sunday.", "Donetsk Oblast")]
    [InlineData("Border guards said a drone hit a barn near Khotin in Kharkiv Oblast.", "Kharkiv Oblast")]
    [InlineData("Border guards said a drone hit a barn near Khotin in northern Kharkiv Oblast.", "Kharkiv Oblast")]
    public void ANamesakeInAnotherOblastNamedWithoutTheIsNotThePlaceNamed(string text, string region)
    {
        Assert.Equal([region], Names(text));
    }

    [Fact]
    public void APlaceInTheOblastNamedAfterItIsKept()
    {
        Assert.Equal(["Izium", "Kharkiv Oblast"], Names("Shelling damaged a school in Izium in Kharkiv Oblast."));
    }

    [Fact]
    public void DatelineOfSeveralWordsInCapitalsNamesThePlace()
    {
        Assert.Equal(["Abu Dhabi"], Names("ABU DHABI, May 23 (Meridian Wire) - Officials met."));
    }
}
