namespace Truce.Claims.Tests.Places;

/// <summary>
/// Two Ukrainian oblast centres were renamed in 2016 (Dnipropetrovsk became Dnipro, Kirovohrad Kropyvnytskyi) while
/// their oblasts kept the old names, so in current copy the old name alone is the oblast. Sentences written for the test.
/// </summary>
public sealed class RenamedCentreRegionTests
{
    private static List<string> Places(string text) => [.. Extract.From(text).Places.Select(p => p.Place.Name)];

    [Theory]
    [InlineData("Russian drones killed a man in Dnipropetrovsk overnight, the governor said.", "Dnipropetrovsk Oblast")]
    [InlineData("Power was restored across Kirovohrad by the evening.", "Kirovohrad Oblast")]
    public void TheOldNameOfARenamedCentreAloneIsItsOblast(string text, string oblast)
    {
        Assert.Equal([oblast], Places(text));
    }

    [Fact]
    public void TheNewNameIsStillTheCity()
    {
        Assert.Equal(["Dnipro"], Places("A missile hit a warehouse in Dnipro overnight."));
    }
}
