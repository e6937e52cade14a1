using System.Globalization;
using System.Text;

namespace Truce.Reports.Summary;

/// <summary>Writes a mission summary as one self-contained HTML5 page with embedded pictures.</summary>
public static class SummaryReportHtml
{
    public static string Write(SummaryReport report)
    {
        var figures = report.Figures;
        var parties = figures.ByParty.Select(row => row.Key).ToList();
        var html = new StringBuilder();
        HtmlPage.Open(html, $"Mission summary: {report.AgreementTitle}");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Mission summary</h1>\n<p>{E(report.AgreementTitle)} (agreement <code>{E(report.AgreementId)}</code>), {figures.FirstDay:yyyy-MM-dd} to {figures.LastDay:yyyy-MM-dd} (UTC).</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"total\">Violations in the window: <strong>{figures.Total}</strong>.</p>\n");

        html.Append("<h2>By party</h2>\n<table id=\"by-party\">\n<thead><tr><th>party</th><th>violations</th></tr></thead>\n<tbody>\n");
        foreach (var row in figures.ByParty)
        {
            var label = report.PartyNames.TryGetValue(row.Key, out var name) ? $"{row.Key} — {name}" : row.Key;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label)}</td><td class=\"n\">{row.Count}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<h2>By term</h2>\n<table id=\"by-term\">\n<thead><tr><th>term</th><th>text</th><th>all</th>");
        html.Append(string.Concat(parties.Select(party => $"<th>{E(party)}</th>")));
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in figures.ByTerm)
        {
            var termText = report.TermTexts.TryGetValue(row.Term, out var t) ? t : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Term)}</td><td>{E(termText)}</td><td class=\"n\">{row.Total}</td>");
            html.Append(string.Concat(parties.Select(party => $"<td class=\"n\">{row.ByParty[party]}</td>")));
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<h2>Worst days</h2>\n<table id=\"worst-days\">\n<thead><tr><th>day</th><th>violations</th></tr></thead>\n<tbody>\n");
        foreach (var day in figures.WorstDays)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(day.Key)}</td><td class=\"n\">{day.Count}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        HtmlPage.Image(html, "map", "Map of the window", "All violations", report.MapPng);
        HtmlPage.Image(html, "trend", "Trend", "Violations per day and party", report.TrendPng);
        HtmlPage.Image(html, "heat-map", "Along the line", $"Violations per {figures.BandKm:0} km band of the contact line and day", report.HeatMapPng);
        HtmlPage.Close(html, report.Notes);
        return html.ToString();
    }

    private static string E(string text) => HtmlPage.Escape(text);
}
