namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A quoted phrase inside what one side reports, with the other side's answer later in the sentence ("Russia said its troops
/// had captured "about half" of the city, but Kyiv denied any such advance"), and a quoted phrase a subject condemns or
/// denounces something as or calls it "in what …". Round 17 found the phrase given to whoever answered. Sentences written for the test.
/// </summary>
public sealed class EmbeddedQuoteTests
{
    private static readonly (string Written, string Speaker)[] Claimants =
    [
        ("Russia's defence ministry", "Russia's defence ministry"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("Hamas", "Hamas"),
        ("the Israeli military", "Israeli military"),
        ("Thailand's army", "Thailand's army"),
    ];

    private static readonly string[] Answerers = ["Ukraine's military", "Kyiv", "the Cambodian side", "Israel", "Zelensky"];

    private static readonly string[] Conjunctions = ["but", "and", "while", "although", "though", "yet", "even as"];

    private static readonly string[] Answers = ["denied any such advance", "said it was not true", "insisted the front was stable"];

    [Fact]
    public void AQuotedPhraseInsideAReportIsTheReportersWhoeverAnswersAfterIt()
    {
        var failures = new List<string>();
        foreach (var (written, speaker) in Claimants)
        {
            foreach (var answerer in Answerers)
            {
                foreach (var conjunction in Conjunctions)
                {
                    foreach (var answer in Answers)
                    {
                        var text = $"{Grid.Opening(written)} said on Wednesday that its troops had captured "
                            + $"\u201Cabout half\u201D of the city of Kupiansk, {conjunction} {answerer} {answer}.";
                        var quoted = Extract.From(text).Statements.Where(s => s.Text == "about half").Select(s => s.Speaker).ToList();
                        if (quoted is not [var found] || found != speaker)
                        {
                            failures.Add($"{text} → {string.Join(", ", quoted)}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} quoted phrases given to the wrong side:\n{string.Join('\n', failures)}");
    }

    [Theory]
    [InlineData("Egypt's foreign ministry condemned the strikes as \"a flagrant violation\" of the ceasefire, and U.N. Secretary-General Antonio Guterres called for restraint.", "Egypt's foreign ministry")]
    [InlineData("Lebanese President Joseph Aoun denounced the raid as \"a flagrant violation\" of the truce.", "Joseph Aoun")]
    [InlineData("Hamas slammed the decision as \"a flagrant violation\" of the agreement.", "Hamas")]
    [InlineData("Kyiv struck the depot on Monday, in what Russia's defence ministry called \"a flagrant violation\".", "Russia's defence ministry")]
    [InlineData("Drones hit the port, in what the Israeli military called \"a flagrant violation\" of the truce.", "Israeli military")]
    public void APhraseASubjectCondemnsSomethingAsIsTheirs(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Statements, s => s.Text == "a flagrant violation").Speaker);
    }
}
