using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Truce.Domain.Violations;

/// <summary>
/// Violations as JSON (DESIGN.md §7): an array with one object a line,
/// <c>{"incident","observations","term","party","day","category","confidence","rationale"}</c>.
/// Confidence is rounded to <see cref="ConfidenceDecimals"/> decimals (away from zero at the
/// midpoint) so the same violations always give the same bytes; output is UTF-8, LF line ends.
/// </summary>
public static class ViolationJson
{
    public const int ConfidenceDecimals = 3;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The whole array: "[", one object a line separated by commas, "]", final newline.</summary>
    public static void Write(IEnumerable<Violation> violations, TextWriter writer)
    {
        writer.Write('[');
        var first = true;
        foreach (var violation in violations)
        {
            writer.Write(first ? "\n" : ",\n");
            writer.Write(Object(violation));
            first = false;
        }

        writer.Write(first ? "]\n" : "\n]\n");
    }

    public static string ToJson(IEnumerable<Violation> violations)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(violations, writer);
        return writer.ToString();
    }

    /// <summary>One violation as a single-line JSON object.</summary>
    public static string Object(Violation violation)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("incident", violation.Incident.Value);
            json.WriteStartArray("observations");
            foreach (var id in violation.Observations)
            {
                json.WriteStringValue(id.Value);
            }

            json.WriteEndArray();
            json.WriteString("term", violation.Term.Value);
            if (violation.Party is { } party)
            {
                json.WriteString("party", party.Value);
            }
            else
            {
                json.WriteNull("party");
            }

            json.WriteString("day", Day(violation.Day));
            json.WriteString("category", CategoryName(violation.Category));
            json.WritePropertyName("confidence");
            json.WriteRawValue(Confidence(violation.Confidence), skipInputValidation: true);
            json.WriteString("rationale", violation.Rationale);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The confidence as written: rounded to 3 decimals, shortest form ("0.81", "1").</summary>
    public static string Confidence(double confidence) =>
        Math.Round(confidence, ConfidenceDecimals, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);

    public static string CategoryName(Category category) => category switch
    {
        Category.Certain => "certain",
        Category.Probable => "probable",
        Category.Possible => "possible",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown category"),
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
