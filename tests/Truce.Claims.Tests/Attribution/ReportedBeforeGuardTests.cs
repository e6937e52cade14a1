using System.Text.RegularExpressions;
using CsCheck;
using Truce.Claims.Attribution;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// StatementFinder runs its "X said that …" pattern (ReportedBefore) only where a cheap scan finds a cue word that
/// pattern can start from; this test holds the guarded pattern to the pattern run on every sentence, as it was before
/// the guard (kept here, frozen), on every sentence of the visible corpus, its clauses, and generated sentences.
/// </summary>
public sealed partial class ReportedBeforeGuardTests
{
    private const string FiniteClause =
        @"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|it|he|she|they|we|both|all|some|many|several|most|two|three|four|five|\d[\d,]*|[A-Z][\w'\u2019.-]*)(?:\s+(?!(?:that|which|who|during|with|at|from|into|against|after|before)\b)[\w'\u2019.-]+){0,3}?\s+(?:had|has|have|was|were|is|are|would|will|could|can|must|should|might|may|did|[a-z]{2,}ed|set|put|hit|cut|met|made|gave|took|sent|held|kept|left|lost|won|saw|came|went|began|fell|struck|shot|fought|broke|brought|built|spent|stood|ran|drove|flew|knew|meant|sought|thought|told)\b";

    [GeneratedRegex(@"^(?<sp>[^;]{2,220}?)\s+(?:(?:has|had|also|later|earlier|previously|again|repeatedly)\s+)*(?:(?<cue>said|says|say|added|wrote)(?:\s+(?:later|earlier|separately|afterwards|repeatedly|publicly|privately|again|previously|openly)(?=\s+that\b|\s+(?:on|in|at|during)\s[^,]{0,40}?\s+that\b))?(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?!that\b)))?(?:\s+(?:(?:on|in|at(?!\s+(?:least|most)\b)|late|early|during|after)\b[^,]{0,50}?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)(?=,|\s+that\b))?(?:\s+in\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|video|interview|address|briefing|message|update)(?:\s+on\s+(?:Telegram|X|Facebook|Truth\s+Social))?(?=\s+(?!that\b)[\w']))?(?:,\s+(?:on|in|at|without|citing|speaking|under|with|after|during|according)\b[^,""\u201C\u201D]{2,50},\s+that\s+|,?\s+(?:that\s+)?)|(?<cue>warned|warns|stated|claimed|claims|announced|demands|demanded|made\s+clear|made\s+it\s+clear|insisted|insists|argues|stressed|noted|confirmed|reported|acknowledged|argued|alleged|declared|cautioned|estimated|assessed|admitted|conceded|predicted|believes|believe|added|maintained|reiterated|tweeted|posted|replied|explained|complained|denied|told(?:\s+(?:[""\u201C][^""\u201C\u201D]{1,60}[""\u201D]|(?>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)|[\w.'\u2019]+)){1,4}?)(?<!\b(?:the|a|an))(?:\s+(?=" + FiniteClause + @")|(?:\s+(?<obj>[^,]{0,50}?))??(?:,\s+(?:on|in|at|without|citing|speaking|under|with|after|during|according)\b[^,""\u201C\u201D]{2,50},)?,?\s+that\s+|,\s+(?=(?:would|will|could|can|must|should|might|was|were|is|are|had|has|have)\s)|(?<=,\s+(?:he|she|they|it)\s+told\s[^,]{0,60})[^,]{0,50}?,\s+(?=[a-z]{3,}\s))|(?<cue>denied|denies|deny)\s+(?=(?!being\b|having\b|nothing\b)[a-z]{3,}ing\s)|(?<cue>claimed|claims|announced|reported|confirmed)\s+(?=(?:the\s+)?(?:capture|seizure|liberation|fall|destruction|downing)\s+of\s))(?<clause>(?![""\u201C])(?!(?:little|nothing|much|so)\b)(?!(?:in|on|at|via|through|during)\s+[^,;]{0,60}$)[^.].{10,})$")]
    private static partial Regex UnguardedReportedBefore();

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
        Assert.Equal(Describe(UnguardedReportedBefore().Match(sentence)), Describe(StatementFinder.ReportedBeforeMatch(sentence)));
    }

    [Fact]
    public void EveryCorpusSentenceAndEachClauseAfterACommaGetsTheUnguardedMatch()
    {
        Assert.True(Sentences.Length > 1000);
        var clauses = Sentences.SelectMany(s => Enumerable.Range(0, s.Length).Where(i => s[i] == ',').Select(i => s[(i + 1)..]));
        Assert.All(Sentences.Concat(clauses), s => Assert.Equal(Describe(UnguardedReportedBefore().Match(s)), Describe(StatementFinder.ReportedBeforeMatch(s))));
    }

    [Fact]
    public void GeneratedNewsSentencesGetTheUnguardedMatch() =>
        NewsGrammar.Sentence.Sample(
            s => Assert.Equal(Describe(UnguardedReportedBefore().Match(s)), Describe(StatementFinder.ReportedBeforeMatch(s))),
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
                s => Assert.Equal(Describe(UnguardedReportedBefore().Match(s)), Describe(StatementFinder.ReportedBeforeMatch(s))),
                iter: 20000);

    private static (bool, int, int, string, string, string, string) Describe(Match match) =>
        (match.Success, match.Index, match.Length, Span(match.Groups["sp"]), Span(match.Groups["cue"]), Span(match.Groups["obj"]), Span(match.Groups["clause"]));

    private static string Span(Group group) => group.Success ? $"{group.Index}+{group.Length}" : "-";
}
