using System.Text;
using System.Text.Json;

namespace Truce.Reports.Daily;

/// <summary>
/// Writes a daily report's figures as JSON (snake_case, stable member order, pictures left out), for
/// scripts that chart or compare days.
/// </summary>
public static class DailyReportJson
{
    public static string Write(DailyReport report)
    {
        var figures = report.Figures;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("agreement", report.AgreementId);
            json.WriteString("day", figures.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WritePropertyName("total");
            Row(json, figures.Total);
            Rows(json, "by_party", figures.ByParty);
            Rows(json, "by_category", figures.ByCategory);
            Rows(json, "by_type", figures.ByType);
            Rows(json, "by_zone", figures.ByZone);
            Rows(json, "by_term", figures.ByTerm);
            json.WriteStartArray("most_serious");
            foreach (var item in figures.MostSerious)
            {
                var v = item.Violation;
                json.WriteStartObject();
                json.WriteString("incident", v.Incident.Value);
                json.WriteString("term", v.Term.Value);
                if (v.Party is { } party)
                {
                    json.WriteString("party", party.Value);
                }
                else
                {
                    json.WriteNull("party");
                }

                json.WriteString("at", v.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("category", v.Category.ToString().ToLowerInvariant());
                json.WriteNumber("confidence", Math.Round(v.Confidence, 4));
                json.WriteString("rationale", v.Rationale);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("restrictions");
            foreach (var restriction in figures.Restrictions)
            {
                json.WriteStartObject();
                json.WriteString("at", restriction.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("type", restriction.Type);
                json.WriteNumber("lat", restriction.Lat);
                json.WriteNumber("lon", restriction.Lon);
                json.WriteString("party", restriction.Party);
                json.WriteString("narrative", restriction.Narrative);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Rows(Utf8JsonWriter json, string name, IReadOnlyList<CountRow> rows)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            Row(json, row);
        }

        json.WriteEndArray();
    }

    private static void Row(Utf8JsonWriter json, CountRow row)
    {
        json.WriteStartObject();
        json.WriteString("key", row.Key);
        json.WriteNumber("count", row.Count);
        json.WriteNumber("previous_day", row.PreviousDay);
        if (row.SevenDayAverage is { } average)
        {
            json.WriteNumber("seven_day_average", Math.Round(average, 2));
        }
        else
        {
            json.WriteNull("seven_day_average");
        }

        json.WriteEndObject();
    }
}
