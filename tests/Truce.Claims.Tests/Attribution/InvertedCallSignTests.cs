namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// ""…," said a platoon commander who goes by the call sign "Khmara."": a call-sign clause after an inverted "said" is no
/// part of the speaker's description, marks a person, and names the speaker, in paragraphs written for the test.
/// </summary>
public sealed class InvertedCallSignTests
{
    [Theory]
    [InlineData("said a platoon commander of the 18th Assault Brigade who goes by the call sign \"Sych.\"")]
    [InlineData("said a drone operator with the call sign \"Sych.\"")]
    [InlineData("said a mortar gunner known by the call sign \"Sych.\"")]
    [InlineData("said his deputy, a former bus driver from Poltava with the call sign \"Sych.\"")]
    public void TheCallSignAfterAnInvertedSaidNamesTheSpeaker(string attribution)
    {
        var text = "Front-line notes\n\n" +
            "Defence Minister Anton Vidmar said on Monday the line was holding.\n\n" +
            "\"They move only at night, in pairs,\" " + attribution + " \"In daylight the drones see everything.\"";
        var statements = Extract.From(text).Statements.Where(s => s.Kind == "direct").ToList();
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Sych", s.CallSign));
        Assert.All(statements, s => Assert.NotEqual("Anton Vidmar", s.Speaker));
    }

    [Fact]
    public void ACallSignGivenLaterInTheArticleIsNotTheQuotedSpeakers()
    {
        const string text = "Front-line notes\n\n" +
            "\"The bridge is gone,\" said a platoon commander of the 18th Assault Brigade.\n\n" +
            "Another soldier, who goes by the call sign \"Sych,\" was repairing a drone.";
        var quote = Extract.Only(text);
        Assert.Null(quote.CallSign);
    }

    [Fact]
    public void AnInvertedSaidWithoutACallSignKeepsItsDescription()
    {
        const string text = "Front-line notes\n\n" +
            "\"The bridge is gone,\" said a platoon commander of the 18th Assault Brigade.";
        var quote = Extract.Only(text);
        Assert.Null(quote.CallSign);
        Assert.Contains("platoon commander", quote.Speaker, StringComparison.Ordinal);
    }
}
