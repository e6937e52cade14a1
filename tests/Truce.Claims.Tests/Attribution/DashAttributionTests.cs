namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Agency copy that strips quote marks ends a block of words with a dash and its speaker ("… next steps - Ferris said.",
/// "… for three years. - reports the Coordination Office."): the whole paragraph is what the speaker said. Sentences
/// written for the test.
/// </summary>
public sealed class DashAttributionTests
{
    [Theory]
    [InlineData("We discussed the exchange of prisoners. We will inform you of the next steps soon - Ferris said.")]
    [InlineData("We discussed the exchange of prisoners. We will inform you of the next steps soon - said Ferris.")]
    [InlineData("We discussed the exchange of prisoners. We will inform you of the next steps soon. \u2013 Ferris said.")]
    public void ADashBeforeTheSpeakerEndsABlockOfTheirWords(string block)
    {
        var text = "Foreign Minister Olga Ferris spoke in Vienna on Friday.\n\n" + block;
        var statement = Extract.Only(text);
        Assert.Equal("Olga Ferris", statement.Speaker);
        Assert.StartsWith("We discussed the exchange of prisoners. We will inform you", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("informs")]
    [InlineData("reports")]
    public void APresentCueAfterTheDashNamesABody(string cue)
    {
        var text = $"The vast majority of those released today had been held for three years. - {cue} the Coordination Office.";
        var statement = Extract.Only(text);
        Assert.Equal(("Coordination Office", "The vast majority of those released today had been held for three years"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ADashInsideASentenceIsNoAttribution()
    {
        Assert.Empty(Extract.From("The convoy reached Vienna - the first to arrive since March - and unloaded on Friday.").Statements);
    }
}
