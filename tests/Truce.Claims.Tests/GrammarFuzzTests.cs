using CsCheck;

namespace Truce.Claims.Tests;

public sealed class GrammarFuzzTests
{
    [Fact]
    public void ArticlesComposedOfRealConstructionsAreExtractedWithoutErrorAndWithTrueOffsets()
    {
        NewsGrammar.Article.Sample(text =>
        {
            var report = Extract.From(text);
            AssertConsistent(text, report);
            Assert.Equal(ClaimsJson.Write(report), ClaimsJson.Write(Extract.From(text)));
        }, iter: 1000, print: text => "\n" + text);
    }

    private static void AssertConsistent(string text, ClaimsReport report)
    {
        foreach (var statement in report.Statements)
        {
            Assert.InRange(statement.Start, 0, statement.End);
            Assert.InRange(statement.End, statement.Start, text.Length);
            Assert.Equal(statement.Text, text[statement.Start..statement.End]);
        }

        foreach (var place in report.Places)
        {
            Assert.NotEmpty(place.Mentions);
            foreach (var mention in place.Mentions)
            {
                Assert.InRange(mention.Start, 0, mention.End - 1);
                Assert.InRange(mention.End, mention.Start + 1, text.Length);
                var words = text[mention.Start..mention.End];
                Assert.Equal(words.Trim(), words);
            }
        }

        var listed = report.Places.Select(p => p.Place.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var claim in report.Events)
        {
            Assert.InRange(claim.Start, 0, claim.End);
            Assert.InRange(claim.End, claim.Start, text.Length);
            if (claim.Place is { } place)
            {
                Assert.Contains(place, listed);
            }
        }
    }
}
