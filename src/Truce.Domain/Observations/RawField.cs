namespace Truce.Domain.Observations;

/// <summary>
/// One field of one record before validation. <see cref="Name"/> is the canonical dotted name
/// (<c>source.kind</c>); <see cref="Display"/> is how errors name it in this file's format.
/// <see cref="Offset"/> is where its value starts (a byte offset for JSON, the 1-based column for CSV),
/// turned into line and column by <see cref="RecordContext.Locate"/> only when an error needs it.
/// </summary>
internal sealed record RawField(string Name, string Display, FieldKind Kind, string? Text, int Offset, PositionedJson? Json = null);
