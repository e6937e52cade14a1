using System.Globalization;
using System.Text;

namespace Truce.Reports.Daily;

/// <summary>
/// Writes a daily report as one self-contained HTML5 page: pictures embedded as data URIs, no
/// external fonts, scripts or styles, so it opens offline and can be mailed as one file.
/// </summary>
public static class DailyReportHtml
{
    public static string Write(DailyReport report)
    {
        var figures = report.Figures;
        var day = figures.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        HtmlPage.Open(html, $"Daily report {day}: {report.AgreementTitle}");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Daily report {day}</h1>\n<p>{E(report.AgreementTitle)} (agreement <code>{E(report.AgreementId)}</code>).</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"total\">Violations recorded on {day} (UTC): <strong>{figures.Total.Count}</strong> ({E(ChangeText.VersusPreviousDay(figures.Total))} against the previous day; 7-day average {ChangeText.SevenDayAverage(figures.Total)}).</p>\n");

        Table(html, "by-party", "By party", "party", figures.ByParty, key => report.PartyNames.TryGetValue(key, out var name) ? $"{key} — {name}" : key);
        Table(html, "by-category", "By category", "category", figures.ByCategory, key => key);
        Table(html, "by-type", "By type", "type", figures.ByType, key => key);
        Table(html, "by-zone", "By zone", "zone", figures.ByZone, key => key);
        Table(html, "by-term", "By term", "term", figures.ByTerm, key => key);

        HtmlPage.Image(html, "map", "Map", $"Violations on {day}", report.MapPng);
        HtmlPage.Image(html, "trend", "Trend", "Violations per day and party", report.TrendPng);

        html.Append("<h2>Most serious violations</h2>\n<ol id=\"most-serious\">\n");
        foreach (var item in figures.MostSerious)
        {
            var v = item.Violation;
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{v.At:HH:mm}Z {E(v.Term.Value)} {E(v.Party?.Value ?? "party unknown")}</strong> ({v.Category.ToString().ToLowerInvariant()}, confidence {v.Confidence:0.00}): {E(v.Rationale)} Incident <code>{E(v.Incident.Value)}</code>.</li>\n");
        }

        html.Append("</ol>\n<h2>Restrictions on monitors</h2>\n<ul id=\"restrictions\">\n");
        foreach (var restriction in figures.Restrictions)
        {
            var party = restriction.Party is null ? "" : $", attributed to {restriction.Party}";
            var narrative = restriction.Narrative is null ? "" : $": {restriction.Narrative}";
            html.Append(CultureInfo.InvariantCulture, $"<li>{restriction.At:HH:mm}Z <code>{E(restriction.Type)}</code> at {restriction.Lat:0.000}, {restriction.Lon:0.000}{E(party)}{E(narrative)}</li>\n");
        }

        html.Append("</ul>\n");
        HtmlPage.Close(html, report.Notes);
        return html.ToString();
    }

    private static void Table(StringBuilder html, string id, string title, string column, IReadOnlyList<CountRow> rows, Func<string, string> label)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(title)}</h2>\n<table id=\"{id}\">\n<thead><tr><th>{E(column)}</th><th>today</th><th>vs previous day</th><th>7-day average</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label(row.Key))}</td><td class=\"n\">{row.Count}</td><td class=\"n\">{E(ChangeText.VersusPreviousDay(row))}</td><td class=\"n\">{ChangeText.SevenDayAverage(row)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => HtmlPage.Escape(text);
}
