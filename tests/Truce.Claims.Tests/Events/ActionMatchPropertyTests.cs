using System.Text.RegularExpressions;
using Truce.Claims.Events;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// EventFinder finds action verbs with one regex per lemma merged leftmost first, for speed; this test holds it to
/// the simple definition it replaces: one alternation of every lemma's pattern, in lexicon order.
/// </summary>
public sealed class ActionMatchPropertyTests
{
    private static readonly Regex OneAlternation = new(
        @"(?<![\w-])(?:" + string.Join("|", EventFinder.Lexicon.Select((l, i) => $"(?<a{i}>{l.Pattern})")) + @")\b",
        RegexOptions.CultureInvariant);

    private static readonly string[] Sentences = [.. Directory.GetDirectories(Path.Combine(Extract.Corpus("dev"), ".."))
        .SelectMany(d => Directory.GetFiles(d, "*.*"))
        .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
        .Select(f => ArticleReader.Read(File.ReadAllBytes(f), f).Article)
        .OfType<ArticleText>()
        .SelectMany(a => { var layout = new ArticleLayout(a.Text); return layout.Sentences.Select(layout.Slice); })];

    [Fact]
    public void EveryCorpusSentenceGetsTheMatchesOfTheOneAlternation()
    {
        Assert.True(Sentences.Length > 1000);
        Assert.All(Sentences, s => Assert.Equal(Describe(OneAlternation.Matches(s)), Describe(EventFinder.ActionMatches(s))));
    }

    private static List<(int Index, int Length, string Lemma)> Describe(IEnumerable<Match> matches) =>
        [.. matches.Select(m => (m.Index, m.Length, EventFinder.Lexicon[Enumerable.Range(0, EventFinder.Lexicon.Length).Single(i => m.Groups[$"a{i}"].Success)].Lemma))];
}
