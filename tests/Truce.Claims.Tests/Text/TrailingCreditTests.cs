using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

/// <summary>
/// A flattened page leaves furniture after a paragraph's last full stop: an agency or photo credit ("/ AA", "REUTERS",
/// "(AFP)") or a sharing button ("Share"). The paragraph is still prose, so its statements count; a short line without closing
/// punctuation is still a title. Sentences written for the test.
/// </summary>
public sealed class TrailingCreditTests
{
    private const string Title = "Truce holds along the river as envoys meet\n\n";

    [Theory]
    [InlineData("The army said the line along the river was quiet overnight. / AA", "army")]
    [InlineData("Regional officials said the fire at the depot was put out within an hour. REUTERS", "Regional officials")]
    [InlineData("The governor said two houses were damaged in the village overnight. (AFP)", "governor")]
    [InlineData("Deputy minister Ilona Marsh said the convoy would leave \"as soon as possible.\" Share", "Ilona Marsh")]
    public void ProseClosedByACreditStillStates(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(Title + paragraph).Speaker);
    }

    [Theory]
    [InlineData("Army says the line along the river was quiet overnight")]
    [InlineData("Officials say the fire at the depot was put out, governor says")]
    [InlineData("Fire out. Governor says")]
    public void ATitleWithoutClosingPunctuationStatesNothing(string title)
    {
        Assert.Empty(Extract.From(title + "\n\nThe talks resume on Monday in the capital.").Statements);
    }

    [Theory]
    [InlineData("The army said the line was quiet overnight. / AA", true)]
    [InlineData("Regional officials said the fire was put out. REUTERS", true)]
    [InlineData("The army said the line was quiet overnight", false)]
    [InlineData("Quiet night. Army says", false)]
    [InlineData("The army said the line was quiet overnight. Officials in the capital agreed", false)]
    public void ACreditIsOneOrTwoCapitalisedWordsAfterTheLastFullStop(string paragraph, bool follows)
    {
        Assert.Equal(follows, TrailingCredit.Follows(paragraph, 0, paragraph.Length));
    }
}
