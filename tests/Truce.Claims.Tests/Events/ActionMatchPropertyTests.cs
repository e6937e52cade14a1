using System.Text.RegularExpressions;
using CsCheck;
using Truce.Claims.Events;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// EventFinder finds action verbs with one regex per lemma merged leftmost first, for speed; this test holds it to
/// the simple definition it replaces: one alternation of every lemma's pattern, in lexicon order, run by the
/// interpreter (which, unlike the compiler, handles bounded lazy loops correctly; see LazyLoops).
/// </summary>
public sealed class ActionMatchPropertyTests
{
    private static readonly Regex OneAlternation = new(
        @"(?<![\w-])(?:" + string.Join("|", EventFinder.Lexicon.Select((l, i) => $"(?<a{i}>{l.Pattern})")) + @")\b",
        RegexOptions.CultureInvariant);

    private static readonly string[] Sentences = Extract.CorpusSentences();

    [Fact]
    public void EveryCorpusSentenceGetsTheMatchesOfTheOneAlternation()
    {
        Assert.True(Sentences.Length > 1000);
        Assert.All(Sentences, s => Assert.Equal(Describe(OneAlternation.Matches(s)), Describe(EventFinder.ActionMatches(s))));
    }

    // Words that start, end or overlap action patterns, so generated sentences hit ties between lemmas and overlaps.
    private static readonly string[] Words =
    [
        "attacks", "on", "strikes", "struck", "hit", "attack", "drone", "air", "missile", "shot", "down", "were", "was", "killed", "in", "an",
        "by", "launched", "a", "wave", "of", "drones", "at", "Kharkiv", "the", "village", "took", "control", "over", "pushed", "back", "from",
        "outskirts", "repelled", "fired", "rockets", "into", "continued", "to", "shell", "came", "under", "fire", "captured", "recaptured",
        "withdrew", "liberation", "of", "for", "striking", "targeting", "is", "advanced", "have", "killed", "-", ",", ".", "\"", "counter-attacked",
        "carried", "out", "conducted", "series", "beat", "drove", "forced", "entered", "kept", "up", "its", "near", "mortars", "artillery", "two",
    ];

    // Each ran for minutes with the action regexes compiled as written: a bounded lazy loop ("launched (?:an? )?(?:[\w,-]+ ){0,4}?…
    // strikes?") that reaches its bound after a construct that can backtrack.
    public static readonly TheoryData<string> SentencesThatHungTheCompiledPatterns =
    [
        "continued captured a strikes attack were advanced attack wave captured at launched an counter-attacked attacks over village attack launched - drones killed recaptured captured was",
        "strikes launched an drones killed recaptured captured was",
        "Russia launched an overnight wave of drones that residents said was the largest yet.",
        "The army repelled a series of fierce and repeated night assaults on positions that commanders said were held.",
        "Troops pushed the remaining units of the enemy brigade far from the river back to the east.",
    ];

    [Theory]
    [MemberData(nameof(SentencesThatHungTheCompiledPatterns))]
    public void ASentenceThatReachesALazyLoopsBoundGetsTheMatchesOfTheOneAlternationWithoutSpinning(string sentence)
    {
        // The same patterns as EventFinder's, compiled, with a match timeout: a regression fails here instead of hanging the run.
        var guarded = EventFinder.Lexicon.Select((_, i) => new Regex(EventFinder.ActionPattern(i), RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(20)));
        Assert.All(guarded, r => r.Count(sentence));
        Assert.Equal(Describe(OneAlternation.Matches(sentence)), Describe(EventFinder.ActionMatches(sentence)));
    }

    [Fact]
    public void GeneratedSentencesGetTheMatchesOfTheOneAlternation()
    {
        Gen.Int[0, Words.Length - 1].Array[0, 30].Select(w => string.Join(' ', w.Select(i => Words[i]))).Sample(
            sentence => Assert.Equal(Describe(OneAlternation.Matches(sentence)), Describe(EventFinder.ActionMatches(sentence))),
            iter: 5000);
    }

    private static List<(int Index, int Length, string Lemma)> Describe(IEnumerable<Match> matches) =>
        [.. matches.Select(m => (m.Index, m.Length, EventFinder.Lexicon[Enumerable.Range(0, EventFinder.Lexicon.Length).Single(i => m.Groups[$"a{i}"].Success)].Lemma))];
}
