using System.Globalization;
using System.Text;

namespace Truce.Reports.Daily;

/// <summary>Writes a daily report as Markdown that links its pictures as files beside it.</summary>
public static class DailyReportMarkdown
{
    public static string Write(DailyReport report, string mapFileName, string trendFileName)
    {
        var figures = report.Figures;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Daily report {figures.Day:yyyy-MM-dd}: {report.AgreementTitle}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Agreement `{report.AgreementId}`. Violations recorded on {figures.Day:yyyy-MM-dd} (UTC): **{figures.Total.Count}** ");
        text.Append(CultureInfo.InvariantCulture, $"({ChangeText.VersusPreviousDay(figures.Total)} against the previous day; 7-day average {ChangeText.SevenDayAverage(figures.Total)}).\n\n");

        Table(text, "By party", "party", figures.ByParty, key => report.PartyNames.TryGetValue(key, out var name) ? $"{key} — {name}" : key);
        Table(text, "By category", "category", figures.ByCategory, key => key);
        Table(text, "By type", "type", figures.ByType, key => $"`{key}`");
        Table(text, "By zone", "zone", figures.ByZone, key => key);
        Table(text, "By term", "term", figures.ByTerm, key => key);

        text.Append(CultureInfo.InvariantCulture, $"## Map\n\n![Violations on {figures.Day:yyyy-MM-dd}]({mapFileName})\n\n");
        text.Append(CultureInfo.InvariantCulture, $"## Trend\n\n![Violations per day and party]({trendFileName})\n\n");

        text.Append("## Most serious violations\n\n");
        if (figures.MostSerious.Count == 0)
        {
            text.Append("None.\n\n");
        }

        foreach (var item in figures.MostSerious)
        {
            var v = item.Violation;
            text.Append(CultureInfo.InvariantCulture, $"- **{v.At:HH:mm}Z {v.Term} {v.Party?.Value ?? "party unknown"}** ({v.Category.ToString().ToLowerInvariant()}, confidence {v.Confidence:0.00}) — {Escape(v.Rationale)} Incident `{v.Incident}`.\n");
        }

        text.Append("\n## Restrictions on monitors\n\n");
        if (figures.Restrictions.Count == 0)
        {
            text.Append("None reported.\n");
        }

        foreach (var restriction in figures.Restrictions)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {restriction.At:HH:mm}Z `{restriction.Type}` at {restriction.Lat:0.000}, {restriction.Lon:0.000}");
            text.Append(restriction.Party is null ? "" : $", attributed to {restriction.Party}");
            text.Append(restriction.Narrative is null ? ".\n" : $": {Escape(restriction.Narrative)}\n");
        }

        text.Append('\n');
        foreach (var note in report.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"_{Escape(note)}_\n\n");
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, string column, IReadOnlyList<CountRow> rows, Func<string, string> label)
    {
        text.Append(CultureInfo.InvariantCulture, $"## {title}\n\n| {column} | today | vs previous day | 7-day average |\n|---|---:|---:|---:|\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {label(row.Key)} | {row.Count} | {ChangeText.VersusPreviousDay(row)} | {ChangeText.SevenDayAverage(row)} |\n");
        }

        text.Append('\n');
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
