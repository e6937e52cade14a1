namespace Truce.Claims.Tests.Events;

/// <summary>
/// A settlement the gazetteer lacks, placed in a region and by its bearing from a town, lies in the region away from the
/// town (README: a region the sentence names locates an action in an unnamed or unknown village of it). Sentences
/// written for the test.
/// </summary>
public sealed class ReferencePointPlaceTests
{
    [Theory]
    [InlineData("Russian troops captured the village of Zelenyi Klyn in the Zaporizhzhia region, about 12 kilometres south of Huliaipole.", "Zaporizhzhia Oblast")]
    [InlineData("Ukrainian forces recaptured the settlement of Sosnivka in the Kharkiv region, 20 km north-east of Kupiansk, the brigade said.", "Kharkiv Oblast")]
    public void AnUnknownVillageInARegionAndBearingFromATownIsLocatedInTheRegion(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Extract.From(text).Events).Place);
    }

    [Theory]
    [InlineData("Russian troops captured the village of Zelenyi Klyn, east of Huliaipole.", "Hulyaypole")]
    [InlineData("Russian forces were advancing west of Huliaipole in the Zaporizhzhia region.", "Hulyaypole")]
    public void ATownNamedAsTheOnlyReferenceOrAsTheActionsOwnBearingStillLocatesIt(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Extract.From(text).Events).Place);
    }
}
