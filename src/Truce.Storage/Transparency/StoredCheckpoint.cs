namespace Truce.Storage.Transparency;

/// <summary>A signed checkpoint as stored: the tree size it covers, the signed note's exact bytes, and when it was signed (UTC).</summary>
public sealed record StoredCheckpoint(ulong Size, byte[] Note, DateTimeOffset SignedAt);
