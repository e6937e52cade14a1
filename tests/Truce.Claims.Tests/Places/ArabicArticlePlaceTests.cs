namespace Truce.Claims.Tests.Places;

/// <summary>
/// An Arabic article written in lower case and joined by a hyphen ("el-Fasher", "al-Fashir", "el-Obeid") before a
/// capitalised name: the whole word is the place the gazetteer spells "El Fasher" or "Al-Fashir". Sentences written for the test.
/// </summary>
public sealed class ArabicArticlePlaceTests
{
    [Theory]
    [InlineData("The paramilitary force took el-Fasher after a long siege.", "El Fasher")]
    [InlineData("Drones struck a market in al-Fashir overnight, medics said.", "El Fasher")]
    [InlineData("Aid convoys waited outside El-Fasher for a week.", "El Fasher")]
    [InlineData("Shelling resumed near el-Obeid on Sunday.", "El Obeid")]
    public void ALowerCaseArticleBeforeACapitalisedNameIsPartOfThePlace(string text, string place)
    {
        Assert.Equal([place], Extract.From(text).Places.Select(p => p.Place.Name));
    }

    [Fact]
    public void ALowerCaseArticleBeforeANameTheGazetteerLacksIsNoPlace()
    {
        Assert.Empty(Extract.From("Fighters loyal to al-Burhan pushed west on Monday.").Places);
    }
}
