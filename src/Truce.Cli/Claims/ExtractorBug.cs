namespace Truce.Cli.Claims;

/// <summary>
/// How the claims commands report an extractor bug met on one article: one line on standard error
/// that names the command and the article, and the stack trace only when <c>--verbose</c> asks for it.
/// </summary>
public static class ExtractorBug
{
    /// <summary>True for an exception the command may report and survive; an out-of-memory is left to crash the process.</summary>
    public static bool IsReportable(Exception exception) => exception is not OutOfMemoryException;

    /// <summary>Writes the report of <paramref name="bug"/>, met while extracting <paramref name="article"/>.</summary>
    public static void Report(string command, string article, Exception bug, bool verbose, TextWriter error)
    {
        var message = bug.Message.ReplaceLineEndings(" ");
        error.WriteLine($"{command}: {article}: internal error in the extractor: {bug.GetType().Name}: {message}" +
            (verbose ? string.Empty : " (hint: --verbose prints the stack trace; please report it with the article)"));
        if (verbose)
        {
            error.WriteLine(bug.ToString());
        }
    }
}
