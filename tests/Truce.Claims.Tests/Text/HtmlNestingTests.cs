using System.Text;
using CsCheck;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

public sealed class HtmlNestingTests
{
    private static string Nested(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Officials said the talks were useful.</p>"
        + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    [Fact]
    public void APageNestedDeeperThanTheLimitIsRefusedNamingItsDepth()
    {
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(Nested(ArticleReader.MaxHtmlDepth + 1)), "deep.html");

        Assert.False(result.Succeeded);
        Assert.StartsWith("deep.html: the HTML nests elements 1,001 deep, more than the 1,000", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void APageNestedExactlyToTheLimitIsRead()
    {
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(Nested(ArticleReader.MaxHtmlDepth)), "deep.html");

        Assert.Equal("Officials said the talks were useful.", result.Article?.Text);
    }

    [Fact]
    public void EndTagsAWriterMayOmitVoidElementsCommentsAndScriptsDoNotDeepenThePage()
    {
        var html = new StringBuilder("<html><head><meta charset=utf-8><link rel=x></head><body><ul>");
        for (var i = 0; i < 3000; i++)
        {
            html.Append("<li><p>Item ").Append(i).Append("<br><img src=x.png><hr/><!-- <div><div> --><script>var s = '<div><section>';</script>");
        }

        html.Append("</ul></body></html>");

        Assert.Equal(1, HtmlNesting.MaxDepth(html.ToString()));
    }

    [Fact]
    public void TheDepthOfWellFormedNestingIsItsNumberOfLevels()
    {
        var names = Gen.OneOf(Gen.Const("div"), Gen.Const("section"), Gen.Const("span"), Gen.Const("article"), Gen.Const("custom-card"));
        Gen.Select(names.Array[1, 60], Gen.Int[0, 3], (levels, voids) => (levels, voids)).Sample(sample =>
        {
            var (levels, voids) = sample;
            var html = new StringBuilder();
            foreach (var name in levels)
            {
                html.Append('<').Append(name).Append(" class=\"x\">").Append(string.Concat(Enumerable.Repeat("<br>", voids)));
            }

            foreach (var name in levels.Reverse())
            {
                html.Append("</").Append(name).Append('>');
            }

            Assert.Equal(levels.Length, HtmlNesting.MaxDepth(html.ToString()));
        });
    }

    [Fact]
    public void AngleBracketsThatNeverCloseAreCountedAsNothing()
    {
        Assert.Equal(0, HtmlNesting.MaxDepth(string.Concat(Enumerable.Repeat("<a <b <div ", 100_000))));
    }
}
