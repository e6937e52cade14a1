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
