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
                Assert.False(page.IntactParagraphs.Any(p => Words(p).Length >= 12), read.Problem);
                Assert.Contains("page.html", read.Problem, StringComparison.Ordinal);
                return;
            }

            var text = article.Text;
            Assert.True(article.FromHtml);
            Assert.DoesNotMatch(Tag(), text);
            Assert.DoesNotMatch(CommonReference(), text);
            // Every paragraph a browser still shows whole, on a broken page too, is read with its words in order. A broken
            // page may set junk that renders as text ("&", " < ", "-->") against a word, or a stray block tag inside one
            // (a browser, too, breaks the line there), so there only its letters and digits are compared, in order.
            var words = Words(text);
            var letters = LettersAndDigits(text);
            // On a broken page, only paragraphs of twelve words or more that end a sentence are checked: a stray tag around
            // a dateline and two words, or a line without a full stop, leaves too little prose to tell it from furniture.
            var missing = page.IntactParagraphs.Where(p => page.WellFormed ? Words(p).Length >= MinCheckedWords
                    : Words(p).Length >= MinCheckedWordsOnBrokenPages && p.TrimEnd()[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '»')
                .Where(p => !(page.WellFormed ? ContainsRun(words, Words(p)) : letters.Contains(LettersAndDigits(p), StringComparison.Ordinal)))
                .ToList();
            Assert.True(missing.Count == 0, $"body paragraphs missing from the plain text: {string.Join("\n", missing)}\n---\n{text}");

            var report = Extract.From(text);
            AssertConsistent(text, report);
            Assert.Equal(ClaimsJson.Write(report), ClaimsJson.Write(Extract.From(text)));
        }, iter: 1000, print: page => "\n" + page.Html);
    }

    [Fact]
    public void PagesCarryingTheArticleAsJsonLdYieldTheWholeArticleOnceWhetherTheMarkupIsWholeOrATeaser()
    {
        NewsPageGrammar.LinkedDataPage.Sample(page =>
        {
            var read = ArticleReader.Read(Encoding.UTF8.GetBytes(page.Html), "page.html");
            if (read.Article is not { } article)
            {
                Assert.False(page.BodyParagraphs.Any(p => Words(p).Length >= 12), read.Problem);
                return;
            }

            // A token of punctuation alone (a stray quote mark the generator left at a paragraph's end) carries no article text.
            var words = ProseWords(article.Text);
            var expected = ProseWords(string.Join(" ", page.BodyParagraphs));
            foreach (var paragraph in page.BodyParagraphs.Where(p => Words(p).Length >= MinCheckedWords))
            {
                var run = ProseWords(paragraph);
                var count = CountRuns(words, run);
                Assert.True(count >= 1, $"body paragraph missing from the plain text: {paragraph}\n---\n{article.Text}");
                Assert.True(count <= CountRuns(expected, run), $"body paragraph read {count} times: {paragraph}\n---\n{article.Text}");
            }

            Assert.DoesNotMatch(Tag(), article.Text);
            Assert.DoesNotMatch(CommonReference(), article.Text);
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

    private const int MinCheckedWordsOnBrokenPages = 12;

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string[] ProseWords(string text) => Words(text).Where(w => w.Any(char.IsLetterOrDigit)).ToArray();

    private static string LettersAndDigits(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    private static int CountRuns(string[] words, string[] run)
    {
        var count = 0;
        for (var start = 0; start + run.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, run.Length).SequenceEqual(run))
            {
                count++;
            }
        }

        return count;
    }

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
