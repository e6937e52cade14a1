using System.Text;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class DeclaredCharsetTests
{
    // Written by hand from the Windows-1252 code chart: 0x80 €, 0x93 “, 0x94 ”, 0x96 –, 0xE9 é.
    private static readonly byte[] Windows1252Sentence =
        [.. "Monitors in Orl"u8, 0xE9, .. "ans paid "u8, 0x80, .. "12 for "u8, 0x93, .. "calm"u8, 0x94, .. " "u8, 0x96, .. " they said."u8];

    private const string Sentence = "Monitors in Orléans paid €12 for “calm” – they said.";

    private static byte[] Page(string meta, byte[] sentence) =>
        [.. Encoding.ASCII.GetBytes($"<!DOCTYPE html><html><head>{meta}<title>Calm</title></head><body><article><h1>Calm returns</h1><p>"),
            .. sentence, .. "</p></article></body></html>"u8];

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset='ISO-8859-1'>")]
    [InlineData("<meta charset=latin1>")]
    [InlineData("<meta charset=\"us-ascii\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=cp1252'>")]
    public void LatinLabelsAllMeanWindows1252AsBrowsersReadThem(string meta)
    {
        var result = ArticleReader.Read(Page(meta, Windows1252Sentence), "latin.html");
        Assert.Equal("Calm returns\n\n" + Sentence, result.Article!.Text);
        Assert.Equal("Windows-1252", result.Article.AssumedEncoding);
        Assert.Null(result.Article.Warning);
    }

    [Fact]
    public void APageDeclaringUtf8WhoseBytesAreWindows1252IsReadAsWindows1252WithAWarning()
    {
        var result = ArticleReader.Read(Page("<meta charset=\"utf-8\">", Windows1252Sentence), "stale.html");
        Assert.Equal("Calm returns\n\n" + Sentence, result.Article!.Text);
        Assert.Equal("Windows-1252", result.Article.AssumedEncoding);
        Assert.Contains("stale.html: the page declares charset \"utf-8\"", result.Article.Warning, StringComparison.Ordinal);
        Assert.Contains("read as Windows-1252", result.Article.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void APageDeclaringWindows1252WhoseBytesAreValidUtf8IsReadAsUtf8WithAWarning()
    {
        var result = ArticleReader.Read(Page("<meta charset=\"windows-1252\">", Encoding.UTF8.GetBytes(Sentence)), "resaved.html");
        Assert.Equal("Calm returns\n\n" + Sentence, result.Article!.Text);
        Assert.Equal("UTF-8", result.Article.AssumedEncoding);
        Assert.Contains("declares charset \"windows-1252\" (<meta> at byte offset 27) but its bytes are valid UTF-8", result.Article.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"koi8-r\">", "koi8-r")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">", "Shift_JIS")]
    [InlineData("<meta charset=\"made-up-8\">", "made-up-8")]
    public void AnUnsupportedOrUnknownCharsetIsRefusedNamingTheLabelWhereItIsAndAHint(string meta, string label)
    {
        var result = ArticleReader.Read(Page(meta, Windows1252Sentence), "cyrillic.html");
        Assert.False(result.Succeeded);
        Assert.Contains($"cyrillic.html: the page declares charset \"{label}\" (<meta> at byte offset 27), which this reader does not decode", result.Problem, StringComparison.Ordinal);
        Assert.Contains("hint: re-save the page as UTF-8", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsupportedCharsetOnPlainAsciiBytesReadsTheSameInAnyEncodingAndIsAccepted()
    {
        var result = ArticleReader.Read(Page("<meta charset=\"koi8-r\">", "Monitors said the front was calm."u8.ToArray()), "ascii.html");
        Assert.Equal("Calm returns\n\nMonitors said the front was calm.", result.Article!.Text);
        Assert.Null(result.Article.Warning);
    }

    [Fact]
    public void ADeclarationInsideACommentIsIgnoredAndTheNextOneCounts()
    {
        var result = ArticleReader.Read(Page("<!-- <meta charset=\"koi8-r\"> --><meta charset=\"latin1\">", Windows1252Sentence), "commented.html");
        Assert.Equal("Calm returns\n\n" + Sentence, result.Article!.Text);
        Assert.Null(result.Article.Warning);
    }

    [Fact]
    public void AByteOrderMarkOutranksTheDeclaration()
    {
        var result = ArticleReader.Read([0xEF, 0xBB, 0xBF, .. Page("<meta charset=\"windows-1252\">", Encoding.UTF8.GetBytes(Sentence))], "bom.html");
        Assert.Equal("Calm returns\n\n" + Sentence, result.Article!.Text);
        Assert.Equal("UTF-8", result.Article.AssumedEncoding);
        Assert.Null(result.Article.Warning);
    }

    [Fact]
    public void ADeclarationInTheBodyIsNotAPageDeclaration()
    {
        byte[] bytes = [.. "<html><head></head><body><p>The tag &lt;meta charset&gt; is shown: <code>"u8, .. "<meta charset=\"koi8-r\">"u8,
            .. "</code></p><p>"u8, .. Windows1252Sentence, .. "</p></body></html>"u8];
        var result = ArticleReader.Read(bytes, "body.html");
        Assert.True(result.Succeeded, result.Problem);
        Assert.Contains(Sentence, result.Article!.Text, StringComparison.Ordinal);
    }
}
