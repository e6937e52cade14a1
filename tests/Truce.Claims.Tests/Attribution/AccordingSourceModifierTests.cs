namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "according to officials quoted by a newspaper", "according to a joint statement issued on Monday", "according to the
/// ministry—run by the militants—…": the words that say how a source's words came out are no part of the source, in
/// sentences written for the test.
/// </summary>
public sealed class AccordingSourceModifierTests
{
    [Theory]
    [InlineData("According to Ukrainian officials quoted by a newspaper, the talks focused on a possible border deal.", "Ukrainian officials", "the talks focused on a possible border deal")]
    [InlineData("Both sides backed a 30-day truce on the front, according to a joint statement issued on Monday.", "joint statement", "Both sides backed a 30-day truce on the front")]
    [InlineData("Three people were hurt in the blast at the depot, according to the regional headquarters in a statement posted on Telegram.", "regional headquarters", "Three people were hurt in the blast at the depot")]
    [InlineData("According to the local health ministry\u2014run by the militants\u2014at least 14 people were killed in the raids.", "health ministry", "at least 14 people were killed in the raids")]
    public void TheSourceEndsWhereHowItSpokeBegins(string sentence, string speaker, string content)
    {
        var statement = Extract.Only("Front notes\n\n" + sentence);
        Assert.Contains(speaker, statement.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(content, statement.Text);
    }
}
