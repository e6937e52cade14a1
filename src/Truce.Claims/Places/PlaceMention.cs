using Truce.Claims.Text;

namespace Truce.Claims.Places;

/// <summary>One occurrence of a resolved place in the article text.</summary>
public sealed record PlaceMention(GazetteerEntry Place, TextSpan Span);
