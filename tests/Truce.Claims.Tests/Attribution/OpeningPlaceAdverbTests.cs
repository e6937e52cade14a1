namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// An opening adverb of place ("Back in Paris,", "Back home,", "Here,") sets the scene and speaks for nobody: the speaker
/// follows it. Sentences written for the test.
/// </summary>
public sealed class OpeningPlaceAdverbTests
{
    [Fact]
    public void BackInACityOpensTheSentence()
    {
        var statement = Extract.Only("Back in Kyiv, President Volodymyr Zelensky said the army needed \"more air defence, now\".");
        Assert.Equal("Volodymyr Zelensky", statement.Speaker);
    }

    [Fact]
    public void BackHomeOpensTheSentence()
    {
        var statement = Extract.Only("Back home, Prime Minister Keir Starmer said Britain would send more instructors.");
        Assert.Equal("Keir Starmer", statement.Speaker);
    }
}
