using Truce.Claims.Parties;
using Truce.Claims.Scoring;

namespace Truce.Cli.Claims;

/// <summary>`truce claims score DIR`: precision, recall and F1 of the extractor over an annotated folder.</summary>
public static class ScoreClaims
{
    public static int Run(string folder, bool details, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"truce claims score: {folder}: no such folder");
            return 1;
        }

        var scores = CorpusEvaluation.Run(folder, PartyAliases.RussiaUkraineDefaults);
        if (scores.Count == 0)
        {
            error.WriteLine($"truce claims score: {folder}: no NAME.gold.json annotations found");
            return 1;
        }

        if (details)
        {
            foreach (var score in scores)
            {
                output.WriteLine($"## {score.Name}: speakers F1 {score.Speakers.F1:F3}, places F1 {score.Places.F1:F3}, events F1 {score.Events.F1:F3}");
                foreach (var difference in score.Differences)
                {
                    output.WriteLine("  " + difference);
                }
            }

            output.WriteLine();
        }

        output.Write(ClaimsScorer.Summary(scores));
        return 0;
    }
}
