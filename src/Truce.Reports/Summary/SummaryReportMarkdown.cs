using System.Globalization;
using System.Text;

namespace Truce.Reports.Summary;

/// <summary>Writes a mission summary as Markdown that links its pictures as files beside it.</summary>
public static class SummaryReportMarkdown
{
    public static string Write(SummaryReport report, string mapFileName, string trendFileName, string heatMapFileName)
    {
        var figures = report.Figures;
        var parties = figures.ByParty.Select(row => row.Key).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Mission summary: {report.AgreementTitle}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Agreement `{report.AgreementId}`, {figures.FirstDay:yyyy-MM-dd} to {figures.LastDay:yyyy-MM-dd} (UTC): **{figures.Total}** violations.\n\n");

        text.Append("## By party\n\n| party | violations |\n|---|---:|\n");
        foreach (var row in figures.ByParty)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {PartyLabel(report, row.Key)} | {row.Count} |\n");
        }

        text.Append("\n## By term\n\n| term | text | all |");
        text.Append(string.Concat(parties.Select(party => $" {party} |")));
        text.Append("\n|---|---|---:|");
        text.Append(string.Concat(parties.Select(_ => "---:|")));
        text.Append('\n');
        foreach (var row in figures.ByTerm)
        {
            var termText = report.TermTexts.TryGetValue(row.Term, out var t) ? t : "";
            text.Append(CultureInfo.InvariantCulture, $"| {row.Term} | {termText.Replace("|", "\\|", StringComparison.Ordinal)} | {row.Total} |");
            text.Append(string.Concat(parties.Select(party => $" {row.ByParty[party]} |")));
            text.Append('\n');
        }

        text.Append("\n## Worst days\n\n| day | violations |\n|---|---:|\n");
        foreach (var day in figures.WorstDays)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {day.Key} | {day.Count} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## Map of the window\n\n![All violations]({mapFileName})\n\n");
        text.Append(CultureInfo.InvariantCulture, $"## Trend\n\n![Violations per day and party]({trendFileName})\n\n");
        text.Append(CultureInfo.InvariantCulture, $"## Along the line\n\n![Violations per {figures.BandKm:0} km band of the contact line and day]({heatMapFileName})\n\n");
        foreach (var note in report.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"_{note}_\n\n");
        }

        return text.ToString();
    }

    private static string PartyLabel(SummaryReport report, string key) =>
        report.PartyNames.TryGetValue(key, out var name) ? $"{key} — {name}" : key;
}
