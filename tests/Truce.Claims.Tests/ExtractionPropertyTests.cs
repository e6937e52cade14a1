using CsCheck;
using Truce.Claims.Text;

namespace Truce.Claims.Tests;

public sealed class ExtractionPropertyTests
{
    private static readonly string[] Paragraphs = Directory.GetFiles(Extract.Corpus("dev"), "*.txt")
        .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        .ToArray();

    [Fact]
    public void EveryOffsetPointsAtTheTextItClaimsAndExtractionIsDeterministic()
    {
        Gen.Int[0, Paragraphs.Length - 1].Array[1, 12].Sample(indexes =>
        {
            var text = string.Join("\n\n", indexes.Select(i => Paragraphs[i]));
            var report = Extract.From(text);
            foreach (var statement in report.Statements)
            {
                Assert.Equal(statement.Text, text[statement.Start..statement.End]);
            }

            foreach (var place in report.Places)
            {
                Assert.All(place.Mentions, m => Assert.InRange(m.End, m.Start + 2, text.Length));
            }

            Assert.All(report.Events, e => Assert.InRange(e.End, e.Start + 1, text.Length));
            Assert.Equal(ClaimsJson.Write(report), ClaimsJson.Write(Extract.From(text)));
        }, iter: 60);
    }

    // Words and marks that rules key on: names, titles, quotes of every kind, said, action verbs, places, hyphens.
    private static readonly string[] Tokens =
    [
        "Zelensky", "President", "Vladimir", "Putin", "said", "says", "told", "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", ",", ".", ";", ":",
        "\n", "\n\n", "-", "--", "(", ")", "Russia", "Ukraine's", "Kharkiv", "Kyiv", "the", "a", "of", "in", "near", "village", "and", "that",
        "launched", "an", "attack", "on", "hit", "struck", "shelled", "captured", "drones", "were", "killed", "not", "spokesman", "Ministry",
        "Defence", "according", "to", "A", "B-C-D", "\u00e9", "\ud83d\ude00", "\t", "   ", "ALL", "CAPS", "?", "!", "\u2014",
    ];

    [Fact]
    public void ExtractionOfArbitraryTextTerminatesWithOffsetsInsideTheText()
    {
        var words = Gen.OneOf(Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i]), Gen.String[Gen.Char.AlphaNumeric, 1, 12], Gen.String[1, 6]);
        words.Array[0, 400].Select(w => string.Join(' ', w)).Sample(text =>
        {
            var report = Extract.From(text);
            Assert.All(report.Statements, s => Assert.Equal(s.Text, text[s.Start..s.End]));
            Assert.All(report.Places.SelectMany(p => p.Mentions), m => Assert.InRange(m.Start, 0, m.End - 1));
            Assert.All(report.Places.SelectMany(p => p.Mentions), m => Assert.InRange(m.End, 1, text.Length));
            Assert.All(report.Events, e => Assert.InRange(e.Start, 0, e.End - 1));
            Assert.All(report.Events, e => Assert.InRange(e.End, 1, text.Length));
        }, iter: 300);
    }

    [Fact]
    public void PlainTextLayoutKeepsOffsetsOfTheInput()
    {
        Gen.String[Gen.Char["ab .\n\"“”"], 0, 200].Sample(text =>
        {
            var layout = new ArticleLayout(text);
            Assert.All(layout.Sentences, s => Assert.InRange(s.End, s.Start + 1, text.Length));
            Assert.All(layout.Tokens, t => Assert.Equal(t.Value, text[t.Start..t.End]));
        });
    }
}
