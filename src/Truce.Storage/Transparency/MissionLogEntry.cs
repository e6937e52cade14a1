using System.Text.Json;
using Truce.Log.Entries;

namespace Truce.Storage.Transparency;

/// <summary>
/// One entry of the mission's transparency log: its kind (<c>agreement</c>, <c>observation</c>,
/// <c>evaluation</c>), the id of the record it carries and its exact bytes — RFC 8785 canonical JSON of
/// <c>{kind, at, by, record}</c>, as hashed into the leaf and as published.
/// </summary>
public sealed record MissionLogEntry(string Kind, string RecordId, byte[] Bytes)
{
    /// <summary>
    /// Builds the entry. <paramref name="record"/> must be a JSON object with a string <c>id</c>;
    /// <paramref name="at"/> is UTC. An entry over the 65,535-byte limit of tlog-tiles is a
    /// <see cref="StoreException"/> (the write that wanted it stores nothing).
    /// </summary>
    public static MissionLogEntry Create(string kind, DateTimeOffset at, string by, JsonElement record)
    {
        var id = record.ValueKind == JsonValueKind.Object && record.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ArgumentException("A log record must be a JSON object with a string id.", nameof(record));
        try
        {
            return new MissionLogEntry(kind, id, LogEntry.Create(kind, at.ToUniversalTime(), by, record));
        }
        catch (ArgumentException e) when (e.ParamName == "record")
        {
            throw new StoreException($"{kind} '{id}' does not fit in one log entry ({e.Message}); nothing stored", e);
        }
    }
}
