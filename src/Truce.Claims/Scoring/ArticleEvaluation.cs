namespace Truce.Claims.Scoring;

/// <summary>One annotated article of a corpus folder: its score, or why it could not be scored.</summary>
/// <param name="Name">The file name without extension, as scores name articles.</param>
/// <param name="Article">The article file, or null when there is none beside the annotation.</param>
/// <param name="Score">The article's score, or null when it could not be scored.</param>
/// <param name="Problem">Why it could not be scored, starting with the file at fault; null when scored.</param>
public sealed record ArticleEvaluation(string Name, string? Article, ArticleScore? Score, string? Problem)
{
    public static ArticleEvaluation Ok(string name, string article, ArticleScore score) => new(name, article, score, null);

    public static ArticleEvaluation Fail(string name, string? article, string problem) => new(name, article, null, problem);
}
