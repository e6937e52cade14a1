using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Truce.Claims;

/// <summary>Writes a <see cref="ClaimsReport"/> as the JSON object of DESIGN.md §8, fields in that order.</summary>
public static class ClaimsJson
{
    public static string Write(ClaimsReport report, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            WriteNullable(json, "source", report.Source);
            WriteNullable(json, "published", report.Published);
            json.WriteStartArray("statements");
            foreach (var s in report.Statements)
            {
                json.WriteStartObject();
                json.WriteString("speaker", s.Speaker);
                WriteNullable(json, "role", s.Role);
                WriteNullable(json, "party", s.Party);
                json.WriteString("cue", s.Cue);
                json.WriteString("kind", s.Kind);
                json.WriteString("text", s.Text);
                json.WriteNumber("start", s.Start);
                json.WriteNumber("end", s.End);
                WriteNullable(json, "resolved_from", s.ResolvedFrom);
                WriteNullable(json, "call_sign", s.CallSign);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("places");
            foreach (var p in report.Places)
            {
                json.WriteStartObject();
                json.WriteString("name", p.Place.Name);
                json.WriteNumber("geonames_id", p.Place.GeonamesId);
                WriteNullable(json, "country", p.Place.Country);
                json.WriteNumber("lat", Math.Round(p.Place.Lat, 5));
                json.WriteNumber("lon", Math.Round(p.Place.Lon, 5));
                json.WriteString("kind", p.Place.Kind switch
                {
                    Places.PlaceKind.Country => "country",
                    Places.PlaceKind.WorldRegion => "world-region",
                    Places.PlaceKind.Admin1 => "admin1",
                    Places.PlaceKind.Area => "area",
                    _ => "city",
                });
                json.WriteStartArray("mentions");
                foreach (var m in p.Mentions)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(m.Start);
                    json.WriteNumberValue(m.End);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("events");
            foreach (var e in report.Events)
            {
                json.WriteStartObject();
                WriteNullable(json, "claimant", e.Claimant);
                json.WriteString("action", e.Action);
                WriteNullable(json, "object", e.Object);
                WriteNullable(json, "place", e.Place);
                json.WriteNumber("start", e.Start);
                json.WriteNumber("end", e.End);
                json.WriteString("taxonomy", e.Taxonomy);
                WriteNullable(json, "claimant_party", e.ClaimantParty);
                WriteNullable(json, "claimant_call_sign", e.ClaimantCallSign);
                WriteNullable(json, "claimant_role", e.ClaimantRole);
                WriteNullable(json, "actor_party", e.ActorParty);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A plain-text table of the report for reading in a terminal.</summary>
    public static string WriteTable(ClaimsReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Statements ({report.Statements.Count})");
        foreach (var s in report.Statements)
        {
            var named = s.CallSign is null ? s.Speaker : $"{s.Speaker} \"{s.CallSign}\"";
            var who = s.Party is null ? named : $"{named} [{s.Party}]";
            var resolved = s.ResolvedFrom is null ? "" : $" (from \"{s.ResolvedFrom}\")";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {s.Start,6}-{s.End,-6} {who}{resolved} {s.Cue} ({s.Kind}): {Shorten(s.Text, 90)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Places ({report.Places.Count})");
        foreach (var p in report.Places)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {p.Place.Name} ({p.Place.Country ?? "-"}, {p.Place.Lat:F3}, {p.Place.Lon:F3}) x{p.Mentions.Count}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Events ({report.Events.Count})");
        for (var i = 0; i < report.Events.Count; i++)
        {
            // Numbered from 1: the number `truce claims accept --event N` takes.
            var e = report.Events[i];
            var actor = e.ActorParty is null ? "" : $" by {e.ActorParty}";
            text.AppendLine(CultureInfo.InvariantCulture, $"  [{i + 1}] {e.Start,6}-{e.End,-6} {e.Claimant ?? "(article)"}: {e.Action}{actor} {e.Object ?? "-"} @ {e.Place ?? "-"} -> {e.Taxonomy}");
        }

        return text.ToString();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
