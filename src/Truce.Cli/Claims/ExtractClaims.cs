using System.Globalization;
using Truce.Claims;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Cli.Claims;

/// <summary>
/// `truce claims extract`: reads one article file (or file:// address), extracts statements,
/// places and events, and prints them as JSON or a table. Exit 0 on success, 1 when the input
/// cannot be read as an article, 2 on an internal error.
/// </summary>
public static class ExtractClaims
{
    public sealed record Request(
        string File,
        string? Source,
        string? Published,
        string Format,
        bool PrintText,
        IReadOnlyList<string> PartyOptions);

    public static int Run(Request request, TextWriter output, TextWriter error)
    {
        var path = request.File;
        if (path.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            path = new Uri(path).LocalPath;
        }
        else if (path.Contains("://", StringComparison.Ordinal))
        {
            error.WriteLine($"truce claims extract: {path}: only local files and file:// addresses are read (hint: save the page first)");
            return 1;
        }

        if (request.Format is not ("json" or "table"))
        {
            error.WriteLine($"truce claims extract: --format must be json or table, not '{request.Format}'");
            return 1;
        }

        if (request.Published is { } published && !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            error.WriteLine($"truce claims extract: --published '{published}' is not a date like 2025-03-13");
            return 1;
        }

        var parties = ParseParties(request.PartyOptions, error);
        if (parties is null)
        {
            return 1;
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"truce claims extract: {path}: no such file");
            return 1;
        }

        var info = new FileInfo(path);
        if (info.Length > ArticleReader.MaxBytes)
        {
            error.WriteLine($"truce claims extract: {path}: file is {info.Length:N0} bytes, more than the {ArticleReader.MaxBytes:N0}-byte limit for one article");
            return 1;
        }

        var read = ArticleReader.Read(File.ReadAllBytes(path), path);
        if (read.Article is not { } article)
        {
            error.WriteLine($"truce claims extract: {read.Problem}");
            return 1;
        }

        if (article.Warning is not null)
        {
            error.WriteLine($"truce claims extract: warning: {article.Warning}");
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

        var report = new ClaimsExtractor(Gazetteer.Default, parties).Extract(article.Text, request.Source ?? Path.GetFileName(path), request.Published);
        output.WriteLine(request.Format == "json" ? ClaimsJson.Write(report) : ClaimsJson.WriteTable(report));
        return 0;
    }

    private static List<PartyAliases>? ParseParties(IReadOnlyList<string> options, TextWriter error)
    {
        if (options.Count == 0)
        {
            return [.. PartyAliases.RussiaUkraineDefaults];
        }

        var parties = new List<PartyAliases>();
        foreach (var option in options)
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == option.Length - 1)
            {
                error.WriteLine($"truce claims extract: --party '{option}' must look like RU=Russia,Kremlin,Moscow");
                return null;
            }

            var aliases = option[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            parties.Add(new PartyAliases(option[..equals].Trim(), aliases));
        }

        return parties;
    }
}
