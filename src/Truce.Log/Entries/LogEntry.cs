using System.Globalization;
using System.Text;
using System.Text.Json;
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

        // Written directly in canonical member order (at < by < kind < record by UTF-16 code units): one pass over
        // the record instead of building, re-serialising and re-parsing an envelope.
        var builder = new StringBuilder(256);
        builder.Append("{\"at\":");
        CanonicalJson.WriteString(FormatInstant(at), builder);
        builder.Append(",\"by\":");
        CanonicalJson.WriteString(by, builder);
        builder.Append(",\"kind\":");
        CanonicalJson.WriteString(kind, builder);
        builder.Append(",\"record\":");
        CanonicalJson.Write(record, builder);
        builder.Append('}');
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
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
