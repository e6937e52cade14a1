namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Agency copy opens with the filing city in capitals and a colon ("KHARTOUM: …"): the dateline says where the copy was filed,
/// and the speaker is the subject after it. Sentences written for the test.
/// </summary>
public sealed class ColonDatelineTests
{
    [Theory]
    [InlineData("KHARTOUM: Sudan's foreign ministry said the convoy had been shelled near the city.", "Sudan's foreign ministry")]
    [InlineData("GAZA CITY: The civil defence agency said rescuers had pulled six people from the rubble.", "civil defence agency")]
    public void TheCityInCapitalsBeforeAColonIsNotPartOfTheSpeaker(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }

    [Fact]
    public void ANameInCapitalsInsideTheSentenceIsKept()
    {
        Assert.Equal("NATO", Extract.Only("After the talks, NATO said its jets had escorted the aircraft.").Speaker);
    }
}
