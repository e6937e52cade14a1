namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "Trump himself was more cautious. … he said": a known person as the subject of a narrating sentence, with "himself",
/// "was" or "had", is whom the next "he" means, rather than the last person quoted, in paragraphs written for the test.
/// </summary>
public sealed class NarratedSubjectTests
{
    [Theory]
    [InlineData("Vidmar himself was more guarded.")]
    [InlineData("Vidmar was more guarded.")]
    [InlineData("Vidmar had flown back to the capital overnight.")]
    public void AKnownPersonNarratedAsSubjectIsWhomHeMeans(string narration)
    {
        var text = "Defence Minister Anton Vidmar said on Monday the line was holding.\n\n" +
            "Mayor Oleh Sirko said on Telegram that crews were clearing debris in two districts.\n\n" +
            narration + " Speaking to reporters, he said the talks had \"a long way to go.\"";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Anton Vidmar", quote.Speaker);
    }

    [Fact]
    public void AnUnknownSubjectLeavesHeWithTheLastPersonQuoted()
    {
        const string text = "Defence Minister Anton Vidmar said on Monday the line was holding.\n\n" +
            "Mayor Oleh Sirko said on Telegram that crews were clearing debris in two districts.\n\n" +
            "Kovalenko himself was more guarded. Speaking to reporters, he said the clean-up had \"a long way to go.\"";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Oleh Sirko", quote.Speaker);
    }
}
