using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class SingleLineBreakTests
{
    [Fact]
    public void AHeadlineLineDirectlyAboveTheFirstParagraphIsAParagraphOfItsOwn()
    {
        const string text = "Shelling resumes near the border, says regional health office\n"
            + "The regional health office said on Monday that shelling had killed four people in two villages.\n\n"
            + "Repair crews reached one of the villages by nightfall.";

        var layout = new ArticleLayout(text);

        Assert.Equal(3, layout.Paragraphs.Count);
        Assert.True(layout.IsHeadline(0));
        Assert.Equal("regional health office", Extract.Only(text).Speaker);
    }

    [Fact]
    public void ABylineGluedToItsDateDoesNotBecomeTheSpeakerOfTheNextLine()
    {
        const string text = "Moscow warns it may drop the pause\n\n"
            + "MARTA KOVALCHUKFriday, 14 March 2025, 10:02\n"
            + "Moscow warns it may drop the pause\n"
            + "Yuri Danilov, a spokesman for the Russian foreign ministry, has stated that the pause could end, claiming that Kyiv is making \"constant raids\".";

        var statement = Extract.Only(text);

        Assert.Equal("Yuri Danilov", statement.Speaker);
    }

    [Fact]
    public void ALineThatGoesOnInLowerCaseIsTheSameParagraph()
    {
        const string text = "The ministry said the convoy had reached\nthe town after a two-day delay.\n\nA second paragraph.";

        Assert.Equal(2, new ArticleLayout(text).Paragraphs.Count);
    }
}
