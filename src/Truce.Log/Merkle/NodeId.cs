namespace Truce.Log.Merkle;

/// <summary>
/// A complete subtree of the log: the node at <paramref name="Level"/> (0 = leaves) and
/// <paramref name="Index"/> covers leaves [Index·2^Level, (Index+1)·2^Level).
/// </summary>
public readonly record struct NodeId(int Level, ulong Index)
{
    /// <summary>First leaf index covered.</summary>
    public ulong FirstLeaf => Index << Level;

    public override string ToString() => $"({Level},{Index})";
}
