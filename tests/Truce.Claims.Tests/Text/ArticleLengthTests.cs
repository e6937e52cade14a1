using System.Text;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class ArticleLengthTests
{
    private static string Prose(int length) => string.Concat(Enumerable.Repeat("The front was calm. ", (length / 20) + 1))[..length];

    [Fact]
    public void TextLongerThanOneArticleCanBeIsRefusedWithItsLength()
    {
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(Prose(ArticleReader.MaxTextChars + 1)), "dump.txt");

        Assert.False(result.Succeeded);
        Assert.StartsWith("dump.txt: the article text is 1,000,001 characters, more than the 1,000,000 read as one article", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOfExactlyTheLimitIsRead()
    {
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(Prose(ArticleReader.MaxTextChars)), "long.txt");

        Assert.Equal(ArticleReader.MaxTextChars, result.Article?.Text.Length);
    }

    [Fact]
    public void ARunWithoutASentenceEndIsRefusedWithWhereItStarts()
    {
        // "Intro." ends at offset 5, the line break is offset 6, so the run of letters starts at offset 7.
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes("Intro.\n" + new string('x', ArticleReader.MaxSentenceChars + 1)), "list.txt");

        Assert.False(result.Succeeded);
        Assert.StartsWith("list.txt: 20,001 characters from offset 7 hold no sentence end", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunOfExactlyTheLimitIsRead()
    {
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes("Intro.\n" + new string('x', ArticleReader.MaxSentenceChars) + "."), "run.txt");

        Assert.True(result.Succeeded, result.Problem);
    }
}
