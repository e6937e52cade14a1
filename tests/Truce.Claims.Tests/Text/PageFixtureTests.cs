using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

/// <summary>
/// Saved-page fixtures modelled on the markup of real news sites, each with the paragraphs that must
/// come out written by hand in NAME.expected.txt.
/// </summary>
public sealed class PageFixtureTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in Directory.GetFiles(PagesFolder(), "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(page));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void ExtractedTextIsExactlyTheArticleWrittenOutByHand(string page)
    {
        var html = File.ReadAllText(Path.Combine(PagesFolder(), page + ".html"));
        var expected = File.ReadAllText(Path.Combine(PagesFolder(), page + ".expected.txt")).ReplaceLineEndings("\n").TrimEnd('\n');

        Assert.Equal(expected, HtmlArticle.ExtractText(html));
    }

    [Fact]
    public void AtLeastSixPagesAreChecked() => Assert.True(Pages().Count >= 6);

    internal static string PagesFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Truce.slnx not found above the test binaries"),
            "tests", "Truce.Claims.Tests", "Text", "Pages");
    }
}
