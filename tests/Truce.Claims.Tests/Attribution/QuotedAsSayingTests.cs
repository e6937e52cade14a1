namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "X quoted Y as saying" and "Y was quoted by X as saying": the person quoted speaks, not the agency or office that quotes,
/// with the quote before or after and the words direct or reported. Sentences written for the test.
/// </summary>
public sealed class QuotedAsSayingTests
{
    [Theory]
    [InlineData("\"We are ready to talk,\" the ministry quoted Lavrov as saying.", "Lavrov", "direct")]
    [InlineData("\"We are ready to talk,\" Lavrov was quoted as saying by TASS.", "Lavrov", "direct")]
    [InlineData("Lavrov was quoted by TASS as saying that Moscow was ready to talk.", "Lavrov", "reported")]
    [InlineData("Lavrov was quoted by TASS as saying: \"We are ready to talk.\"", "Lavrov", "direct")]
    public void ThePersonQuotedSpeaks(string text, string speaker, string kind)
    {
        var statement = Extract.Only(text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(kind, statement.Kind);
    }

    [Fact]
    public void HimAfterTheQuoteIsThePersonJustNamed()
    {
        var statement = Extract.Only("Netanyahu met the hostages' families on Monday.\n\n\"This is a historic day,\" his office quoted him as saying.");
        Assert.Equal("Netanyahu", statement.Speaker);
    }
}
