using System.Diagnostics;
using Truce.Claims;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Bench.Claims;

/// <summary>
/// Load driver: articles per second that <see cref="ClaimsExtractor"/> reads on one core. Articles
/// of about 1,000 words are assembled from the paragraphs of the annotated development corpus in a
/// seeded random order, so every run reads the same text. The same articles are then wrapped in the
/// markup of a news page to measure HTML reading (<see cref="HtmlArticle"/>) alone and with extraction.
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
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            statements += extractor.Extract(articles[count % articles.Count]).Statements.Count;
            count++;
        }

        clock.Stop();

        // Wall-clock rates swing with the load of a shared machine; the process's CPU time (one thread does the
        // work, the pinned core is shared) is much steadier, so both are printed.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var perSecond = count / clock.Elapsed.TotalSeconds;
        var perCpuSecond = count / cpu.TotalSeconds;
        Console.WriteLine($"claims extract: {count} articles of {averageWords:F0} words on average in {clock.Elapsed.TotalSeconds:F1} s on one core");
        Console.WriteLine($"  {perSecond:F0} articles/s, {perSecond * averageWords:F0} words/s, {1000 / perSecond:F2} ms/article, {statements / (double)count:F1} statements/article");
        Console.WriteLine($"  by CPU time: {perCpuSecond:F0} articles/s, {1000 / perCpuSecond:F2} ms of CPU/article ({cpu.TotalSeconds:F1} s of CPU in {clock.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"  gazetteer load (once per process): {loading.Elapsed.TotalMilliseconds:F0} ms");

        var pages = articles.Select((a, i) => NewsPage(a, i, scriptEntries: 600)).ToList();
        var readBack = pages.Where((p, i) => HtmlArticle.ExtractText(p) == string.Join("\n\n", [$"Article {i} on the ceasefire talks", .. Paragraphs(articles[i])])).Count();
        for (var i = 0; i < 100; i++)
        {
            extractor.Extract(HtmlArticle.ExtractText(pages[i % pages.Count]));
        }

        var htmlCount = 0;
        var htmlClock = Stopwatch.StartNew();
        while (htmlClock.Elapsed.TotalSeconds < seconds / 2)
        {
            HtmlArticle.ExtractText(pages[htmlCount % pages.Count]);
            htmlCount++;
        }

        htmlClock.Stop();
        var wholeCount = 0;
        var wholeCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wholeClock = Stopwatch.StartNew();
        while (wholeClock.Elapsed.TotalSeconds < seconds)
        {
            extractor.Extract(HtmlArticle.ExtractText(pages[wholeCount % pages.Count]));
            wholeCount++;
        }

        wholeClock.Stop();
        var wholeCpu = Process.GetCurrentProcess().TotalProcessorTime - wholeCpuBefore;
        var htmlPerSecond = htmlCount / htmlClock.Elapsed.TotalSeconds;
        var wholePerSecond = wholeCount / wholeClock.Elapsed.TotalSeconds;
        Console.WriteLine($"html reading: pages of {pages.Average(p => p.Length) / 1024:F0} KiB on average (body, scripts, navigation, related lists, adverts, footer)");
        Console.WriteLine($"  {readBack} of {pages.Count} pages read back as exactly the headline and the article");
        Console.WriteLine($"  {htmlPerSecond:F0} pages/s, {1000 / htmlPerSecond:F2} ms/page for HtmlArticle.ExtractText alone");
        Console.WriteLine($"  {wholePerSecond:F0} articles/s, {1000 / wholePerSecond:F2} ms/article for the whole extraction from HTML");
        Console.WriteLine($"  by CPU time: {wholeCount / wholeCpu.TotalSeconds:F0} articles/s, {1000 * wholeCpu.TotalSeconds / wholeCount:F2} ms of CPU/article for the whole extraction from HTML");

        // Saved pages of real sites are mostly inline script and JSON state: 10 times the script.
        var large = articles.Take(50).Select((a, i) => NewsPage(a, i, scriptEntries: 6000)).ToList();
        var largeCount = 0;
        var largeClock = Stopwatch.StartNew();
        while (largeClock.Elapsed.TotalSeconds < seconds / 4)
        {
            HtmlArticle.ExtractText(large[largeCount % large.Count]);
            largeCount++;
        }

        largeClock.Stop();
        var largePerSecond = largeCount / largeClock.Elapsed.TotalSeconds;
        Console.WriteLine($"  large pages of {large.Average(p => p.Length) / 1024:F0} KiB: {largePerSecond:F0} pages/s, {1000 / largePerSecond:F2} ms/page for HtmlArticle.ExtractText alone");
        return 0;
    }

    private static string[] Paragraphs(string article) =>
        [.. article.Split("\n\n").Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(p => p.Length > 0)];

    /// <summary>
    /// Wraps an article in the furniture of a real news page: a large inline script, navigation,
    /// a share bar, adverts between paragraphs, a related-stories list, "Most read" and a footer.
    /// </summary>
    private static string NewsPage(string article, int index, int scriptEntries)
    {
        var page = new System.Text.StringBuilder(64 * 1024);
        page.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Article ").Append(index).Append(" | Wire</title><script>window.__STATE__ = {");
        for (var i = 0; i < scriptEntries; i++)
        {
            page.Append("\"key").Append(i).Append("\": \"value with some text, ").Append(i).Append("\", ");
        }

        page.Append("};</script><style>body{margin:0}.a{color:red}</style></head><body><header><nav><ul>");
        for (var i = 0; i < 80; i++)
        {
            page.Append("<li><a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a></li>");
        }

        page.Append("</ul></nav></header><main><div class=\"article-page\"><div class=\"headline\"><h1>Article ").Append(index)
            .Append(" on the ceasefire talks</h1></div><div class=\"byline\">By Jane Doe and John Roe</div>")
            .Append("<div class=\"share-bar\"><a href=\"#\">Facebook</a><a href=\"#\">X</a><a href=\"#\">Email</a></div><div class=\"article-body\">");
        var paragraphs = Paragraphs(article);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            page.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(paragraphs[i])).Append("</p>");
            if (i % 4 == 3)
            {
                page.Append("<div class=\"ad-slot\"><span>Advertisement</span></div>");
            }
        }

        page.Append("</div><div class=\"related-stories\"><h2>Related</h2><ul>");
        for (var i = 0; i < 10; i++)
        {
            page.Append("<li><a href=\"/story/").Append(i).Append("\">Related headline number ").Append(i).Append(" about the truce in Kyiv</a></li>");
        }

        page.Append("</ul></div></div><aside><h3>Most read</h3><ol>");
        for (var i = 0; i < 10; i++)
        {
            page.Append("<li><a href=\"/popular/").Append(i).Append("\">Popular story ").Append(i).Append("</a></li>");
        }

        page.Append("</ol></aside></main><footer><div>");
        for (var i = 0; i < 50; i++)
        {
            page.Append("<a href=\"/footer/").Append(i).Append("\">Footer link ").Append(i).Append("</a> ");
        }

        return page.Append("</div><p>© 2025 Wire. All rights reserved.</p></footer></body></html>").ToString();
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
