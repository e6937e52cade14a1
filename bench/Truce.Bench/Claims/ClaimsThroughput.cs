using System.Diagnostics;
using Truce.Claims;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Bench.Claims;

/// <summary>
/// Load driver: articles per second that <see cref="ClaimsExtractor"/> reads on one core. Articles
/// of about 1,000 words are assembled from the paragraphs of the annotated development corpus in a
/// seeded random order, so every run reads the same text.
/// </summary>
public static class ClaimsThroughput
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }

        var corpus = Path.Combine(RepositoryRoot(), "tests", "Truce.Claims.Tests", "Corpus", "dev");
        var paragraphs = Directory.GetFiles(corpus, "*.*")
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => ArticleReader.Read(File.ReadAllBytes(f), f).Article!.Text.Split("\n\n"))
            .ToArray();
        var random = new Random(20250313);
        var articles = new List<string>();
        for (var a = 0; a < 200; a++)
        {
            var parts = new List<string>();
            var words = 0;
            while (words < 1000)
            {
                var paragraph = paragraphs[random.Next(paragraphs.Length)];
                parts.Add(paragraph);
                words += paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }

            articles.Add(string.Join("\n\n", parts));
        }

        var averageWords = articles.Average(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var loading = Stopwatch.StartNew();
        var extractor = new ClaimsExtractor(Gazetteer.Default, PartyAliases.RussiaUkraineDefaults);
        loading.Stop();

        for (var i = 0; i < 100; i++)
        {
            extractor.Extract(articles[i % articles.Count]);
        }

        var count = 0;
        var statements = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            statements += extractor.Extract(articles[count % articles.Count]).Statements.Count;
            count++;
        }

        clock.Stop();
        var perSecond = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"claims extract: {count} articles of {averageWords:F0} words on average in {clock.Elapsed.TotalSeconds:F1} s on one core");
        Console.WriteLine($"  {perSecond:F0} articles/s, {perSecond * averageWords:F0} words/s, {1000 / perSecond:F2} ms/article, {statements / (double)count:F1} statements/article");
        Console.WriteLine($"  gazetteer load (once per process): {loading.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}
