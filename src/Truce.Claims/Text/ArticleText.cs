namespace Truce.Claims.Text;

/// <summary>
/// The plain text of an article that all offsets refer to (UTF-16 code units), with how it was
/// obtained: the encoding assumed for the bytes and whether HTML was stripped.
/// </summary>
public sealed record ArticleText(string Text, string AssumedEncoding, bool FromHtml, string? Warning);
