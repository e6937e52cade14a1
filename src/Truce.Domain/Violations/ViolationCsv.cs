using System.Globalization;

namespace Truce.Domain.Violations;

/// <summary>
/// Violations as CSV (RFC 4180, LF line ends): a header row, then one row per violation with the
/// fields of <see cref="ViolationJson"/>; observation ids are joined by ';' and an unknown party is
/// an empty field.
/// </summary>
public static class ViolationCsv
{
    public const string Header = "incident,observations,term,party,day,category,confidence,rationale";

    public static void Write(IEnumerable<Violation> violations, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var violation in violations)
        {
            var fields = new[]
            {
                violation.Incident.Value,
                string.Join(';', violation.Observations.Select(id => id.Value)),
                violation.Term.Value,
                violation.Party?.Value ?? string.Empty,
                ViolationJson.Day(violation.Day),
                ViolationJson.CategoryName(violation.Category),
                ViolationJson.Confidence(violation.Confidence),
                violation.Rationale,
            };
            writer.Write(string.Join(',', fields.Select(Quote)));
            writer.Write('\n');
        }
    }

    public static string ToCsv(IEnumerable<Violation> violations)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(violations, writer);
        return writer.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
