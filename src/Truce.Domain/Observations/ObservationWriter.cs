using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Truce.Domain.Observations;

/// <summary>
/// Writes observations in the three file formats <see cref="ObservationReader"/> reads, so that
/// reading what was written gives the same observations back. <see cref="ToCanonicalJson"/> is the one
/// form Truce stores and compares: fixed field order, absent fields omitted, times in UTC with <c>Z</c>,
/// numbers in shortest round-trip form. <see cref="Observation.ReceivedAt"/> is not part of any of them.
/// </summary>
public static class ObservationWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    // One buffer and writer a thread, reused: canonical JSON is written for every record stored.
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? _canonicalBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _canonicalWriter;

    /// <summary>The canonical JSON of one observation, UTF-8, without a trailing newline. Thread-safe.</summary>
    public static byte[] ToCanonicalJson(Observation observation)
    {
        var buffer = _canonicalBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = _canonicalWriter ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        WriteObject(writer, observation, asProperties: false);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One canonical JSON object a line, each line ending in <c>\n</c>.</summary>
    public static void WriteNdjson(IEnumerable<Observation> observations, Stream output)
    {
        foreach (var observation in observations)
        {
            output.Write(ToCanonicalJson(observation));
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>A FeatureCollection, one Feature an observation, the place in its geometry.</summary>
    public static void WriteGeoJson(IEnumerable<Observation> observations, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, Options with { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var observation in observations)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WritePropertyName("geometry");
            WriteGeometry(writer, observation.Location);
            writer.WritePropertyName("properties");
            WriteObject(writer, observation, asProperties: true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// RFC 4180 CSV with a header row. CSV has no place for polygons or evidence: an observation
    /// carrying either is a caller bug and throws.
    /// </summary>
    public static void WriteCsv(IEnumerable<Observation> observations, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', FieldNames.Csv));
        foreach (var o in observations)
        {
            if (o.Location is not Point point || o.Evidence.Count > 0)
            {
                throw new ArgumentException($"observation {o.Id} has a polygon or evidence, which CSV cannot carry", nameof(observations));
            }

            var interval = o.ObservedAt;
            var cells = new Dictionary<string, string?>
            {
                ["id"] = o.Id.Value,
                ["observed_at"] = interval.IsInstant ? Rfc3339.Format(interval.From) : null,
                ["observed_from"] = interval.IsInstant ? null : Rfc3339.Format(interval.From),
                ["observed_to"] = interval.IsInstant ? null : Rfc3339.Format(interval.To),
                ["lat"] = Number(point.Y),
                ["lon"] = Number(point.X),
                ["uncertainty_m"] = Number(o.UncertaintyM),
                ["type"] = o.Type.Value,
                ["count"] = o.Count?.ToString(CultureInfo.InvariantCulture),
                ["weapon"] = o.Weapon,
                ["bearing_deg"] = o.BearingDeg is { } bearing ? Number(bearing) : null,
                ["origin_lat"] = o.Origin is { } origin ? Number(origin.Y) : null,
                ["origin_lon"] = o.Origin is { } originLon ? Number(originLon.X) : null,
                ["attributed_to"] = o.AttributedTo?.Value,
                ["attribution_basis"] = o.AttributionBasis,
                ["narrative"] = o.Narrative,
                ["source_kind"] = o.Source.Kind,
                ["source_id"] = o.Source.Id,
                ["source_reliability"] = o.Source.Reliability?.ToString(),
                ["source_credibility"] = o.Source.Credibility?.ToString(CultureInfo.InvariantCulture),
                ["source_perception"] = o.Source.Perception is { } perception ? PerceptionName(perception) : null,
            };
            writer.WriteLine(string.Join(',', FieldNames.Csv.Select(name => Quote(cells[name]))));
        }
    }

    internal static string PerceptionName(Perception perception) => perception switch
    {
        Perception.Seen => "seen",
        Perception.Heard => "heard",
        Perception.Sensor => "sensor",
        _ => "reported",
    };

    private static void WriteObject(Utf8JsonWriter writer, Observation o, bool asProperties)
    {
        writer.WriteStartObject();
        writer.WriteString("id", o.Id.Value);
        if (o.ObservedAt.IsInstant)
        {
            writer.WriteString("observed_at", Rfc3339.Format(o.ObservedAt.From));
        }
        else
        {
            writer.WriteString("observed_from", Rfc3339.Format(o.ObservedAt.From));
            writer.WriteString("observed_to", Rfc3339.Format(o.ObservedAt.To));
        }

        if (!asProperties)
        {
            if (o.Location is Point point)
            {
                writer.WriteNumber("lat", point.Y);
                writer.WriteNumber("lon", point.X);
            }
            else
            {
                writer.WritePropertyName("geometry");
                WriteGeometry(writer, o.Location);
            }
        }

        writer.WriteNumber("uncertainty_m", o.UncertaintyM);
        writer.WriteString("type", o.Type.Value);
        WriteIf(writer, "count", o.Count);
        WriteIf(writer, "weapon", o.Weapon);
        if (o.BearingDeg is { } bearing)
        {
            writer.WriteNumber("bearing_deg", bearing);
        }

        if (o.Origin is { } origin)
        {
            writer.WriteNumber("origin_lat", origin.Y);
            writer.WriteNumber("origin_lon", origin.X);
        }

        WriteIf(writer, "attributed_to", o.AttributedTo?.Value);
        WriteIf(writer, "attribution_basis", o.AttributionBasis);
        writer.WriteStartObject("source");
        writer.WriteString("kind", o.Source.Kind);
        WriteIf(writer, "id", o.Source.Id);
        WriteIf(writer, "reliability", o.Source.Reliability?.ToString());
        WriteIf(writer, "credibility", o.Source.Credibility);
        WriteIf(writer, "perception", o.Source.Perception is { } perception ? PerceptionName(perception) : null);
        writer.WriteEndObject();
        if (o.Evidence.Count > 0)
        {
            writer.WriteStartArray("evidence");
            foreach (var evidence in o.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("sha256", evidence.Sha256);
                WriteIf(writer, "media_type", evidence.MediaType);
                WriteIf(writer, "uri", evidence.Uri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteIf(writer, "narrative", o.Narrative);
        writer.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter writer, Geometry geometry)
    {
        writer.WriteStartObject();
        switch (geometry)
        {
            case Point point:
                writer.WriteString("type", "Point");
                writer.WritePropertyName("coordinates");
                WritePosition(writer, point.Coordinate);
                break;
            case Polygon polygon:
                writer.WriteString("type", "Polygon");
                writer.WriteStartArray("coordinates");
                foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                {
                    writer.WriteStartArray();
                    foreach (var coordinate in ring.Coordinates)
                    {
                        WritePosition(writer, coordinate);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"an observation's location is a Point or Polygon, not {geometry.GeometryType}", nameof(geometry));
        }

        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, Coordinate coordinate)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(coordinate.X);
        writer.WriteNumberValue(coordinate.Y);
        writer.WriteEndArray();
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string? cell)
    {
        if (cell is null)
        {
            return string.Empty;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
