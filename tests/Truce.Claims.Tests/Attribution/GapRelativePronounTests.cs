namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "Peskov accused Kyiv of continuing its strikes, something he said indicated that the army was out of control": the pronoun
/// of a relative clause without "that" is the subject of the sentence, and what the thing indicated is the words reported.
/// Round 18 found the whole opening clause given as the speaker. Sentences written for the test.
/// </summary>
public sealed class GapRelativePronounTests
{
    [Theory]
    [InlineData("something he said indicated that")]
    [InlineData("something he said showed that")]
    public void TheSubjectReportsWhatTheThingShowed(string relative)
    {
        var statement = Extract.Only($"Kremlin spokesman Dmitry Peskov accused Kyiv of continuing its strikes, {relative} the Ukrainian army was out of control.");
        Assert.Equal(("Dmitry Peskov", "the Ukrainian army was out of control"), (statement.Speaker, statement.Text));
    }
}
