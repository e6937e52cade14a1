namespace Truce.Claims.Scoring;

/// <summary>Scores of one article, with a readable line per miss and per false alarm.</summary>
public sealed record ArticleScore(
    string Name,
    PrecisionRecall Speakers,
    PrecisionRecall Places,
    PrecisionRecall Events,
    IReadOnlyList<string> Differences);
