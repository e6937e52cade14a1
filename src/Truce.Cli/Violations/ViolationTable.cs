using System.Globalization;
using Truce.Domain.Violations;

namespace Truce.Cli.Violations;

/// <summary>Violations as an aligned plain-text table for a terminal, one row each, rationale last.</summary>
public static class ViolationTable
{
    public static void Write(IReadOnlyList<Violation> violations, TextWriter output)
    {
        if (violations.Count == 0)
        {
            output.WriteLine("no violations");
            return;
        }

        var rows = violations.Select(v => new[]
        {
            v.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            v.Term.Value,
            v.Party?.Value ?? "unknown",
            ViolationJson.CategoryName(v.Category),
            ViolationJson.Confidence(v.Confidence),
            v.Incident.Value,
            v.Rationale,
        }).ToList();
        string[] header = ["time (UTC)", "term", "party", "category", "conf.", "incident", "rationale"];
        var widths = Enumerable.Range(0, header.Length - 1)
            .Select(column => rows.Select(row => row[column].Length).Append(header[column].Length).Max())
            .ToArray();

        WriteRow(header);
        foreach (var row in rows)
        {
            WriteRow(row);
        }

        output.WriteLine($"{violations.Count} violation(s)");

        void WriteRow(string[] cells)
        {
            var padded = cells.Take(widths.Length).Select((cell, column) => cell.PadRight(widths[column]));
            output.WriteLine(string.Join("  ", padded) + "  " + cells[^1]);
        }
    }
}
