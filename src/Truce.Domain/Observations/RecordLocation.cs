namespace Truce.Domain.Observations;

/// <summary>Where a record's id stands in its file (1-based line and column), so later findings about it can point there.</summary>
public sealed record RecordLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
