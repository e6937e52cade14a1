namespace Truce.Log.Merkle;

/// <summary>The leaves [<paramref name="Start"/>, <paramref name="End"/>) of a tree; a subtree when tree-aligned.</summary>
public readonly record struct LeafRange(ulong Start, ulong End)
{
    public ulong Count => End - Start;
}
