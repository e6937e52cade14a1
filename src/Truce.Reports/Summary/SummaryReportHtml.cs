using System.Globalization;
using System.Net;
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
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Mission summary: {E(report.AgreementTitle)}</title>\n");
        html.Append("<style>body{font-family:sans-serif;max-width:1040px;margin:2em auto;color:#222}table{border-collapse:collapse;margin-bottom:1.5em}th,td{border:1px solid #ccc;padding:.25em .6em}td.n{text-align:right}img{max-width:100%}.note{color:#555;font-size:.9em}</style>\n");
        html.Append("</head>\n<body>\n");
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
        Image(html, "map", "Map of the window", "All violations", report.MapPng);
        Image(html, "trend", "Trend", "Violations per day and party", report.TrendPng);
        Image(html, "heat-map", "Along the line", $"Violations per {figures.BandKm:0} km band of the contact line and day", report.HeatMapPng);
        foreach (var note in report.Notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(note)}</p>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Image(StringBuilder html, string id, string heading, string alt, byte[] png) =>
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(heading)}</h2>\n<img id=\"{id}\" alt=\"{E(alt)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
