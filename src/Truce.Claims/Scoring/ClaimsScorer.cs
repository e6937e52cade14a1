using System.Globalization;
using System.Text;

namespace Truce.Claims.Scoring;

/// <summary>
/// Compares extracted claims with a gold annotation. A statement counts as correct when its words
/// contain the gold snippet and its speaker is the gold speaker (the name alone or the role and
/// name: "Pope Leo", or the call sign of a speaker known by one: "Kosa"), ignoring punctuation at the snippet's edges; places compare as sets of gazetteer names; an event is correct when action,
/// place and claimant all agree. Comparisons ignore case, a leading "the" and quote styles.
/// </summary>
public static class ClaimsScorer
{
    public static ArticleScore Score(string name, ClaimsReport report, GoldArticle gold)
    {
        var differences = new List<string>();

        var used = new HashSet<int>();
        var speakersCorrect = 0;
        foreach (var goldStatement in gold.Statements)
        {
            var snippet = Normalise(goldStatement.Quote).Trim(SnippetEdges);
            var index = -1;
            for (var i = 0; i < report.Statements.Count; i++)
            {
                if (!used.Contains(i) && Normalise(report.Statements[i].Text).Contains(snippet, StringComparison.Ordinal))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                differences.Add($"statement missed: {goldStatement.Speaker}: \"{goldStatement.Quote}\"");
                continue;
            }

            used.Add(index);
            var found = report.Statements[index];
            if (SameSpeaker(goldStatement.Speaker, found.Speaker, found.Role, found.CallSign))
            {
                speakersCorrect++;
            }
            else
            {
                differences.Add($"speaker wrong: \"{goldStatement.Quote}\": expected {goldStatement.Speaker}, got {found.Speaker}");
            }
        }

        for (var i = 0; i < report.Statements.Count; i++)
        {
            if (!used.Contains(i))
            {
                differences.Add($"statement extra: {report.Statements[i].Speaker}: \"{Shorten(report.Statements[i].Text)}\"");
            }
        }

        var goldPlaces = gold.Places.Select(Key).ToHashSet();
        var foundPlaces = report.Places.Select(p => Key(p.Place.Name)).ToHashSet();
        foreach (var missed in goldPlaces.Except(foundPlaces))
        {
            differences.Add($"place missed: {missed}");
        }

        foreach (var extra in foundPlaces.Except(goldPlaces))
        {
            differences.Add($"place extra: {extra}");
        }

        var remaining = report.Events.ToList();
        var eventsCorrect = 0;
        foreach (var goldEvent in gold.Events)
        {
            var match = remaining.FirstOrDefault(e => e.Action == goldEvent.Action && Key(e.Place) == Key(goldEvent.Place)
                && (goldEvent.Claimant is null ? e.Claimant is null : e.Claimant is not null && SameSpeaker(goldEvent.Claimant, e.Claimant, e.ClaimantRole, e.ClaimantCallSign)));
            if (match is null)
            {
                differences.Add($"event missed: {goldEvent.Claimant ?? "-"} {goldEvent.Action} @ {goldEvent.Place ?? "-"}");
                continue;
            }

            remaining.Remove(match);
            eventsCorrect++;
        }

        foreach (var extra in remaining)
        {
            differences.Add($"event extra: {extra.Claimant ?? "-"} {extra.Action} @ {extra.Place ?? "-"}");
        }

        return new ArticleScore(
            name,
            new PrecisionRecall(speakersCorrect, report.Statements.Count, gold.Statements.Count),
            new PrecisionRecall(goldPlaces.Intersect(foundPlaces).Count(), foundPlaces.Count, goldPlaces.Count),
            new PrecisionRecall(eventsCorrect, report.Events.Count, gold.Events.Count),
            differences);
    }

    /// <summary>A table of the totals over <paramref name="scores"/>.</summary>
    public static string Summary(IReadOnlyList<ArticleScore> scores)
    {
        var speakers = scores.Select(s => s.Speakers).Aggregate(new PrecisionRecall(0, 0, 0), PrecisionRecall.Add);
        var places = scores.Select(s => s.Places).Aggregate(new PrecisionRecall(0, 0, 0), PrecisionRecall.Add);
        var events = scores.Select(s => s.Events).Aggregate(new PrecisionRecall(0, 0, 0), PrecisionRecall.Add);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| measure ({scores.Count} articles) | precision | recall | F1 | correct / predicted / gold |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (label, value) in new[] { ("speaker attribution", speakers), ("places", places), ("event claims", events) })
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {label} | {value.Precision:F3} | {value.Recall:F3} | {value.F1:F3} | {value.Correct} / {value.Predicted} / {value.Gold} |");
        }

        return text.ToString();
    }

    // A person known only by a description and a call sign may be annotated by either (corpus README).
    private static bool SameSpeaker(string gold, string speaker, string? role, string? callSign) =>
        Key(gold) == Key(speaker) || (role is not null && Key(gold) == Key(role + " " + speaker))
        || (callSign is not null && Key(gold) == Key(callSign));

    internal static string Key(string? value)
    {
        if (value is null)
        {
            return "";
        }

        var key = Normalise(value);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var d = c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(d))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(d);
        }

        return builder.ToString();
    }

    /// <summary>Punctuation an annotator may copy at a snippet's edge ("…president," he said) that is not one of the words said.</summary>
    internal static readonly char[] SnippetEdges = [',', '.', ';', ':', ' ', '"', '\''];

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
