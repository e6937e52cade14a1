namespace Truce.Storage.Transparency;

/// <summary>
/// The log's stored state: its size in entries, its checkpoint origin (<c>&lt;host&gt;/&lt;agreement id&gt;</c>; null in a
/// mission created before the log existed) and the minimum interval between checkpoints.
/// </summary>
public sealed record MissionLogState(ulong Size, string? Origin, TimeSpan CheckpointInterval);
