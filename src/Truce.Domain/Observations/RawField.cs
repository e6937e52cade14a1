namespace Truce.Domain.Observations;

/// <summary>
/// One field of one record before validation. <see cref="Name"/> is the canonical dotted name
/// (<c>source.kind</c>); <see cref="Display"/> is how errors name it in this file's format.
/// </summary>
internal sealed record RawField(string Name, string Display, FieldKind Kind, string? Text, int Line, int Column, PositionedJson? Json = null);
