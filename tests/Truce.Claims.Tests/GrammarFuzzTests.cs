using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Truce.Claims.Text;

namespace Truce.Claims.Tests;

public sealed partial class GrammarFuzzTests
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

    [Fact]
    public void SavedPagesWellFormedOrBrokenYieldPlainTextWithoutMarkupThatKeepsTheBodyAndExtractsConsistently()
    {
        NewsPageGrammar.Page.Sample(page =>
        {
            // The CLI reads an .html file's bytes through ArticleReader, as here.
            var read = ArticleReader.Read(Encoding.UTF8.GetBytes(page.Html), "page.html");
            Assert.Equal(read, ArticleReader.Read(Encoding.UTF8.GetBytes(page.Html), "page.html"));
            if (read.Article is not { } article)
            {
                // Only a broken page (cut off before the body, say) or one whose paragraphs are too short to weigh as prose
                // (under 25 characters outside links, ContentBlock.ProseWeight) may be refused, and then as a value.
                Assert.False(page.WellFormed && page.BodyParagraphs.Any(p => Words(p).Length >= 12), read.Problem);
                Assert.Contains("page.html", read.Problem, StringComparison.Ordinal);
                return;
            }

            var text = article.Text;
            Assert.True(article.FromHtml);
            Assert.DoesNotMatch(Tag(), text);
            Assert.DoesNotMatch(CommonReference(), text);
            if (page.WellFormed)
            {
                var words = Words(text);
                foreach (var paragraph in page.BodyParagraphs.Where(p => Words(p).Length >= MinCheckedWords))
                {
                    Assert.True(ContainsRun(words, Words(paragraph)), $"body paragraph missing from the plain text: {paragraph}\n---\n{text}");
                }
            }

            var report = Extract.From(text);
            AssertConsistent(text, report);
            Assert.Equal(ClaimsJson.Write(report), ClaimsJson.Write(Extract.From(text)));
        }, iter: 1000, print: page => "\n" + page.Html);
    }

    // The declarations a page may carry, or none; the Latin ones all mean windows-1252 (WHATWG Encoding Standard).
    private static readonly string[] CharsetDeclarations =
    [
        "", "<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">", "<meta charset='ISO-8859-1'>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "<meta charset=latin1>", "<meta charset=\"us-ascii\">",
    ];

    [Fact]
    public void SavedPagesEncodedAsWindows1252ReadTheSameAsTheirUtf8BytesWhateverLatinOrUtf8CharsetTheyDeclare()
    {
        // The reference encoder is .NET's code page 1252, not the reader's own table.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Gen.Select(NewsPageGrammar.Page, Gen.Int[0, CharsetDeclarations.Length - 1]).Sample((page, declaration) =>
        {
            var html = page.Html.Replace("<meta charset=\"utf-8\">", CharsetDeclarations[declaration], StringComparison.Ordinal);
            var fromUtf8 = ArticleReader.Read(Encoding.UTF8.GetBytes(html), "page.html");
            var fromWindows1252 = ArticleReader.Read(windows1252.GetBytes(html), "page.html");
            Assert.Equal(fromUtf8.Succeeded, fromWindows1252.Succeeded);
            Assert.Equal(fromUtf8.Article?.Text, fromWindows1252.Article?.Text);
            if (fromWindows1252.Article is { } article && html.Any(c => c > '\u007F'))
            {
                Assert.Equal("Windows-1252", article.AssumedEncoding);
                Assert.Equal("UTF-8", fromUtf8.Article!.AssumedEncoding);
            }
        }, iter: 500, print: t => "\n" + t.Item1.Html);
    }

    // Shorter paragraphs ("", ".", "(", "By Olena Harmash", "Updated 14:05 GMT") carry no prose and are dropped as furniture by design.
    private const int MinCheckedWords = 4;

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool ContainsRun(string[] words, string[] run)
    {
        for (var start = 0; start + run.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, run.Length).SequenceEqual(run))
            {
                return true;
            }
        }

        return false;
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

    // A start or end tag, comment or processing instruction. A page cut off right after "</" shows "</" as text, as
    // browsers do (HTML tokeniser: end-tag-open at end of file), so a bare "</" is text, not a tag.
    [GeneratedRegex(@"<(?:/?[A-Za-z]|[!?])")]
    private static partial Regex Tag();

    [GeneratedRegex(@"&(?:amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|ldquo|rdquo|mdash|ndash|laquo|raquo|copy|#[0-9]+|#[xX][0-9a-fA-F]+);")]
    private static partial Regex CommonReference();
}
