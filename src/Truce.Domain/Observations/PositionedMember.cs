namespace Truce.Domain.Observations;

/// <summary>One property of a <see cref="PositionedJson"/> object, with where its name starts.</summary>
internal sealed record PositionedMember(string Name, int NameOffset, PositionedJson Value);
