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
    public static IReadOnlyList<ArticleScore> Run(string folder, IReadOnlyList<PartyAliases> parties)
    {
        var extractor = new ClaimsExtractor(Gazetteer.Default, parties);
        var scores = new List<ArticleScore>();
        foreach (var goldFile in Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var stem = goldFile[..^".gold.json".Length];
            var article = new[] { stem + ".txt", stem + ".html" }.FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"no article beside {goldFile}", stem + ".txt");
            var read = ArticleReader.Read(File.ReadAllBytes(article), article);
            if (read.Article is not { } text)
            {
                throw new InvalidDataException(read.Problem);
            }

            var report = extractor.Extract(text.Text);
            scores.Add(ClaimsScorer.Score(Path.GetFileName(stem), report, GoldArticle.Parse(File.ReadAllText(goldFile))));
        }

        return scores;
    }
}
