namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A quote over several paragraphs whose later paragraphs carry no opening mark, as some outlets print it: the paragraph
/// after one that opens a quote without closing it is the same speaker's words up to its first closing mark. Sentences
/// written for the test.
/// </summary>
public sealed class UnmarkedQuoteContinuationTests
{
    private const string Opening = "Foreign Minister Ilona Marsh said on Tuesday that the other side had not answered.\n\n"
        + "Marsh wrote: \"The other side has not answered our proposal. We sent it before the meeting.\n\n";

    [Theory]
    [InlineData("We demand an answer. Each day of silence shows they want the war to go on.\"")]
    [InlineData("We demand an answer. Each day of silence shows they want the war to go on.\u201D")]
    public void TheParagraphCarryingTheQuoteOnIsTheSameSpeakers(string continuation)
    {
        var statements = Extract.From(Opening + continuation + "\n\nThe talks resume on Monday.").Statements;
        var carried = Assert.Single(statements, s => s.Text.StartsWith("We demand an answer", StringComparison.Ordinal));
        Assert.Equal("Ilona Marsh", carried.Speaker);
        Assert.Equal("direct", carried.Kind);
    }

    [Fact]
    public void AParagraphOpeningAQuoteOfItsOwnIsNoCarryOver()
    {
        var statements = Extract.From(Opening + "The mayor of the port city said: \"We are ready to help the talks.\"").Statements;
        Assert.DoesNotContain(statements, s => s.Text.StartsWith("The mayor", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.StartsWith("We are ready", StringComparison.Ordinal) && s.Speaker.Contains("mayor", StringComparison.Ordinal));
    }
}
