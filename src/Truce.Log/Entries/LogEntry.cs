using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Truce.Log.Json;
using Truce.Log.Tiles;

namespace Truce.Log.Entries;

/// <summary>
/// The bytes of one log entry: RFC 8785 canonical JSON of <c>{kind, at, by, record}</c>, where <c>at</c> is a UTC
/// instant in RFC 3339 form with trailing fractional zeros removed and <c>record</c> is a JSON object with an
/// <c>id</c>. These exact bytes are hashed as the leaf and served in the entry bundle.
/// </summary>
public static class LogEntry
{
    /// <summary>
    /// Builds the entry. Throws <see cref="ArgumentException"/> if the record is not an object with an id, if
    /// <paramref name="at"/> is not UTC, or if the entry exceeds the 65,535 bytes a tlog-tiles bundle can frame.
    /// </summary>
    public static byte[] Create(string kind, DateTimeOffset at, string by, JsonElement record)
    {
        if (at.Offset != TimeSpan.Zero)
        {
            throw new ArgumentException($"Entry time must be UTC, not offset {at.Offset}.", nameof(at));
        }

        if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("id", out _))
        {
            throw new ArgumentException("An entry's record must be a JSON object with an id.", nameof(record));
        }

        var envelope = new JsonObject
        {
            ["kind"] = kind,
            ["at"] = FormatInstant(at),
            ["by"] = by,
            ["record"] = JsonNode.Parse(record.GetRawText()),
        };
        using var document = JsonDocument.Parse(envelope.ToJsonString());
        var bytes = CanonicalJson.Serialize(document.RootElement);
        if (bytes.Length > EntryBundle.MaxEntryLength)
        {
            throw new ArgumentException($"Entry of {bytes.Length} bytes exceeds the {EntryBundle.MaxEntryLength}-byte limit of tlog-tiles.", nameof(record));
        }

        return bytes;
    }

    /// <summary>RFC 3339 UTC, e.g. <c>2025-03-20T12:00:00Z</c> or <c>2025-03-20T12:00:00.25Z</c>.</summary>
    public static string FormatInstant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
