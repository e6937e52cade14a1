using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Claims;

/// <summary>A place the article names, with every mention's UTF-16 offsets in the plain text.</summary>
public sealed record ResolvedPlace(GazetteerEntry Place, IReadOnlyList<TextSpan> Mentions);
