using System.Globalization;
using Truce.Claims;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Scoring;

namespace Truce.Cli.Claims;

/// <summary>
/// `truce claims score DIR`: precision, recall and F1 of the extractor over an annotated folder.
/// An article that cannot be scored — no article beside its annotation, an unreadable article, a
/// malformed annotation, or an extractor bug — is named on standard error in one line, marked as not
/// scored in the output, and left out of the totals; the other articles are still scored. Exit 0 when
/// every article was scored, 1 when one could not be read, 2 when the extractor failed on one.
/// </summary>
public static class ScoreClaims
{
    private const string Command = "truce claims score";

    public static int Run(string folder, bool details, TextWriter output, TextWriter error, bool verbose = false)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"{Command}: {folder}: no such folder");
            return ExitCodes.UserError;
        }

        var goldFiles = CorpusEvaluation.GoldFiles(folder);
        if (goldFiles.Count == 0)
        {
            var articles = CorpusEvaluation.UnannotatedArticles(folder).Count;
            error.WriteLine($"{Command}: {folder}: no NAME.gold.json annotations found" + (articles == 0
                ? " and no articles (hint: put NAME.txt or NAME.html beside NAME.gold.json)"
                : string.Create(CultureInfo.InvariantCulture, $" ({articles} article(s) without one; hint: annotate each as NAME.gold.json, see the corpus README)")));
            return ExitCodes.UserError;
        }

        var set = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var extractor = new ClaimsExtractor(Gazetteer.Default, PartyAliases.RussiaUkraineDefaults);
        var exit = ExitCodes.Success;
        var scores = new List<ArticleScore>();
        var lines = new List<string>();
        foreach (var goldFile in goldFiles)
        {
            ArticleEvaluation evaluation;
            try
            {
                evaluation = CorpusEvaluation.Evaluate(extractor, goldFile);
            }
#pragma warning disable CA1031 // one article's extractor bug must not hide the scores of the others
            catch (Exception bug) when (ExtractorBug.IsReportable(bug))
#pragma warning restore CA1031
            {
                var name = Path.GetFileName(goldFile)[..^".gold.json".Length];
                var article = new[] { ".txt", ".html" }.Select(ext => name + ext).FirstOrDefault(f => File.Exists(Path.Combine(folder, f))) ?? name;
                ExtractorBug.Report(Command, $"{set}/{article}", bug, verbose, error);
                lines.Add($"## {name}: NOT SCORED (internal error in the extractor)");
                exit = ExitCodes.InternalError;
                continue;
            }

            if (evaluation.Score is not { } score)
            {
                error.WriteLine($"{Command}: {set}/{evaluation.Problem}");
                lines.Add($"## {evaluation.Name}: NOT SCORED (cannot be read)");
                exit = Math.Max(exit, ExitCodes.UserError);
                continue;
            }

            scores.Add(score);
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"## {score.Name}: speakers F1 {score.Speakers.F1:F3}, places F1 {score.Places.F1:F3}, events F1 {score.Events.F1:F3}"));
            if (details)
            {
                lines.AddRange(score.Differences.Select(difference => "  " + difference));
            }
        }

        var failed = goldFiles.Count - scores.Count;
        if (details || failed > 0)
        {
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }

            output.WriteLine();
        }

        if (failed > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failed} of {goldFiles.Count} article(s) not scored; the totals below leave them out."));
        }

        if (scores.Count > 0)
        {
            output.Write(ClaimsScorer.Summary(scores));
        }

        return exit;
    }
}
