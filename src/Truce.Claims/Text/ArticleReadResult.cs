namespace Truce.Claims.Text;

/// <summary>Either the article's text or a message saying why the input cannot be read.</summary>
public sealed record ArticleReadResult(ArticleText? Article, string? Problem)
{
    public bool Succeeded => Article is not null;

    public static ArticleReadResult Ok(ArticleText article) => new(article, null);

    public static ArticleReadResult Fail(string problem) => new(null, problem);
}
