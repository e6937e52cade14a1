namespace Truce.Claims.Tests.Events;

/// <summary>
/// A place named in an earlier sentence, even one an apposition seems to reach back to, neither frames nor locates an
/// action that names its own location. Found by the grammar fuzz property: the extractor sliced the text backwards
/// (<c>ArgumentOutOfRangeException</c>). Sentences written for the test.
/// </summary>
public sealed class EarlierSentencePlaceTests
{
    [Theory]
    [InlineData("Officials visited Kyiv, the capital. A building in the old district, was hit near the village of Zelenopillia.", "strike")]
    [InlineData("The convoy left Odesa, a port city. A depot on the coast, was shelled outside the town of Ochakiv.", "shell")]
    [InlineData("Crews reached Sumy, the regional centre. The bridge over the river, had been attacked near Velyka Pysarivka.", "attack")]
    public void AnActionWithItsOwnLocationIsNotPlacedInTheCityOfTheSentenceBefore(string text, string action)
    {
        var claim = Assert.Single(Extract.From(text).Events);

        Assert.Equal(action, claim.Action);
        Assert.NotEqual(text.Split(',')[0].Split(' ')[^1], claim.Place);
        Assert.True(claim.Start >= text.IndexOf(". ", StringComparison.Ordinal), "the event is the second sentence's");
    }

    [Fact]
    public void ACityThatFramesTheClauseInTheSameSentenceStillHoldsAnUnknownPlace()
    {
        var claim = Assert.Single(Extract.From("In Kharkiv, a drone struck a market in the Saltivskyi district.").Events);

        Assert.Equal(("strike", "Kharkiv"), (claim.Action, claim.Place));
    }
}
