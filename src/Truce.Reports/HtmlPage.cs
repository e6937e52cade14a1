using System.Globalization;
using System.Net;
using System.Text;

namespace Truce.Reports;

/// <summary>
/// The frame every HTML report shares: one self-contained HTML5 page, its own small style sheet,
/// pictures embedded as PNG data URIs, notes at the foot — no external fonts, scripts or styles.
/// </summary>
public static class HtmlPage
{
    private const string Style =
        "body{font-family:sans-serif;max-width:1040px;margin:2em auto;color:#222}table{border-collapse:collapse;margin-bottom:1.5em}" +
        "th,td{border:1px solid #ccc;padding:.25em .6em}td.n{text-align:right}img{max-width:100%}.note{color:#555;font-size:.9em}";

    public static void Open(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n");
    }

    public static void Image(StringBuilder html, string id, string heading, string alt, byte[] png) =>
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Escape(heading)}</h2>\n<img id=\"{id}\" alt=\"{Escape(alt)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">\n");

    public static void Close(StringBuilder html, IEnumerable<string> notes)
    {
        foreach (var note in notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Escape(note)}</p>\n");
        }

        html.Append("</body>\n</html>\n");
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
