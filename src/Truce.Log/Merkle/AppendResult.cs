namespace Truce.Log.Merkle;

/// <summary>The tree after an append: its size in leaves and its root hash.</summary>
public sealed record AppendResult(ulong Size, byte[] Root);
