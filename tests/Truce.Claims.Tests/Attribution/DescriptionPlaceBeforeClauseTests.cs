using Truce.Claims.Attribution;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Where a described person was is cut after the clause that follows it is gone, so the place before a clause reads as a
/// place and naming twice changes nothing (seed d_mFpnhXcEy2 of the fixed-point property found the order mattered).
/// </summary>
public sealed class DescriptionPlaceBeforeClauseTests
{
    private static bool KyivIsAPlace(string place) => place == "Kyiv";

    [Fact]
    public void APlaceBeforeARelativeClauseIsCutWithIt()
    {
        Assert.Equal("spokesman", SpeakerNaming.DescriptionForm("a spokesman in Kyiv who asked not to be named", KyivIsAPlace));
    }

    [Fact]
    public void TheReducedFuzzInputIsAFixedPoint()
    {
        var once = SpeakerNaming.DescriptionForm("spokesman in in Kyiv who to quietly returned", KyivIsAPlace);
        Assert.Equal(once, SpeakerNaming.DescriptionForm(once, KyivIsAPlace));
    }

    [Fact]
    public void ABodyInACityKeepsItsCity()
    {
        Assert.Equal("health ministry in Kyiv", SpeakerNaming.DescriptionForm("the health ministry in Kyiv which runs the hospitals", KyivIsAPlace));
    }
}
