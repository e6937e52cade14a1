namespace Truce.Claims.Tests.Events;

/// <summary>
/// README rule: a regional body's title names its region; an action its report places nowhere else is located there
/// (and a city's mayor or administration locates it in the city). Sentences written for the test.
/// </summary>
public sealed class RegionalBodyPlaceTests
{
    [Theory]
    [InlineData("The Odesa regional administration said a drone hit a port facility overnight.", "Odesa Oblast")]
    [InlineData("The Sumy regional governor said a missile struck an industrial site.", "Sumy Oblast")]
    [InlineData("The Kyiv city military administration said debris hit a residential building.", "Kyiv")]
    [InlineData("Kharkiv Mayor Ihor Terekhov said a guided bomb hit a school.", "Kharkiv")]
    public void AnActionReportedByARegionalBodyIsLocatedInItsRegion(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void APlaceTheReportNamesIsMoreSpecificThanTheBodysRegion()
    {
        var claim = Assert.Single(Extract.From("The Kharkiv regional governor said a missile struck Kupiansk overnight.").Events);
        Assert.Equal("Kupiansk", claim.Place);
    }

    [Fact]
    public void APlaceThatOnlyOpensTheSentenceWithoutABodyLocatesNothing()
    {
        var claim = Assert.Single(Extract.From("Odesa officials met on Monday, and later a drone hit a port facility.").Events);
        Assert.Null(claim.Place);
    }

    [Theory]
    [InlineData("The Kherson Oblast Military Administration said Russian forces shelled 21 settlements in the border area over the past day.", "Kherson Oblast")]
    [InlineData("The Zaporizhzhia Regional Military Administration reported that artillery shelled four villages overnight.", "Zaporizhzhia Oblast")]
    public void ABodysTitleWrittenInCapitalsStillNamesItsRegion(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("shell", place), (claim.Action, claim.Place));
    }
}
