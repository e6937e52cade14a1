using CsCheck;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class LeadingStampTests
{
    private const string Opening = "Officials in Zaporizhzhia said on Friday that shelling had stopped along most of the southern front overnight.";

    private static string Page(string entry) =>
        $"<!DOCTYPE html><html><body><article><h1>Front quiet</h1><div class=\"live-blog\"><p>{Opening}</p>{entry}</div></article></body></html>";

    [Theory]
    [InlineData("09:15 GMT ", "Moldova's foreign ministry said two drones had crossed into its airspace near Ocnita.")]
    [InlineData("16.05 BST ", "The Kremlin said a call between the two leaders had not yet been scheduled.")]
    [InlineData("7:30 p.m. EST – ", "Washington's envoy said he expected a reply from Moscow within days.")]
    [InlineData("Updated 3 hours ago. ", "Kyiv said the strike had cut power to 4,000 homes in Kherson.")]
    [InlineData("Posted 25 minutes ago ", "“We heard three explosions,” a resident of Sumy told local television.")]
    [InlineData("Updated: April 2, 2025, 11:40 GMT ", "Turkey offered again to host the next round of talks in Istanbul.")]
    [InlineData("Fri 14 Mar 2025 08.20 GMT ", "Poland scrambled jets as Russian missiles struck western Ukraine.")]
    [InlineData("2h ago ", "The Red Cross said a convoy had reached the town after a two-day delay.")]
    public void ATimeStampOpeningALiveEntryIsDroppedAndTheSentenceKept(string stamp, string sentence)
    {
        var text = HtmlArticle.ExtractText(Page($"<div class=\"post\">{stamp}{sentence}</div>"));
        Assert.Equal($"Front quiet\n\n{Opening}\n\n{sentence}", text);
    }

    [Theory]
    [InlineData("09:15 GMT")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("Updated: April 2, 2025, 11:40 GMT")]
    public void AStampStandingAloneIsStillDroppedWhole(string stamp)
    {
        Assert.Equal($"Front quiet\n\n{Opening}", HtmlArticle.ExtractText(Page($"<div class=\"post\">{stamp}</div>")));
    }

    [Theory]
    [InlineData("10:42 NATO said its jets had escorted a Russian aircraft over the Baltic.", "NATO said its jets had escorted a Russian aircraft over the Baltic.")]
    [InlineData("10.5 million people need aid, the United Nations said.", "10.5 million people need aid, the United Nations said.")]
    [InlineData("Updated casualty figures were released on Monday.", "Updated casualty figures were released on Monday.")]
    [InlineData("Posted 2 hours ago, the video shows a column of tanks.", "Posted 2 hours ago, the video shows a column of tanks.")]
    [InlineData("March 16, 2025 was the quietest day of the month, monitors said.", "March 16, 2025 was the quietest day of the month, monitors said.")]
    [InlineData("24 hours ago the truce still held, a commander said.", "24 hours ago the truce still held, a commander said.")]
    [InlineData("40 drones were shot down over Kursk, Moscow said.", "40 drones were shot down over Kursk, Moscow said.")]
    public void OnlyAStampFollowedByTheStartOfASentenceIsRemoved(string text, string expected)
    {
        Assert.Equal(expected, BoilerplateText.WithoutLeadingStamp(text));
    }

    [Fact]
    public void RemovingAStampLeavesASuffixOfTheTextAndIsAFixedPoint()
    {
        string[] stamps = ["", "09:15 ", "09:15 GMT ", "Updated 2 hours ago. ", "3m ago ", "Posted on Mar 3, 2025 "];
        string[] sentences = ["Kyiv said it had shot down 12 drones.", "“Enough,” the mayor said.", "the talks resumed.", "NATO met.", "2 people died."];
        Gen.Select(Gen.Int[0, stamps.Length - 1], Gen.Int[0, sentences.Length - 1]).Sample((s, t) =>
        {
            var text = stamps[s] + sentences[t];
            var once = BoilerplateText.WithoutLeadingStamp(text);
            Assert.EndsWith(once, text, StringComparison.Ordinal);
            Assert.Equal(once, BoilerplateText.WithoutLeadingStamp(once));
            // The sentence itself is never cut into.
            Assert.EndsWith(sentences[t], once, StringComparison.Ordinal);
        });
    }
}
