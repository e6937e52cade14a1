namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "X has long maintained that …", "X has openly acknowledged …, saying such strikes …": an adverb between the auxiliary and
/// the cue is no part of the speaker, in sentences written for the test.
/// </summary>
public sealed class AdverbBeforeCueTests
{
    [Theory]
    [InlineData("Iran has long maintained that its nuclear programme is peaceful.", "Iran", "its nuclear programme is peaceful")]
    [InlineData("The farms face no direct sanctions, but Moscow has long complained that limits on shipping insurance have hampered its exports.", "Moscow", "limits on shipping insurance have hampered its exports")]
    [InlineData("Ukraine has openly acknowledged targeting the refineries, saying such strikes are meant to cut fuel supplies.", "Ukraine", "such strikes are meant to cut fuel supplies")]
    public void TheAdverbIsNoPartOfTheSpeaker(string sentence, string speaker, string content)
    {
        var statement = Extract.Only("Front notes\n\n" + sentence);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(content, statement.Text);
    }
}
