namespace Truce.Claims.Tests.Places;

/// <summary>
/// A word of a person's name that is also a country or city ("Israel Katz") is still the place after a preposition of
/// place or a compass adjective ("at northern Israel", "arrived in Israel"), where no person stands; elsewhere it may be
/// the person taken up again ("Surin said"). Sentences written for the test; expected values worked out by hand.
/// </summary>
public sealed class GivenNamePlaceTests
{
    [Fact]
    public void ACountryThatIsAMinistersGivenNameIsStillTheCountryStandingAlone()
    {
        var report = Extract.From("Defense Minister Israel Katz said two missiles had been fired at northern Israel. \"We will respond,\" Katz said.");
        Assert.Contains(report.Places, p => p.Place.Name == "Israel");
    }

    [Fact]
    public void ACountryThatIsAMinistersGivenNameIsTheCountryAfterIn()
    {
        var report = Extract.From("\"We will respond,\" said Defense Minister Israel Katz. The US envoy arrived in Israel on Tuesday.");
        Assert.Contains(report.Places, p => p.Place.Name == "Israel");
    }

    [Fact]
    public void TheGivenNameInsideTheFullNameIsNoPlace()
    {
        var report = Extract.From("\"We will respond with force,\" Defense Minister Israel Katz said on Tuesday.");
        Assert.DoesNotContain(report.Places, p => p.Place.Name == "Israel");
    }

    [Fact]
    public void ANameThatIsAPlaceStaysThePersonAsTheSubject()
    {
        var report = Extract.From("\"The talks will go on,\" said envoy Marco Paris. Paris added that he would travel again next week.");
        Assert.DoesNotContain(report.Places, p => p.Place.Name == "Paris");
    }

    [Fact]
    public void AWordOfACaptionedPageNameIsStillTheProvinceAfterProvinceOf()
    {
        var report = Extract.From("Smoke rises over a hill. (Still from a clip shared by Baan Nong Surin Facebook page)\n\n"
            + "Enemy troops attacked a base in the eastern province of Surin on Friday, the army said.");
        Assert.Contains(report.Places, p => p.Place.Name == "Surin");
    }

    [Fact]
    public void AWordOfACaptionedPageNameIsStillTheProvinceAfterDistrictOf()
    {
        var report = Extract.From("Smoke rises over a hill. (Still from a clip shared by Baan Nong Surin Facebook page)\n\n"
            + "Shells fell on a school in the Kap Choeng district of Surin, the army said.");
        Assert.Contains(report.Places, p => p.Place.Name == "Surin");
    }
}
