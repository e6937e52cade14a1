namespace Truce.Claims.Scoring;

/// <summary>Either a gold annotation or a message saying where and why it is malformed.</summary>
public sealed record GoldReadResult(GoldArticle? Gold, string? Problem)
{
    public static GoldReadResult Ok(GoldArticle gold) => new(gold, null);

    public static GoldReadResult Fail(string problem) => new(null, problem);
}
