namespace Truce.Log.Merkle;

/// <summary>The hash of one complete subtree, as written to an <see cref="IHashStore"/>.</summary>
public sealed record StoredHash(NodeId Node, byte[] Hash);
