using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Claims.Scoring;

/// <summary>
/// Scores the extractor over a folder of articles (NAME.txt or NAME.html) with hand annotations
/// beside them (NAME.gold.json). Articles are read as the CLI reads them.
/// </summary>
public static class CorpusEvaluation
{
    /// <summary>Every article's score, in file-name order; throws <see cref="InvalidDataException"/> on the first article that cannot be scored.</summary>
    public static IReadOnlyList<ArticleScore> Run(string folder, IReadOnlyList<PartyAliases> parties)
    {
        var extractor = new ClaimsExtractor(Gazetteer.Default, parties);
        var scores = new List<ArticleScore>();
        foreach (var goldFile in GoldFiles(folder))
        {
            var evaluation = Evaluate(extractor, goldFile);
            scores.Add(evaluation.Score ?? throw new InvalidDataException(evaluation.Problem));
        }

        return scores;
    }

    /// <summary>The annotation files (NAME.gold.json) of <paramref name="folder"/>, in ordinal file-name order.</summary>
    public static IReadOnlyList<string> GoldFiles(string folder) =>
        [.. Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal)];

    /// <summary>The article files (NAME.txt, NAME.html) of <paramref name="folder"/> that have no annotation beside them.</summary>
    public static IReadOnlyList<string> UnannotatedArticles(string folder) =>
        [.. Directory.GetFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => !File.Exists(Path.ChangeExtension(f, null) + ".gold.json")).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Scores the article beside <paramref name="goldFile"/>. A missing or unreadable article and a
    /// malformed annotation are results with a message naming the file; an extractor bug throws.
    /// </summary>
    public static ArticleEvaluation Evaluate(ClaimsExtractor extractor, string goldFile)
    {
        var stem = goldFile[..^".gold.json".Length];
        var name = Path.GetFileName(stem);
        var article = new[] { stem + ".txt", stem + ".html" }.FirstOrDefault(File.Exists);
        if (article is null)
        {
            return ArticleEvaluation.Fail(name, null, $"{Path.GetFileName(goldFile)}: no article beside it (expected {name}.txt or {name}.html)");
        }

        var read = ArticleReader.Read(File.ReadAllBytes(article), Path.GetFileName(article));
        if (read.Article is not { } text)
        {
            return ArticleEvaluation.Fail(name, article, read.Problem!);
        }

        var gold = GoldArticle.Read(File.ReadAllText(goldFile), Path.GetFileName(goldFile));
        if (gold.Gold is null)
        {
            return ArticleEvaluation.Fail(name, article, gold.Problem!);
        }

        var report = extractor.Extract(text.Text);
        return ArticleEvaluation.Ok(name, article, ClaimsScorer.Score(name, report, gold.Gold));
    }
}
