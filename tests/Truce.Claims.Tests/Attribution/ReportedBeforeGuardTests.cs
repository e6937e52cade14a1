using System.Text.RegularExpressions;
using CsCheck;
using Truce.Claims.Attribution;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// StatementFinder runs its "X said that …" pattern (ReportedBefore) only where a cheap scan finds a cue word that
/// pattern can start from; this test holds the guarded match to the same pattern run on every sentence, on every
/// sentence of the corpus, its clauses, and generated sentences, so the pattern can change without the guard losing a match.
/// </summary>
public sealed class ReportedBeforeGuardTests
{
    private static readonly string[] Sentences = Extract.CorpusSentences();

    [Fact]
    public void AQuoteClosedBeforeItsSaidIsRuledOutWithoutThePattern() =>
        Assert.False(StatementFinder.MayReportBefore("\"We will hold the bridge whatever it costs us,\" the commander said."));

    [Theory]
    [InlineData("The commander said the bridge would hold until the spring.")]
    [InlineData("The envoy, he told us noted: hardly, the talks were going nowhere at all.")]
    [InlineData("The mayor warned\u00A0residents would be moved out by the end of the week.")]
    public void ACueTheReportCanStartFromIsNotRuledOut(string sentence)
    {
        Assert.True(StatementFinder.MayReportBefore(sentence));
        Assert.Equal(Describe(StatementFinder.ReportedBefore().Match(sentence)), Describe(StatementFinder.ReportedBeforeMatch(sentence)));
    }

    [Fact]
    public void EveryCorpusSentenceAndEachClauseAfterACommaGetsTheUnguardedMatch()
    {
        Assert.True(Sentences.Length > 1000);
        var clauses = Sentences.SelectMany(s => Enumerable.Range(0, s.Length).Where(i => s[i] == ',').Select(i => s[(i + 1)..]));
        Assert.All(Sentences.Concat(clauses), s => Assert.Equal(Describe(StatementFinder.ReportedBefore().Match(s)), Describe(StatementFinder.ReportedBeforeMatch(s))));
    }

    [Fact]
    public void GeneratedNewsSentencesGetTheUnguardedMatch() =>
        NewsGrammar.Sentence.Sample(
            s => Assert.Equal(Describe(StatementFinder.ReportedBefore().Match(s)), Describe(StatementFinder.ReportedBeforeMatch(s))),
            iter: 5000);

    // Cue words next to the characters the guard looks at: semicolons, commas, other spaces, "told", words that start with a cue.
    private static readonly string[] Words =
    [
        "said", "says", "say", "sayings", "told", "warned", "warnedly", "made", "clear", "it", "denied", "deny", "believe", "believes",
        "that", "he", "they", "the", "a", "Kyiv", "Moscow", "forces", "had", "would", "advanced", "on", "Monday", "in", "statement",
        "reporters", ";", ",", ".", "\"", "\u201C", "talks", "were", "held", "near", "Sumy", "nothing", "capture", "of", "village",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", "  ", "\t", "\u00A0", "\n", ", ", "; ", ""];

    [Fact]
    public void GeneratedWordSoupGetsTheUnguardedMatch() =>
        Gen.Select(Gen.Int[0, Words.Length - 1].Array[0, 30], Gen.Int[0, Spaces.Length - 1].Array[30])
            .Select((w, g) => string.Concat(w.Select((word, i) => word + Spaces[g[i]])))
            .Sample(
                s => Assert.Equal(Describe(StatementFinder.ReportedBefore().Match(s)), Describe(StatementFinder.ReportedBeforeMatch(s))),
                iter: 20000);

    private static (bool, int, int, string, string, string, string) Describe(Match match) =>
        (match.Success, match.Index, match.Length, Span(match.Groups["sp"]), Span(match.Groups["cue"]), Span(match.Groups["obj"]), Span(match.Groups["clause"]));

    private static string Span(Group group) => group.Success ? $"{group.Index}+{group.Length}" : "-";
}
