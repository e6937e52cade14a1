namespace Truce.Claims.Tests.Places;

/// <summary>
/// The unit an article puts a town in picks which of the gazetteer's namesakes it is, throughout the article, and a
/// name the article makes a river's is the river's. Sentences written for the test; the namesakes' oblasts read from
/// the gazetteer's places_ua_ru.csv by hand (Zolochiv: Lviv 22,608 and Kharkiv 7,926; Borova: Kyiv Oblast and
/// Kharkiv; Novopavlivka: only Mykolaiv; Oskil: a Kharkiv village of 3,217).
/// </summary>
public sealed class NamesakeInUnitTests
{
    private static List<(string Name, string? Admin1)> Places(string text) =>
        [.. Extract.From(text).Places.Select(p => (p.Place.Name, p.Place.Admin1))];

    [Theory]
    [InlineData("Shelling hit Zolochiv in the Kharkiv region on Sunday.")]
    [InlineData("Shelling hit Zolochiv, a town in the northern Kharkiv region, on Sunday.")]
    [InlineData("Shelling hit Zolochiv in the neighbouring Kharkiv region on Sunday.")]
    [InlineData("Russia said its forces had captured Zolochiv in Ukraine's northeastern Kharkiv region.")]
    public void TheUnitTheArticleNamesPicksTheSmallerNamesakeInIt(string text)
    {
        Assert.Contains(("Zolochiv", "UA-63"), Places(text));
    }

    [Fact]
    public void ATownNamedAgainLaterIsTheNamesakeTheUnitPicked()
    {
        var places = Places("Troops shelled Borova, a village in the eastern Kharkiv region. Officials in Borova said the school was hit.");
        Assert.Equal([("Borova", "UA-63"), ("Kharkiv Oblast", "UA-63")], places.Distinct().Order().ToList());
    }

    [Fact]
    public void WithoutAUnitTheLargerNamesakeStands()
    {
        Assert.Equal([("Zolochiv", "UA-46")], Places("Volunteers in Zolochiv collected aid."));
    }

    [Fact]
    public void ANamesakeTheGazetteerLacksInTheNamedUnitIsNoPlaceAnywhereInTheArticle()
    {
        var names = Places("Russia said it had taken Novopavlivka in the neighbouring Dnipropetrovsk region. Kyiv did not comment on Novopavlivka.")
            .Select(p => p.Name).ToList();
        Assert.DoesNotContain("Novopavlivka", names);
        Assert.Contains("Dnipropetrovsk Oblast", names);
    }

    [Fact]
    public void ACountryOwningTheUnitDoesNotHideTheUnitFromTheTown()
    {
        var claim = Assert.Single(Extract.From("Russia said its forces had captured Novopavlivka in Ukraine's Dnipropetrovsk region.").Events);
        Assert.Equal(("capture", "Dnipropetrovsk Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ANameTheArticleGivesARiverIsTheRiverThroughout()
    {
        var names = Places("Kupiansk sits on the Oskil River. \"If the Oskil line breaks, we go west,\" a soldier said.").Select(p => p.Name);
        Assert.Equal(["Kupiansk"], names);
    }

    [Fact]
    public void ACityARiverIsNamedAfterStaysACity()
    {
        var names = Places("Boats crossed the Dnipro River at night. Drones struck Dnipro on Monday.").Select(p => p.Name);
        Assert.Contains("Dnipro", names);
    }

    [Fact]
    public void TheUnitAfterAListOfTownsPlacesEveryTownOfTheList()
    {
        // Milove (a Luhansk Oblast town with the variant "Melovoy") is not the Kursk Oblast settlement of that name.
        var names = Places("Troops liberated the settlements of Melovoy and Podolsk in the Kursk region, the ministry said. Fighting near Melovoy went on.")
            .Select(p => p.Name).ToList();
        Assert.DoesNotContain("Milove", names);
        Assert.Contains("Kursk Oblast", names);
    }
}
