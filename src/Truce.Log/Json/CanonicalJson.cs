using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Truce.Log.Json;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme: object members sorted by the UTF-16 code units of their names, no
/// insignificant whitespace, numbers in ECMAScript shortest round-trip form, strings with only the required
/// escapes. Equal JSON values always give equal bytes, so the bytes can be hashed and signed.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The canonical UTF-8 bytes of <paramref name="value"/>.</summary>
    public static byte[] Serialize(JsonElement value)
    {
        var builder = new StringBuilder();
        Write(value, builder);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Parses <paramref name="json"/> (duplicate member names rejected) and canonicalises it.</summary>
    public static byte[] Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
        return Serialize(document.RootElement);
    }

    /// <summary>ECMAScript Number.prototype.toString of a finite double (RFC 8785 §3.2.2.3).</summary>
    public static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or infinity.");
        }

        if (value == 0)
        {
            return "0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('E', StringComparison.Ordinal))
        {
            // .NET writes the same shortest round-trip digits; without an exponent it already writes them as
            // ECMAScript does (plain decimal, no trailing zeros), and this is the common case (coordinates, counts).
            return text;
        }

        var negative = text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? text.Length : point;
        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        var n = integerDigits - leadingZeros + exponent;
        var k = digits.Length;

        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            var shown = n - 1;
            builder.Append('e').Append(shown < 0 ? '-' : '+').Append(Math.Abs(shown).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Appends the canonical form of <paramref name="value"/>.</summary>
    internal static void Write(JsonElement value, StringBuilder builder)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var properties = value.EnumerateObject().ToArray();
                var names = Array.ConvertAll(properties, p => p.Name);
                Array.Sort(names, properties, StringComparer.Ordinal);
                for (var i = 0; i < properties.Length; i++)
                {
                    if (i > 0)
                    {
                        // I-JSON (RFC 7493), which RFC 8785 requires: a member name appears once.
                        builder.Append(names[i - 1] == names[i]
                            ? throw new ArgumentException($"Duplicate member name \"{names[i]}\" has no canonical form.", nameof(value))
                            : ',');
                    }

                    WriteString(names[i], builder);
                    builder.Append(':');
                    Write(properties[i].Value, builder);
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!firstItem)
                    {
                        builder.Append(',');
                    }

                    firstItem = false;
                    Write(item, builder);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, builder);
                break;
            case JsonValueKind.Number:
                builder.Append(FormatNumber(value.GetDouble()));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Null:
                builder.Append("null");
                break;
            default:
                throw new ArgumentException($"Unexpected JSON value kind {value.ValueKind}.", nameof(value));
        }
    }

    /// <summary>Appends <paramref name="text"/> as a canonical JSON string.</summary>
    internal static void WriteString(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }
}
