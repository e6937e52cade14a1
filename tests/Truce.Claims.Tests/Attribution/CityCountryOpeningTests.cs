namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// An opening phrase that places the speaker in a city often names the country after it between commas ("Speaking in
/// Tirana, Albania, …"): the country ends the opening phrase and speaks for nobody; a country that meets the cue verb itself
/// still speaks. Sentences written for the test.
/// </summary>
public sealed class CityCountryOpeningTests
{
    [Fact]
    public void TheCountryAfterTheCityInAnOpeningPhraseIsNotTheSpeaker()
    {
        var statement = Extract.Only("Speaking to reporters in Chisinau, Moldova, President Maia Sandu said the drones had crossed into Moldovan airspace.");
        Assert.Equal("Maia Sandu", statement.Speaker);
    }

    [Fact]
    public void TheCountryAfterTheCityOfANewsConferenceIsNotTheSpeaker()
    {
        var statement = Extract.Only("At a news conference in Cairo, Egypt, Foreign Minister Badr Abdelatty said the crossing would reopen.");
        Assert.Equal("Badr Abdelatty", statement.Speaker);
    }

    [Fact]
    public void ACountryMeetingTheCueVerbStillSpeaks()
    {
        var statement = Extract.Only("From Cairo, Egypt said it would host the next round of talks.");
        Assert.Equal("Egypt", statement.Speaker);
    }
}
