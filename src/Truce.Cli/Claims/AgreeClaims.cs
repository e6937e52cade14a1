using System.Globalization;
using Truce.Claims.Scoring;
using Truce.Claims.Text;

namespace Truce.Cli.Claims;

/// <summary>
/// `truce claims agree REFERENCE OTHER`: how far a second, independent annotation (OTHER/NAME.gold.json) agrees with
/// the corpus annotation of the same articles (REFERENCE/NAME.gold.json beside REFERENCE/NAME.txt or .html), in the
/// scorer's precision, recall and F1 with the reference as gold — the ceiling an extractor can be expected to reach
/// against annotators who follow the same rules. Every annotation of OTHER must have its article and reference; one
/// that has not, or that cannot be read, is named on standard error, and the command exits 1 without totals.
/// </summary>
public static class AgreeClaims
{
    private const string Command = "truce claims agree";

    public static int Run(string referenceFolder, string otherFolder, bool details, TextWriter output, TextWriter error)
    {
        foreach (var folder in new[] { referenceFolder, otherFolder })
        {
            if (!Directory.Exists(folder))
            {
                error.WriteLine($"{Command}: {folder}: no such folder");
                return ExitCodes.UserError;
            }
        }

        var others = CorpusEvaluation.GoldFiles(otherFolder);
        if (others.Count == 0)
        {
            error.WriteLine($"{Command}: {otherFolder}: no NAME.gold.json annotations found");
            return ExitCodes.UserError;
        }

        var scores = new List<ArticleScore>();
        var problems = 0;
        foreach (var otherFile in others)
        {
            if (Compare(referenceFolder, otherFile) is { } score)
            {
                scores.Add(score);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"## {score.Name}: speakers F1 {score.Speakers.F1:F3}, places F1 {score.Places.F1:F3}, events F1 {score.Events.F1:F3}"));
                if (details)
                {
                    foreach (var difference in score.Differences)
                    {
                        output.WriteLine("  " + difference);
                    }
                }
            }
            else
            {
                problems++;
            }
        }

        if (problems > 0)
        {
            error.WriteLine($"{Command}: {problems} of {others.Count} annotation(s) could not be compared; no totals");
            return ExitCodes.UserError;
        }

        output.WriteLine();
        output.Write(ClaimsScorer.Summary(scores));
        return ExitCodes.Success;

        ArticleScore? Compare(string referenceDirectory, string otherFile)
        {
            var name = Path.GetFileName(otherFile)[..^".gold.json".Length];
            var article = new[] { ".txt", ".html" }.Select(ext => Path.Combine(referenceDirectory, name + ext)).FirstOrDefault(File.Exists);
            var referenceFile = Path.Combine(referenceDirectory, name + ".gold.json");
            if (article is null || !File.Exists(referenceFile))
            {
                error.WriteLine($"{Command}: {Path.GetFileName(otherFile)}: no {(article is null ? $"article {name}.txt or {name}.html" : $"reference {name}.gold.json")} in {referenceDirectory}");
                return null;
            }

            var read = ArticleReader.Read(File.ReadAllBytes(article), Path.GetFileName(article));
            var reference = GoldArticle.Read(File.ReadAllText(referenceFile), Path.GetFileName(referenceFile));
            var other = GoldArticle.Read(File.ReadAllText(otherFile), Path.GetFileName(otherFile));
            var problem = read.Problem ?? reference.Problem ?? other.Problem;
            if (problem is not null)
            {
                error.WriteLine($"{Command}: {problem}");
                return null;
            }

            return AnnotationAgreement.Compare(name, read.Article!.Text, reference.Gold!, other.Gold!);
        }
    }
}
