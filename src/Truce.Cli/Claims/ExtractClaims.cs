using System.Globalization;
using Truce.Claims;
using Truce.Claims.Places;

namespace Truce.Cli.Claims;

/// <summary>
/// `truce claims extract`: reads one article file (or file:// address), extracts statements,
/// places and events, and prints them as JSON or a table. Exit 0 on success, 1 when the input
/// cannot be read as an article, 2 on an internal error.
/// </summary>
public static class ExtractClaims
{
    private const string Command = "truce claims extract";

    /// <summary>
    /// The command line: parties come from <c>PartyOptions</c> (<c>--party CODE=alias,…</c>), else
    /// <c>AgreementFile</c>, else <c>DataDirectory</c>'s stored agreement, else the RU/UA defaults.
    /// </summary>
    public sealed record Request(
        string File,
        string? Source,
        string? Published,
        string Format,
        bool PrintText,
        IReadOnlyList<string> PartyOptions,
        string? AgreementFile = null,
        string? DataDirectory = null,
        bool Verbose = false);

    public static int Run(Request request, TextWriter output, TextWriter error)
    {
        if (request.Format is not ("json" or "table"))
        {
            error.WriteLine($"{Command}: --format must be json or table, not '{request.Format}'");
            return 1;
        }

        if (request.Published is { } published && !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            error.WriteLine($"{Command}: --published '{published}' is not a date like 2025-03-13");
            return 1;
        }

        if (request.File.Contains("://", StringComparison.Ordinal) && !request.File.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"{Command}: {request.File}: only local files and file:// addresses are read (hint: save the page first)");
            return 1;
        }

        var parties = ClaimParties.Resolve(request.PartyOptions, request.AgreementFile, request.DataDirectory, Command, error);
        if (parties is null)
        {
            return 1;
        }

        if (ArticleFile.Read(request.File, Command, error) is not var (_, article))
        {
            return 1;
        }

        if (request.PrintText)
        {
            output.Write(article.Text);
            if (!article.Text.EndsWith('\n'))
            {
                output.WriteLine();
            }

            return 0;
        }

        var source = request.Source ?? Path.GetFileName(ArticleFile.LocalPath(request.File));
        ClaimsReport report;
        try
        {
            report = new ClaimsExtractor(Gazetteer.Default, parties).Extract(article.Text, source, request.Published);
        }
#pragma warning disable CA1031 // an extractor bug is reported naming the article, without a stack trace unless asked
        catch (Exception bug) when (ExtractorBug.IsReportable(bug))
#pragma warning restore CA1031
        {
            ExtractorBug.Report(Command, request.File, bug, request.Verbose, error);
            return ExitCodes.InternalError;
        }

        output.WriteLine(request.Format == "json" ? ClaimsJson.Write(report) : ClaimsJson.WriteTable(report));
        return 0;
    }
}
