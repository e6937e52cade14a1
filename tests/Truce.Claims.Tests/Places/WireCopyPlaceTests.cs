namespace Truce.Claims.Tests.Places;

/// <summary>Place rules for names common in 2025 ceasefire reporting, each on sentences written for the test.</summary>
public sealed class WireCopyPlaceTests
{
    private static List<string> Names(string text) => [.. Extract.From(text).Places.Select(p => p.Place.Name)];

    [Theory]
    [InlineData("Ships were attacked in the Sea of Azov.")]
    [InlineData("The Black Sea Fleet lost another landing ship.")]
    [InlineData("Reporters from the Phnom Penh Post were at the border.")]
    public void ANameInsideTheNameOfASeaOrAnInstitutionIsNotAPlace(string text)
    {
        Assert.Empty(Names(text));
    }

    [Fact]
    public void TheSeaItselfIsStillAPlace()
    {
        Assert.Equal(["Black Sea region"], Names("Drones were shot down over the Black Sea."));
    }

    [Fact]
    public void AVillagePutNearATownIsNotANamesakeTheGazetteerHoldsFarAway()
    {
        var names = Names("Troops entered Shchyrets, a village about 15 kilometres east of Pokrovsk, the ministry said.");
        Assert.Equal(["Pokrovsk"], names);
    }

    [Theory]
    [InlineData("Troops took Shchyrets, near Pokrovsk, on Monday.", "Pokrovsk")]
    [InlineData("The ministry said it had captured Shchyrets, a village in the Donetsk region.", "Donetsk Oblast")]
    public void ANamesakePutNearATownOrInARegionFarFromItIsNotAPlace(string text, string only)
    {
        Assert.Equal([only], Names(text));
    }

    [Fact]
    public void ATownPlacedByDirectionFromACityAFrontAwayStaysAPlace()
    {
        Assert.Equal(["Kupiansk", "Kharkiv"], Names("Fighting went on near Kupiansk, east of Kharkiv."));
    }

    [Fact]
    public void ATownPutNearATownItIsNearStaysAPlace()
    {
        var names = Names("Shelling hit Kostiantynivka, a town 20 kilometres south of Kramatorsk.");
        Assert.Equal(["Kostiantynivka", "Kramatorsk"], names);
    }

    [Fact]
    public void AVillageIsNotTheTownOfTheSameNameInAnotherRegion()
    {
        Assert.DoesNotContain("Murom", Names("The governor said Ukrainian artillery had shelled the village of Murom."));
    }

    [Fact]
    public void ARegionNamedInThePossessiveIsTheRegion()
    {
        Assert.Equal(["Donetsk Oblast"], Names("Fighting raged in the Donetsk region's Pokrovsk district."));
    }

    [Theory]
    [InlineData("Georgia's government in Tbilisi protested against the decision.", true)]
    [InlineData("Officials in Georgia said the vote in Atlanta was close.", false)]
    [InlineData("Jordan Bardella spoke in Paris.", false)]
    public void GeorgiaIsTheCountryOnlyWhenTheArticleNamesItsCapitalOrPeople(string text, bool country)
    {
        Assert.Equal(country, Names(text).Contains("Georgia"));
    }

    [Theory]
    [InlineData("Talks were held in Sharm el-Sheikh after a meeting in Anchorage.", "Anchorage")]
    [InlineData("Mediators met in Doha, Cairo and Kuala Lumpur.", "Kuala Lumpur")]
    [InlineData("Officials in Phnom Penh and Bangkok welcomed the truce.", "Phnom Penh")]
    [InlineData("Israeli strikes hit Khan Younis and Rafah.", "Khān Yūnis")]
    public void CapitalsAndCitiesOfThe2025TalksAreFound(string text, string name)
    {
        Assert.Contains(name, Names(text));
    }

    [Theory]
    [InlineData("Hamas said it would hand over the bodies.")]
    [InlineData("Thai troops moved to the border.")]
    [InlineData("The Duma voted on Tuesday.")]
    [InlineData("The Azov brigade said it held the line.")]
    public void OrganisationsAndPeoplesThatAreAlsoOtherNamesOfPlacesAreNotPlaces(string text)
    {
        Assert.Empty(Names(text));
    }

    [Theory]
    [InlineData("U.S. and Russian delegations met on Tuesday.", false)]
    [InlineData("The U.S. and Ukrainian teams met on Tuesday.", false)]
    [InlineData("The U.S. and Russia agreed on Tuesday.", true)]
    [InlineData("The U.S. and Iran agreed on Tuesday.", true)]
    public void TheUsCoordinatedWithANationalityIsAnAdjective(string text, bool place)
    {
        Assert.Equal(place, Names(text).Contains("United States"));
    }

    [Fact]
    public void AnApDatelineWithAnEmDashIsAPlace()
    {
        Assert.Contains("Srinagar", Names("SRINAGAR, India (AP) \u2014 Shelling resumed on Sunday."));
    }

    [Fact]
    public void AMillionCityIsNotLostToASmallNamesakeInTheArticlesCountry()
    {
        Assert.Contains("Berlin", Extract.From("Russian officials in Moscow said envoys would meet in Berlin.").Places.Where(p => p.Place.Country == "DE").Select(p => p.Place.Name));
    }

    [Theory]
    [InlineData("Drones were downed over the Leningrad region.", "Leningradskaya Oblast")]
    [InlineData("A drone hit a plant in Chuvashia.", "Chuvash Republic")]
    public void RussianUnitsAreFoundByTheirEnglishNames(string text, string name)
    {
        Assert.Equal([name], Names(text));
    }

    [Theory]
    [InlineData("Rebels shelled a market in the Democratic Republic of Congo on Friday.")]
    [InlineData("Talks between DR Congo and the rebels resumed on Friday.")]
    [InlineData("Rebels shelled a market in eastern Congo on Friday.")]
    [InlineData("Officials in the DRC said the talks would resume.")]
    public void WireNamesForTheDemocraticRepublicOfTheCongoAreThatCountry(string text)
    {
        Assert.Equal(["Democratic Republic of the Congo"], Names(text));
    }

    [Theory]
    [InlineData("A delegation from the Republic of Congo arrived on Friday.")]
    [InlineData("A delegation from Congo Republic arrived on Friday.")]
    public void TheSmallerCongoIsFoundOnlyByItsFullName(string text)
    {
        Assert.Equal(["CG"], Extract.From(text).Places.Select(p => p.Place.Country));
    }

    [Theory]
    [InlineData("Sappers blew up a pontoon on the Oskil used by the attackers, the army said.")]
    [InlineData("The brigade fell back behind the Oskil.")]
    [InlineData("Engineers mined the Oskil near the crossing.")]
    public void ATownNameAfterTheWithNoNounFollowingIsARiver(string text)
    {
        Assert.DoesNotContain("Oskil", Names(text));
    }

    [Theory]
    [InlineData("Water levels in the Kakhovka reservoir kept falling, engineers said.")]
    [InlineData("Troops dug in along the Kakhovka Reservoir.")]
    [InlineData("Shelling hit near the Kakhovka dam overnight.")]
    [InlineData("Boats crossed the Kakhovka canal at dawn.")]
    public void AReservoirDamOrCanalNamedAfterATownIsNotTheTown(string text)
    {
        Assert.DoesNotContain(Names(text), n => n == "Kakhovka");
    }

    [Fact]
    public void ATownNamedBesideAReservoirNamedAfterItStaysAPlace()
    {
        Assert.Contains("Kakhovka", Names("Shelling hit Kakhovka overnight, near the reservoir."));
    }

    [Fact]
    public void ATownNameAfterTheWithANounFollowingStaysAPlace()
    {
        Assert.Contains("Pokrovsk", Names("Fighting went on in the Pokrovsk and Lyman directions."));
    }

    [Theory]
    [InlineData("Shelling hit Huliaipole overnight.")]
    [InlineData("Shelling hit Hulyaipole overnight.")]
    public void AUkrainianTownIsFoundUnderEitherYOrIOfItsTransliteration(string text)
    {
        Assert.Equal(["Hulyaypole"], Names(text));
    }

    [Theory]
    [InlineData("A soldier with the call sign \"Taras\" said the unit had held its trench.")]
    [InlineData("A drone pilot nicknamed 'Kherson' said supplies came only at night.")]
    public void AQuotedCallSignOrNicknameIsNotAPlace(string text)
    {
        Assert.Empty(Names(text));
    }

    [Theory]
    [InlineData("Oleh Lyman, a battalion commander, said fighting went on around Lyman.")]
    [InlineData("Oleh Lyman, a battalion commander, said the Lyman direction was quiet.")]
    [InlineData("Oleh Lyman, a battalion commander, said the unit held a village north of Lyman.")]
    public void ATownNamedLikeAPersonIsStillAPlaceWhereItLocatesSomething(string text)
    {
        Assert.Equal(["Lyman"], Names(text));
    }

    [Fact]
    public void APersonWhoseNameIsATownIsStillNoPlaceWhereHeSpeaks()
    {
        Assert.Empty(Names("\"We are holding,\" said Oleh Lyman, a battalion commander."));
    }

    [Fact]
    public void ATownAfterAPrepositionOpeningTheSentenceIsAPlace()
    {
        var place = Assert.Single(Extract.From("Around Lyman, Russian forces have advanced slowly through the forests.").Places).Place;

        // GeoNames holds three Lymans; the town in the Donetsk region (about 20,000 people) is the one in the news.
        Assert.Equal(("Lyman", "UA-14"), (place.Name, place.Admin1));
    }

    [Theory]
    [InlineData("U.S., Russian and Ukrainian officials met in Geneva.")]
    [InlineData("U.S., French, German or British diplomats will attend in Geneva.")]
    [InlineData("Delegations left Geneva as U.S., Israeli and Egyptian mediators stayed on.")]
    public void TheUnitedStatesFirstInAListOfNationalityAdjectivesIsAnAdjective(string text)
    {
        Assert.Equal(["Genève"], Names(text));
    }

    [Fact]
    public void TheUnitedStatesFirstInAListOfCountriesIsAPlace()
    {
        Assert.Contains("United States", Names("The U.S., France and Germany sent envoys to Geneva."));
    }
}
