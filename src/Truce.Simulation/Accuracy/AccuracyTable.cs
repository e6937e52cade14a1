using System.Globalization;
using System.Text;
using Truce.Domain.Agreements;

namespace Truce.Simulation.Accuracy;

/// <summary>An <see cref="AccuracyReport"/> as a Markdown table (readable as plain text too); ratios with three decimals, "–" when undefined.</summary>
public static class AccuracyTable
{
    public static string Markdown(AccuracyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine("| term kind | true | found | recall | recall, any party | raw precision | unique precision | found/true | duplicates | false reports | misattributed | unattributed | not broken |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in report.Kinds.Append(report.Total))
        {
            var name = row.Kind is { } kind ? TermKinds.Name(kind) : "**all**";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {row.TrueViolations} | {row.Findings} | {F(row.Recall)} | {F(row.DetectionRecall)} | {F(row.RawPrecision)} | {F(row.UniquePrecision)} | {F(row.Inflation)} | {Share(row.Duplicates, row.DuplicateShare)} | {Share(row.FalseReports, row.FalseReportShare)} | {Share(row.Misattributed, row.MisattributedShare)} | {Share(row.Unattributed, row.UnattributedShare)} | {Share(row.NotBroken, row.NotBrokenShare)} |"));
        }

        if (report.FindingsNotMeasured > 0)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"\n{report.FindingsNotMeasured} no-buildup finding(s) not measured (a daily total, not one event's finding)."));
        }

        return text.ToString();
    }

    private static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Share(int count, double share) =>
        double.IsNaN(share) ? "0" : string.Create(CultureInfo.InvariantCulture, $"{count} ({share:0.0%})");
}
