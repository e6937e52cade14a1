using System.Diagnostics;
using System.Globalization;
using System.Text;
using Truce.Claims;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Bench.Claims;

/// <summary>
/// Load driver: seconds that <see cref="ClaimsExtractor.Extract"/> takes on one long text as its length doubles, so
/// super-linear growth shows as a ratio well above 2 between steps. Long articles are the visible corpus articles
/// (every set under tests/Truce.Claims.Tests/Corpus except the sealed ones, which are absent from a worktree) joined by
/// paragraph breaks and cut at a paragraph end; one long sentence is the same text with its sentence ends and line
/// breaks turned into commas and spaces. A size is skipped once the previous one took longer than the budget.
/// </summary>
public static class ClaimsScaling
{
    private static readonly int[] ArticleSizes = [100_000, 200_000, 400_000, 800_000];
    private static readonly int[] SentenceSizes = [5_000, 20_000, 80_000];

    public static int Run(string[] args)
    {
        var budget = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var corpus = Path.Combine(RepositoryRoot(), "tests", "Truce.Claims.Tests", "Corpus");
        var articles = Directory.GetFiles(corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => ArticleReader.Read(File.ReadAllBytes(f), f).Article!.Text.Trim())
            .ToList();
        var extractor = new ClaimsExtractor(Gazetteer.Default, PartyAliases.RussiaUkraineDefaults);
        extractor.Extract(articles[0]);

        Console.WriteLine($"{articles.Count} visible corpus articles, {Environment.ProcessorCount} cores");
        Console.WriteLine("| text | characters | seconds | statements | events | x previous |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Measure(extractor, "long article", ArticleSizes.Select(size => LongArticle(articles, size)), budget);
        Measure(extractor, "one sentence", SentenceSizes.Select(size => LongSentence(articles, size)), budget);
        return 0;
    }

    private static void Measure(ClaimsExtractor extractor, string name, IEnumerable<string> texts, double budget)
    {
        var previous = 0.0;
        foreach (var text in texts)
        {
            if (previous > budget)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {text.Length:N0} | skipped (previous over {budget} s) | | | |"));
                continue;
            }

            var clock = Stopwatch.StartNew();
            var report = extractor.Extract(text);
            var seconds = clock.Elapsed.TotalSeconds;
            var ratio = previous > 0 ? string.Create(CultureInfo.InvariantCulture, $"{seconds / previous:F1}") : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {text.Length:N0} | {seconds:F2} | {report.Statements.Count} | {report.Events.Count} | {ratio} |"));
            previous = seconds;
        }
    }

    /// <summary>Whole articles joined by blank lines, repeated as needed, cut at the last paragraph break before <paramref name="size"/>.</summary>
    private static string LongArticle(List<string> articles, int size)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(articles[i % articles.Count]).Append("\n\n");
        }

        var cut = text.ToString(0, size);
        var end = cut.LastIndexOf("\n\n", StringComparison.Ordinal);
        return end > 0 ? cut[..end] : cut;
    }

    /// <summary>Corpus text with no sentence end or line break: exactly <paramref name="size"/> characters, then a full stop.</summary>
    private static string LongSentence(List<string> articles, int size)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < size; i++)
        {
            foreach (var c in articles[i % articles.Count])
            {
                text.Append(c switch { '.' or '!' or '?' => ',', '\n' or '\r' or '\u2029' => ' ', _ => c });
            }

            text.Append(", ");
        }

        return text.ToString(0, size) + ".";
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Truce.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Truce.slnx not found above " + AppContext.BaseDirectory);
    }
}
