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

    [Theory]
    [InlineData("At nightfall, as the shelling picked up to the east, Petro began locking the shutters.")]
    [InlineData("After the siren, Petro kept counting the explosions.")]
    public void AKnownPersonAfterAnOpeningPhraseOfTimeIsWhomHeMeans(string narration)
    {
        var text = "Front-line notes\n\n" +
            "\"Nobody buys bread now,\" said Petro, 58, who runs the last kiosk in the village.\n\n" +
            "Police officer Roman Dzyuba said his unit had evacuated 12 people in October.\n\n" +
            narration + " \"Tomorrow we open again,\" he said.";
        var quote = Extract.From(text).Statements.Where(s => s.Kind == "direct").Last();
        Assert.Equal("Petro", quote.Speaker);
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
