namespace Truce.Claims.Scoring;

/// <summary>
/// How far a second, independent annotation of an article agrees with its corpus annotation, counted the way
/// <see cref="ClaimsScorer"/> counts the extractor, with the corpus annotation as gold: two statements pair up when
/// their snippets cover overlapping words of the article (annotators cut snippets at different lengths) and agree when
/// their speakers do; places compare as sets; events agree on action, place and claimant. Comparisons ignore case, a
/// leading "the" and quote styles. A snippet that is not in the article pairs with nothing.
/// </summary>
public static class AnnotationAgreement
{
    public static ArticleScore Compare(string name, string articleText, GoldArticle reference, GoldArticle other)
    {
        var differences = new List<string>();
        var text = ClaimsScorer.Normalise(articleText);
        var otherSpans = other.Statements.Select(s => Span(text, s.Quote)).ToList();
        var used = new bool[other.Statements.Count];
        var speakersAgree = 0;
        foreach (var statement in reference.Statements)
        {
            var (start, end) = Span(text, statement.Quote);
            var index = -1;
            for (var i = 0; i < otherSpans.Count && index < 0 && start >= 0; i++)
            {
                if (!used[i] && otherSpans[i].Start >= 0 && otherSpans[i].Start < end && start < otherSpans[i].End)
                {
                    index = i;
                }
            }

            if (index < 0)
            {
                differences.Add($"statement only in the reference: {statement.Speaker}: \"{statement.Quote}\"");
                continue;
            }

            used[index] = true;
            if (ClaimsScorer.Key(statement.Speaker) == ClaimsScorer.Key(other.Statements[index].Speaker))
            {
                speakersAgree++;
            }
            else
            {
                differences.Add($"speaker differs: \"{statement.Quote}\": reference {statement.Speaker}, other {other.Statements[index].Speaker}");
            }
        }

        for (var i = 0; i < used.Length; i++)
        {
            if (!used[i])
            {
                differences.Add($"statement only in the other: {other.Statements[i].Speaker}: \"{other.Statements[i].Quote}\"");
            }
        }

        var referencePlaces = reference.Places.Select(ClaimsScorer.Key).ToHashSet();
        var otherPlaces = other.Places.Select(ClaimsScorer.Key).ToHashSet();
        differences.AddRange(referencePlaces.Except(otherPlaces).Select(p => $"place only in the reference: {p}"));
        differences.AddRange(otherPlaces.Except(referencePlaces).Select(p => $"place only in the other: {p}"));

        var remaining = other.Events.Select(EventKey).ToList();
        var eventsAgree = 0;
        foreach (var gold in reference.Events)
        {
            if (remaining.Remove(EventKey(gold)))
            {
                eventsAgree++;
            }
            else
            {
                differences.Add($"event only in the reference: {gold.Claimant ?? "-"} {gold.Action} @ {gold.Place ?? "-"}");
            }
        }

        differences.AddRange(remaining.Select(e => $"event only in the other: {e}"));
        return new ArticleScore(
            name,
            new PrecisionRecall(speakersAgree, other.Statements.Count, reference.Statements.Count),
            new PrecisionRecall(referencePlaces.Intersect(otherPlaces).Count(), otherPlaces.Count, referencePlaces.Count),
            new PrecisionRecall(eventsAgree, other.Events.Count, reference.Events.Count),
            differences);
    }

    private static (int Start, int End) Span(string normalisedText, string quote)
    {
        var snippet = ClaimsScorer.Normalise(quote).Trim(ClaimsScorer.SnippetEdges);
        var start = snippet.Length == 0 ? -1 : normalisedText.IndexOf(snippet, StringComparison.Ordinal);
        return (start, start < 0 ? -1 : start + snippet.Length);
    }

    private static string EventKey(GoldEvent e) =>
        $"{(e.Claimant is null ? "-" : ClaimsScorer.Key(e.Claimant))} {e.Action} @ {(e.Place is null ? "-" : ClaimsScorer.Key(e.Place))}";
}
