namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// The present-tense cues of analysis and agency copy ("the ISW assesses that …", "…, the ministry notes") with common speaker
/// forms, before and after the words, with and without "that". Round 17 found 786 of 1,248 such sentences dropped, among them
/// every "X reports that …", and "the agency's source" read as no one. Sentences written for the test.
/// </summary>
public sealed class PresentTenseCueGridTests
{
    private static readonly (string Written, string Speaker)[] Speakers =
    [
        ("the Institute for the Study of War (ISW)", "Institute for the Study of War"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("the Russian Defence Ministry", "Russian Defence Ministry"),
        ("Ukraine's General Staff", "Ukraine's General Staff"),
        ("Doctors Without Borders (MSF)", "Doctors Without Borders"),
        ("the agency's source", "agency's source"),
        ("a senior U.S. official", "senior U.S. official"),
        ("Hamas", "Hamas"),
        ("the think tank", "think tank"),
        ("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky"),
    ];

    private static readonly string[] Cues =
    [
        "says", "reports", "notes", "adds", "stresses", "warns", "claims", "insists", "argues", "confirms", "writes", "assesses",
        "believes", "estimates", "maintains", "acknowledges", "alleges", "explains", "emphasises", "also reports", "further noted",
        "separately reported",
    ];

    private const string Words = "the front line has not moved";

    [Fact]
    public void EveryPresentTenseCueAttributesTheWordsBeforeAndAfterIt()
    {
        var failures = new List<string>();
        foreach (var (written, speaker) in Speakers)
        {
            var opening = Grid.Opening(written);
            foreach (var cue in Cues)
            {
                Grid.CheckAttributed($"{opening} {cue} that {Words}.", speaker, "front line", failures);
                Grid.CheckAttributed($"{opening} {cue} {Words}.", speaker, "front line", failures);
                Grid.CheckAttributed($"The front line has not moved, {written} {cue}.", speaker, "front line", failures);
                Grid.CheckAttributed($"\u201CThe front line has not moved,\u201D {written} {cue}.", speaker, "front line", failures);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} sentences not attributed:\n{string.Join('\n', failures)}");
    }

    [Theory]
    [InlineData("Writing on his Telegram channel, Dmitriev rejected reports that Witkoff's standing had weakened.")]
    [InlineData("This announcement followed Ukrainian military reports that Russian forces in the settlement were encircled.")]
    [InlineData("The decision came amid reports that the talks would move to Geneva.")]
    public void ReportsAfterAVerbIsANounThatReportsNothing(string text)
    {
        Assert.Empty(Extract.From(text).Statements);
    }
}
