namespace Truce.Domain.Observations;

/// <summary>
/// Why one field of one record in an observation file cannot be accepted. <see cref="Line"/> and
/// <see cref="Column"/> are 1-based (a CSV column is its 1-based index); <see cref="Field"/> is the
/// field name (NDJSON), the column name (CSV) or the JSON path (GeoJSON).
/// </summary>
public sealed record ObservationError(string File, int Line, int Column, string Field, string Message)
{
    /// <summary>The <c>file:line:col: field: message</c> form the CLI prints.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Field}: {Message}";
}
