using Truce.Cli.Claims;
using Xunit;

namespace Truce.Cli.Tests.Claims;

public sealed class ExtractorBugTests
{
    private static Exception Thrown()
    {
        try
        {
            _ = "short"[3..1];
            return new InvalidOperationException("not reached");
        }
        catch (ArgumentOutOfRangeException e)
        {
            return e;
        }
    }

    [Fact]
    public void ABugIsReportedInOneLineNamingTheCommandAndTheArticle()
    {
        using var error = new StringWriter();

        ExtractorBug.Report("truce claims score", "heldout-9/story.txt", Thrown(), verbose: false, error);

        var line = Assert.Single(error.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("truce claims score: heldout-9/story.txt: internal error in the extractor: ArgumentOutOfRangeException: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(hint: --verbose prints the stack trace; please report it with the article)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void VerboseAddsTheStackTrace()
    {
        using var error = new StringWriter();

        ExtractorBug.Report("truce claims accept", "a.txt", Thrown(), verbose: true, error);

        var lines = error.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("truce claims accept: a.txt: internal error in the extractor: ArgumentOutOfRangeException: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains(nameof(Thrown), StringComparison.Ordinal));
    }
}
