using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

/// <summary>
/// Copy saved from a page or an index often opens with the date it carries ("date 2025-03-14 KHARTOUM: …"): the stamp is page
/// furniture on the first line, not the first words of the lead, and must not hide the lead's dateline or its speaker.
/// Sentences written for the test.
/// </summary>
public sealed class OpeningDateStampTests
{
    [Theory]
    [InlineData(" date 2025-03-14 KHARTOUM: Sudan's foreign ministry said the convoy had been shelled near the city.", "Sudan's foreign ministry")]
    [InlineData("2025-03-14 The Lasvan interior ministry said two border posts had been hit overnight.", "Lasvan interior ministry")]
    [InlineData("Published 2025-03-14 The Lasvan interior ministry said two border posts had been hit overnight.", "Lasvan interior ministry")]
    public void TheStampIsNotPartOfTheLeadsSpeaker(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }

    [Fact]
    public void TheStampStandsApartFromTheLead()
    {
        const string text = " date 2025-03-14 KHARTOUM: Sudan's foreign ministry said the convoy had been shelled.";
        var layout = new ArticleLayout(text);
        Assert.Equal(["date 2025-03-14", "KHARTOUM: Sudan's foreign ministry said the convoy had been shelled."], layout.Paragraphs.Select(layout.Slice));
    }

    [Fact]
    public void ADateInsideASentenceIsKept()
    {
        const string text = "The ministry said on 2025-03-14 that the convoy had been shelled.";
        var layout = new ArticleLayout(text);
        Assert.Single(layout.Paragraphs);
    }
}
