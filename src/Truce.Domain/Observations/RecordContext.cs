namespace Truce.Domain.Observations;

/// <summary>
/// Where one record sits in its file and where its errors go. <see cref="Locate"/> maps a byte
/// offset of a JSON record to line and column; <see cref="PathPrefix"/> is prepended to field names
/// in messages (GeoJSON's <c>features[3].properties.</c>).
/// </summary>
internal sealed record RecordContext(
    string File,
    int Line,
    int Column,
    string PathPrefix,
    Func<int, (int Line, int Column)> Locate,
    List<ObservationError> Errors)
{
    public void Report(int line, int column, string field, string message) =>
        Errors.Add(new ObservationError(File, line, column, field, message));

    public void Report(RawField field, string message)
    {
        var (line, column) = Locate(field.Offset);
        Report(line, column, field.Display, message);
    }

    public void ReportMissing(string name, string message) => Report(Line, Column, PathPrefix + name, message);
}
