namespace Truce.Claims.Tests.Places;

/// <summary>Names of several words: the whole name is the place, never a shorter name inside it.</summary>
public sealed class CompoundPlaceNameTests
{
    private static List<string> Names(string text) => [.. Extract.From(text).Places.Select(p => p.Place.Name)];

    [Fact]
    public void ACapitalCalledByItsOwnNameIsNotTheLargerCityListingThatNameAsAVariant()
    {
        Assert.Equal(["New Delhi"], Names("Diplomats gathered in New Delhi on Friday."));
    }

    [Fact]
    public void TheLargerCityIsStillFoundByItsOwnName()
    {
        Assert.Equal(["Delhi"], Names("Smog covered Delhi for a week."));
    }

    [Fact]
    public void AVariantNameSharedWithACityOfAnotherCountryIsStillSettledByContext()
    {
        Assert.Equal(["Odesa", "Ukraine"], Names("Grain ships left Odessa, the main port of Ukraine, on Monday."));
    }

    [Theory]
    [InlineData("The chief minister of Jammu and Kashmir spoke to reporters.")]
    [InlineData("Shelling was reported across Azad Jammu and Kashmir.")]
    public void AUnitNamedAfterTwoPlacesIsNotTheFirstOfThem(string text)
    {
        Assert.DoesNotContain("Jammu", Names(text));
    }

    [Fact]
    public void TheCityAloneIsStillAPlace()
    {
        Assert.Equal(["Jammu"], Names("Sirens sounded in Jammu overnight."));
    }

    [Fact]
    public void ACityNameLessItsLastWordIsStillTheCity()
    {
        Assert.Equal(["New York City"], Names("The envoys met in New York on Monday."));
    }

    [Fact]
    public void ANewspaperIsNotTheCity()
    {
        Assert.Empty(Names("She told the New York Times that talks had stalled."));
    }

    [Fact]
    public void ATruncatedNameIsNotTheCityButTheStateOfThatName()
    {
        Assert.Equal(["Kansas"], Names("Residents of Kansas voted on Tuesday."));
    }
}
