using Truce.Claims.Places;

namespace Truce.Claims.Tests.Places;

/// <summary>
/// Places that 2025 ceasefire news names and the copied GeoNames and Natural Earth files lack (news_places.csv): US
/// states, the Thai and Cambodian border provinces, towns of Gaza, the West Bank and Kashmir, summit venues.
/// </summary>
public sealed class NewsPlaceTests
{
    private static List<(string Name, PlaceKind Kind, string? Country)> Places(string text) =>
        [.. Extract.From(text).Places.Select(p => (p.Place.Name, p.Place.Kind, p.Place.Country))];

    private static List<string> Names(string text) => [.. Extract.From(text).Places.Select(p => p.Place.Name)];

    [Theory]
    [InlineData("Trump and Putin shook hands on the tarmac in Alaska on Friday.", "Alaska", PlaceKind.Admin1, "US")]
    [InlineData("Ukrainian negotiators arrived in Florida for a second round.", "Florida", PlaceKind.Admin1, "US")]
    [InlineData("The envoy flew back to Texas after the meeting.", "Texas", PlaceKind.Admin1, "US")]
    [InlineData("Zelenskyy met Trump in Palm Beach on Sunday.", "Palm Beach", PlaceKind.City, "US")]
    [InlineData("The talks were held at a golf club in Hallandale Beach.", "Hallandale Beach", PlaceKind.City, "US")]
    [InlineData("More than 20 leaders signed the document in Sharm el-Sheikh.", "Sharm el-Sheikh", PlaceKind.City, "EG")]
    [InlineData("An airstrike destroyed a school in Deir al-Balah, medics said.", "Deir al-Balah", PlaceKind.City, "PS")]
    [InlineData("Troops pulled back from Beit Lahia overnight.", "Beit Lahia", PlaceKind.City, "PS")]
    [InlineData("Residents returned to Beit Hanoun on foot.", "Beit Hanoun", PlaceKind.City, "PS")]
    [InlineData("Shelling hit tents near Nuseirat before dawn.", "Nuseirat", PlaceKind.City, "PS")]
    [InlineData("Soldiers raided homes in Jenin and arrested six men.", "Jenin", PlaceKind.City, "PS")]
    [InlineData("Police in Ramallah dispersed the protest.", "Ramallah", PlaceKind.City, "PS")]
    [InlineData("Trucks queued at the Kerem Shalom crossing for hours.", "Kerem Shalom", PlaceKind.City, "IL")]
    [InlineData("Sirens sounded in Eilat after a launch from Yemen.", "Eilat", PlaceKind.City, "IL")]
    [InlineData("A drone hit a car near Nabatieh, the ministry said.", "Nabatieh", PlaceKind.City, "LB")]
    [InlineData("Tribal fighters withdrew from Suwayda under the truce.", "Suwayda", PlaceKind.City, "SY")]
    [InlineData("Satellite images showed damage at Fordow.", "Fordow", PlaceKind.Area, "IR")]
    [InlineData("Aid agencies warned of famine in Darfur.", "Darfur", PlaceKind.Area, "SD")]
    [InlineData("The rebels named a governor for North Kivu.", "North Kivu", PlaceKind.Admin1, "CD")]
    [InlineData("A transit road would link the mainland with Nakhchivan.", "Nakhchivan", PlaceKind.Admin1, "AZ")]
    [InlineData("Gunmen opened fire on tourists near Pahalgam.", "Pahalgam", PlaceKind.City, "IN")]
    [InlineData("Schools stayed closed in Poonch for a third day.", "Poonch", PlaceKind.City, "IN")]
    [InlineData("Families in Rawalakot dug bunkers behind their homes.", "Rawalakot", PlaceKind.City, "PK")]
    [InlineData("Police said the attackers were killed in Khyber Pakhtunkhwa.", "Khyber Pakhtunkhwa", PlaceKind.Admin1, "PK")]
    [InlineData("Traders waited at Torkham for the border to reopen.", "Torkham", PlaceKind.City, "AF")]
    [InlineData("Thousands fled from Si Sa Ket as the shelling went on.", "Si Sa Ket", PlaceKind.Admin1, "TH")]
    [InlineData("A rocket landed in Surin, the army said.", "Surin", PlaceKind.Admin1, "TH")]
    [InlineData("Evacuation centres in Buriram were full.", "Buriram", PlaceKind.Admin1, "TH")]
    [InlineData("Navy units were sent to Trat on Wednesday.", "Trat", PlaceKind.Admin1, "TH")]
    [InlineData("Cambodia said civilians were wounded in Oddar Meanchey.", "Oddar Meanchey", PlaceKind.Admin1, "KH")]
    [InlineData("Families left their villages in Preah Vihear.", "Preah Vihear", PlaceKind.Admin1, "KH")]
    [InlineData("The border market in Poipet stayed shut.", "Poipet", PlaceKind.City, "KH")]
    [InlineData("The two prime ministers met in Putrajaya on Monday.", "Putrajaya", PlaceKind.City, "MY")]
    [InlineData("The delegation stopped in Virginia before flying to Europe.", "Virginia", PlaceKind.Admin1, "US")]
    [InlineData("Pilgrims crowded into Bethlehem for Christmas.", "Bethlehem", PlaceKind.City, "PS")]
    [InlineData("Aid convoys reached Tigray after the truce.", "Tigray", PlaceKind.Admin1, "ET")]
    [InlineData("The Arakan Army took more towns in Rakhine.", "Rakhine", PlaceKind.Admin1, "MM")]
    [InlineData("Kurdish fighters held Kobani for months.", "Kobani", PlaceKind.City, "SY")]
    [InlineData("Rockets were fired at Sderot from the north of the strip.", "Sderot", PlaceKind.City, "IL")]
    [InlineData("Residents of Kiryat Shmona returned after the truce.", "Kiryat Shmona", PlaceKind.City, "IL")]
    [InlineData("Jets struck targets around Baalbek overnight.", "Baalbek", PlaceKind.City, "LB")]
    [InlineData("Strikes were reported across the Bekaa on Tuesday.", "Bekaa Valley", PlaceKind.Area, "LB")]
    [InlineData("Government forces entered Daraa in the south.", "Daraa", PlaceKind.City, "SY")]
    [InlineData("Drones hit a market in Kadugli, the capital of South Kordofan.", "Kadugli", PlaceKind.City, "SD")]
    [InlineData("Blackouts were ordered in Jaisalmer and other border towns.", "Jaisalmer", PlaceKind.City, "IN")]
    [InlineData("Pakistani drones were shot down over Udhampur.", "Udhampur", PlaceKind.City, "IN")]
    [InlineData("Afghan officials said strikes hit homes in Khost.", "Khost", PlaceKind.City, "AF")]
    public void APlaceTheCopiedFilesLackIsFoundInATypicalNewsSentence(string text, string name, PlaceKind kind, string country)
    {
        Assert.Contains((name, kind, (string?)country), Places(text));
    }

    [Theory]
    [InlineData("The strike hit Deir el-Balah.", "Deir al-Balah")]
    [InlineData("The leaders met in Sharm El-Sheikh.", "Sharm el-Sheikh")]
    [InlineData("Troops raided a camp in Tulkarm.", "Tulkarem")]
    [InlineData("Clashes resumed in Sweida.", "Suwayda")]
    [InlineData("Shells fell on Sisaket overnight.", "Si Sa Ket")]
    [InlineData("Shells fell on Buri Ram overnight.", "Buriram")]
    [InlineData("Villagers fled Otdar Meanchey.", "Oddar Meanchey")]
    [InlineData("Militants struck in Baluchistan.", "Balochistan")]
    public void ANewsSpellingNamesTheSamePlace(string text, string name)
    {
        Assert.Equal([name], Names(text));
    }

    [Theory]
    [InlineData("Shelling was reported in Sisaket province.", "Si Sa Ket")]
    [InlineData("Schools closed in Ubon Ratchathani province.", "Ubon Ratchathani")]
    [InlineData("Thai jets struck targets in Cambodia's Oddar Meanchey province.", "Oddar Meanchey")]
    public void ANameFollowedByProvinceIsTheProvince(string text, string name)
    {
        Assert.Contains((name, PlaceKind.Admin1), Extract.From(text).Places.Select(p => (p.Place.Name, p.Place.Kind)));
    }

    [Fact]
    public void EveryProvinceOfAListEndingInProvincesIsAProvince()
    {
        Assert.Equal(["Surin", "Si Sa Ket"], Names("Shells landed in the Surin and Sisaket provinces."));
    }

    [Fact]
    public void BethlehemInAWestBankStoryIsTheWestBankCityNotBelemInBrazil()
    {
        Assert.Contains(("Bethlehem", PlaceKind.City, (string?)"PS"), Places("Pilgrims returned to Bethlehem, in the occupied West Bank, for Christmas."));
    }

    [Fact]
    public void ACityThatSharesItsNameWithItsProvinceIsStillTheCityAlone()
    {
        Assert.Equal([("Ubon Ratchathani", PlaceKind.City, (string?)"TH")], Places("Flights to Ubon Ratchathani were cancelled."));
    }

    [Theory]
    [InlineData("Gunmen attacked a bus in Indian-administered Kashmir.", "Jammu and Kashmir")]
    [InlineData("The chief minister of Jammu and Kashmir called for calm.", "Jammu and Kashmir")]
    [InlineData("Shells hit homes in Pakistan-administered Kashmir.", "Azad Jammu and Kashmir")]
    [InlineData("Power was cut across Azad Kashmir.", "Azad Jammu and Kashmir")]
    public void EachSideOfKashmirIsItsOwnUnitNotTheCityOfJammu(string text, string name)
    {
        Assert.Equal([name], Names(text));
    }

    [Theory]
    [InlineData("She studies at Florida International University.")]
    [InlineData("The Texas Rangers won on Sunday.")]
    [InlineData("Alaska Airlines cancelled its flights.")]
    [InlineData("The Florida-based firm declined to comment.")]
    [InlineData("Florida Senator Anna Price said the deal was weak.")]
    public void AStateNameInsideALongerNameIsNotAPlace(string text)
    {
        Assert.Empty(Names(text));
    }

    [Theory]
    [InlineData("Both armies shelled positions near the Preah Vihear temple.")]
    [InlineData("Fighting broke out around the Ta Moan Thom and Preah Vihear temples.")]
    public void ATempleNamedAfterAProvinceIsNotTheProvince(string text)
    {
        Assert.DoesNotContain("Preah Vihear", Names(text));
    }

    [Fact]
    public void TheProvinceItselfIsStillFoundBesideTheTemple()
    {
        Assert.Equal(["Preah Vihear"], Names("Villagers in Preah Vihear fled as shells fell near the temple."));
    }

    [Theory]
    [InlineData("A tanker was hit in the Gulf of Aden on Sunday.")]
    [InlineData("Navy boats patrolled the Gulf of Thailand.")]
    public void AGulfNamedAfterAPlaceIsNotTheGulfStates(string text)
    {
        Assert.DoesNotContain("Gulf states", Names(text));
    }

    [Fact]
    public void TheGulfAloneIsStillTheGulfStates()
    {
        Assert.Equal(["Gulf states"], Names("Diplomats from the Gulf urged both sides to hold the truce."));
    }

    [Theory]
    [InlineData("The rebels hold much of North and South Kivu.")]
    [InlineData("The rebels hold much of North and South Kivu provinces.")]
    public void TwoDirectionsSharingOneNameAreTwoPlaces(string text)
    {
        Assert.Equal(["North Kivu", "South Kivu"], Names(text));
    }

    [Fact]
    public void TwoDirectionsSharingACountryNameAreTwoCountries()
    {
        Assert.Equal(["North Korea", "South Korea"], Names("Troops from North and South Korea faced each other."));
    }

    [Fact]
    public void ADirectionThatMakesNoKnownPlaceWithTheSharedNameIsNotAPlace()
    {
        Assert.Equal(["South Kivu"], Names("Aid went to West and South Kivu."));
    }

    [Fact]
    public void APersonCalledLikeAProvinceIsNotAPlace()
    {
        Assert.Empty(Names("Former ASEAN chief Surin Pitsuwan urged restraint. Surin said the bloc must act."));
    }

    [Theory]
    [InlineData("The envoys met in New York on Monday.", "New York City")]
    [InlineData("Officials from Washington flew in overnight.", "Washington, D.C.")]
    [InlineData("The fans drove to Kansas City for the game.", "Kansas City")]
    public void ACityThatSharesAWordWithAStateStaysTheCity(string text, string name)
    {
        Assert.Equal([name], Names(text));
    }

    [Fact]
    public void GeorgiaNextToItsCapitalIsStillTheCountry()
    {
        Assert.Contains(("Georgia", PlaceKind.Country, (string?)"GE"), Places("Georgia said on Monday that Tbilisi would host the talks."));
    }

    [Fact]
    public void ActionsInAnAddedPlaceAreLocatedThere()
    {
        var strike = Assert.Single(Extract.From("Cambodia's defence ministry said Thai troops shelled villages in Oddar Meanchey.").Events);

        Assert.Equal("Oddar Meanchey", strike.Place);
    }

    /// <summary>Every name and alias of news_places.csv, with the name of its row.</summary>
    public static TheoryData<string, string, string> NewsPlaceNames()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in ReadRows(NewsPlacesFile()))
        {
            foreach (var name in row["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(row["name"]))
            {
                data.Add(name, row["name"], row["country"]);
            }
        }

        return data;
    }

    /// <summary>Two rows name a province whose capital GeoNames holds as a city of the same name: alone, the name is the city.</summary>
    [Theory]
    [MemberData(nameof(NewsPlaceNames))]
    public void EveryNameOfTheFileIsFoundWhereNewsPutsAPlace(string name, string place, string country)
    {
        var found = Assert.Single(Extract.From($"Officials from both sides met in {name} on Monday.").Places).Place;
        Assert.Equal((place, country), (found.Name, found.Country));
        Assert.Equal(place is "Ubon Ratchathani" or "Battambang", found.GeonamesId != 0);
    }

    [Fact]
    public void EveryRowOfTheNewsPlacesFileLoadsWithItsPointAndLiesNearItsCountry()
    {
        var countries = ReadRows(Path.Combine(Path.GetDirectoryName(NewsPlacesFile())!, "world_countries.csv"))
            .Where(r => r["iso_a2"].Length == 2)
            .GroupBy(r => r["iso_a2"])
            .ToDictionary(g => g.Key, g => (Lat: Number(g.First()["lat"]), Lon: Number(g.First()["lon"])));
        var rows = ReadRows(NewsPlacesFile());

        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Select(r => r["name"]).Distinct().Count());
        foreach (var row in rows)
        {
            var (lat, lon) = (Number(row["lat"]), Number(row["lon"]));
            var entry = Assert.Single(Gazetteer.Default.Lookup(row["name"]), c => c.Entry.GeonamesId == 0 && c.Entry.Country == row["country"]
                && c.Entry.Name == row["name"]).Entry;
            Assert.Equal((lat, lon), (entry.Lat, entry.Lon));
            foreach (var alias in row["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                // "the Bekaa" is looked up as "Bekaa", found only after "the".
                var name = alias.StartsWith("the ", StringComparison.Ordinal) ? alias[4..] : alias;
                Assert.Contains(Gazetteer.Default.Lookup(name), c => c.Entry == entry);
            }

            // A swapped sign or a typing slip puts a place on another continent; the widest countries here (the United
            // States with Alaska and Hawaii aside) span less than 2,500 km from their Natural Earth label point.
            var limit = row["country"] == "US" ? 7_000 : 2_500;
            var country = countries[row["country"]];
            Assert.True(Kilometres(lat, lon, country.Lat, country.Lon) < limit, $"{row["name"]} lies too far from {row["country"]}");
        }
    }

    private static string NewsPlacesFile() =>
        Path.Combine(Extract.RepositoryRoot(), "src", "Truce.Claims", "Gazetteer", "data", "news_places.csv");

    private static List<Dictionary<string, string>> ReadRows(string path)
    {
        using var reader = new StreamReader(path);
        return [.. CsvRows.Read(reader)];
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180.0;
        var h = Math.Pow(Math.Sin(Radians(lat2 - lat1) / 2), 2)
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(Radians(lon2 - lon1) / 2), 2));
        return 2 * 6371.0 * Math.Asin(Math.Sqrt(h));
    }
}
