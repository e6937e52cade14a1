using System.Text.RegularExpressions;
using CsCheck;
using Truce.Claims.Events;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// EventFinder runs an action regex on a sentence only when the sentence holds one of the regex's openings, read from
/// its pattern (LeadingLiterals, LiteralScreen). These tests run every action regex on every sentence unscreened and
/// screened and want the same matches, over the corpus, the real-copy panels when present, and generated sentences; and
/// hold the reading of openings to the regex engine on generated patterns, so a new or changed action pattern cannot
/// slip past the screen.
/// </summary>
public sealed class ActionScreenTests
{
    private static readonly string[] CorpusSentences = Extract.CorpusSentences();

    // Real news excerpts kept outside the repository, in the folders TRUCE_REAL_PANELS lists (separated by the path
    // separator); read when a machine has them, never copied in.
    private static readonly string[] PanelSentences =
    [
        .. (Environment.GetEnvironmentVariable("TRUCE_REAL_PANELS") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.txt"))
            .Select(f => Truce.Claims.Text.ArticleReader.Read(File.ReadAllBytes(f), f).Article)
            .OfType<Truce.Claims.Text.ArticleText>()
            .SelectMany(a => { var layout = new Truce.Claims.Text.ArticleLayout(a.Text); return layout.Sentences.Select(layout.Slice); }),
    ];

    [Fact]
    public void ASentenceWithoutAnActionWordRunsNoScreenedRegex()
    {
        var candidates = EventFinder.ActionScreen.Candidates("The talks in Geneva ended late on Tuesday without a joint statement.");
        var screened = EventFinder.Actions.Where((r, i) => LeadingLiterals.Of(r.ToString(), r.Options) is not null).Count();
        Assert.True(screened > EventFinder.Actions.Length / 2, $"only {screened} of {EventFinder.Actions.Length} action regexes have openings");
        Assert.True(EventFinder.Actions.Length - screened == candidates.Count(c => c), string.Join("\n", EventFinder.Actions.Select((r, i) => $"{candidates[i]} {string.Join('/', LeadingLiterals.Of(r.ToString(), r.Options) ?? [])}")));
    }

    [Fact]
    public void EveryActionRegexMatchesAlikeScreenedOnEveryCorpusAndPanelSentence()
    {
        Assert.True(CorpusSentences.Length > 1000);
        Assert.All(CorpusSentences.Concat(PanelSentences), AssertScreenedAlike);
    }

    [Fact]
    public void EveryActionRegexMatchesAlikeScreenedOnGeneratedNewsSentences() =>
        NewsGrammar.Sentence.Sample(AssertScreenedAlike, iter: 3000);

    [Fact]
    public void ActionMatchesAreTheUnscreenedMergeOnEveryCorpusSentence() =>
        Assert.All(CorpusSentences.Concat(PanelSentences), s => Assert.Equal(Describe(UnscreenedActionMatches(s)), Describe(EventFinder.ActionMatches(s))));

    [Theory]
    [InlineData(@"(?<![\w-])(?:(?<a0>shelled|(?:fired|opened fire) (?:on|at)))\b", new[] { "fired ", "opened", "shelle" })]
    [InlineData(@"(?:[Aa]ir)?[Ss]trikes on", new[] { "AirStr", "Airstr", "Strike", "airStr", "airstr", "strike" })]
    [InlineData(@"(?<=\b(?:of|by) )striking", new[] { "striki" })]
    [InlineData(@"c[ao]m(?:e|es) under", new[] { "came u", "cames ", "come u", "comes " })]
    [InlineData(@"hit\b|pull-?back", new[] { "hit", "pull-b", "pullba" })]
    [InlineData(@"(?:[\w-]+ ){0,3}attacks", null)]
    [InlineData(@"\w+ed", null)]
    [InlineData(@"(?i)attacked", null)]
    [InlineData(@"a{0,2}", null)]
    public void OpeningsAreReadFromThePattern(string pattern, string[]? openings) =>
        Assert.Equal(openings, LeadingLiterals.Of(pattern, RegexOptions.None));

    // Pieces of the kinds the action patterns are made of, nested at random; texts over a small alphabet so they match often.
    private static readonly Gen<string> Piece = OneOf("a", "b", "c", "ab", "ba", " ", "-", "[ab]", "[Aa]", @"\w", @"\s", "[^a]", ".", @"\b", @"\u0061", "[a-c]", @"\-");

    private static Gen<string> OneOf(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static Gen<string> Pattern(int depth) =>
        depth == 0
            ? Piece
            : Gen.Frequency(
                (4, Piece),
                (3, Gen.Select(Pattern(depth - 1), Pattern(depth - 1), (x, y) => x + y)),
                (2, Gen.Select(Pattern(depth - 1), Pattern(depth - 1), (x, y) => $"(?:{x}|{y})")),
                (2, Gen.Select(Pattern(depth - 1), OneOf("?", "*", "+", "{0,2}", "{1,3}?", "{2}", "??", "{0,7}"), (x, q) => $"(?:{x}){q}")),
                (1, Gen.Select(Pattern(depth - 1), OneOf("(?=", "(?!", "(?<=", "(?<!"), (x, look) => $"{look}{x})")),
                (1, Pattern(depth - 1).Select(x => $"(?<g>{x})")));

    [Fact]
    public void EveryMatchOfAGeneratedPatternStartsWithOneOfItsOpenings() =>
        Gen.Select(Pattern(4), Gen.Char["ab -cA"].Array[0, 14].Select(c => new string(c)))
            .Sample((pattern, text) =>
            {
                if (LeadingLiterals.Of(pattern, RegexOptions.None) is not { } openings)
                {
                    return;
                }

                foreach (Match match in new Regex(pattern, RegexOptions.CultureInvariant).Matches(text))
                {
                    Assert.Contains(openings, o => text.AsSpan(match.Index).StartsWith(o, StringComparison.Ordinal));
                }

                var screen = new LiteralScreen([new Regex(pattern, RegexOptions.CultureInvariant)]);
                Assert.True(screen.Candidates(text)[0] || !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant));
            }, iter: 20000);

    private static void AssertScreenedAlike(string sentence)
    {
        var candidates = EventFinder.ActionScreen.Candidates(sentence);
        for (var i = 0; i < EventFinder.Actions.Length; i++)
        {
            var unscreened = Describe(EventFinder.Actions[i].Matches(sentence));
            var screened = candidates[i] ? Describe(EventFinder.Actions[i].Matches(sentence)) : [];
            Assert.True(unscreened.SequenceEqual(screened), $"action regex {i} ({EventFinder.Actions[i]}) matches \"{sentence}\" but the screen ruled it out");
        }
    }

    // ActionMatches as it was before the screen: every regex run on the sentence, merged leftmost first, the earlier winning a tie.
    private static List<Match> UnscreenedActionMatches(string sentence)
    {
        var matches = new List<Match>();
        var next = EventFinder.Actions.Select(r => r.Match(sentence)).ToArray();
        var position = 0;
        while (true)
        {
            Match? first = null;
            for (var i = 0; i < next.Length; i++)
            {
                if (next[i].Success && next[i].Index < position)
                {
                    next[i] = EventFinder.Actions[i].Match(sentence, position);
                }

                if (next[i].Success && (first is null || next[i].Index < first.Index))
                {
                    first = next[i];
                }
            }

            if (first is null)
            {
                return matches;
            }

            matches.Add(first);
            position = first.Index + Math.Max(1, first.Length);
        }
    }

    private static List<(int Index, int Length, string Groups)> Describe(IEnumerable<Match> matches) =>
        [.. matches.Select(m => (m.Index, m.Length, string.Join(',', m.Groups.Values.Where(g => g.Success).Select(g => $"{g.Name}:{g.Index}+{g.Length}"))))];
}
