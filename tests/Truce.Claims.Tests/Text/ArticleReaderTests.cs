using System.Text;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class ArticleReaderTests
{
    [Fact]
    public void EmptyFileIsRefusedWithAClearMessage()
    {
        var result = ArticleReader.Read(" \n\t\n"u8, "empty.txt");
        Assert.False(result.Succeeded);
        Assert.Contains("empty.txt: file is empty", result.Problem);
    }

    [Fact]
    public void BinaryFileIsRefusedNamingTheFirstNulByte()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00];
        var result = ArticleReader.Read(bytes, "picture.png");
        Assert.False(result.Succeeded);
        Assert.Contains("binary file (NUL byte at offset 8)", result.Problem);
    }

    [Fact]
    public void HugeFileIsRefusedWithTheLimit()
    {
        var bytes = new byte[ArticleReader.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');
        var result = ArticleReader.Read(bytes, "dump.txt");
        Assert.False(result.Succeeded);
        Assert.Contains("more than the 5,242,880-byte limit", result.Problem);
    }

    [Fact]
    public void Windows1252TextIsDecodedAndTheAssumptionReported()
    {
        // 0x93 and 0x94 are curly double quotes in Windows-1252, 0xE9 is é.
        byte[] bytes = [.. "Fran"u8, 0xE7, .. "ois said "u8, 0x93, .. "no"u8, 0x94, (byte)'.'];
        var result = ArticleReader.Read(bytes, "old.txt");
        Assert.True(result.Succeeded);
        Assert.Equal("François said “no”.", result.Article!.Text);
        Assert.Equal("Windows-1252", result.Article.AssumedEncoding);
        Assert.Contains("assumed Windows-1252", result.Article.Warning);
    }

    [Fact]
    public void MixedEncodingsAreRefusedWithTheOffsetOfTheFirstBadByte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Kyiv — “quiet” "), 0x93, .. "no"u8];
        var result = ArticleReader.Read(bytes, "mixed.txt");
        Assert.False(result.Succeeded);
        Assert.Contains("mixed encodings", result.Problem);
        Assert.Contains($"first at byte offset {Encoding.UTF8.GetByteCount("Kyiv — “quiet” ")}", result.Problem);
    }

    [Fact]
    public void Utf8WithByteOrderMarkIsReadAsUtf8()
    {
        var result = ArticleReader.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Київ said “yes”.")], "bom.txt");
        Assert.Equal("Київ said “yes”.", result.Article!.Text);
        Assert.Equal("UTF-8", result.Article.AssumedEncoding);
        Assert.Null(result.Article.Warning);
    }

    [Fact]
    public void HtmlBoilerplateIsStrippedAndParagraphsAreSeparatedByBlankLines()
    {
        const string html = """
            <html><head><title>T</title><script>var x = "“Buy,” said the ad";</script><style>p{}</style></head>
            <body><header><nav>Home World</nav></header><aside>Trending: Lisbon</aside>
            <article><h1>Truce holds</h1><p>Officials   said the truce
            held.</p><p>“It is quiet,” Peskov said.</p></article><footer>© Wire</footer></body></html>
            """;
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(html), "page.html");
        Assert.Equal("Truce holds\n\nOfficials said the truce held.\n\n“It is quiet,” Peskov said.", result.Article!.Text);
        Assert.True(result.Article.FromHtml);
    }

    [Fact]
    public void BrokenHtmlIsParsedLeniently()
    {
        const string html = "<html><body><p>Kyiv said the front was <b>calm<p>Moscow disagreed</i></div><p>Unclosed <a href='x";
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(html), "broken.html");
        Assert.True(result.Succeeded);
        Assert.StartsWith("Kyiv said the front was calm\n\nMoscow disagreed", result.Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlWithNoArticleTextIsRefused()
    {
        var result = ArticleReader.Read("<html><body><nav>Home</nav><script>x()</script></body></html>"u8, "nav.html");
        Assert.False(result.Succeeded);
        Assert.Contains("no article text", result.Problem);
    }
}
