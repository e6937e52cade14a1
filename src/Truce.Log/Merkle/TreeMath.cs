using System.Numerics;

namespace Truce.Log.Merkle;

/// <summary>
/// Pure RFC 9162 tree arithmetic: which subtrees make up a root, an inclusion proof or a consistency
/// proof, and how a subtree decomposes into stored complete subtrees. No hashing, no I/O.
/// </summary>
public static class TreeMath
{
    /// <summary>The largest power of two strictly below <paramref name="n"/> (n ≥ 2): RFC 9162's split point k.</summary>
    public static ulong SplitPoint(ulong n)
    {
        if (n < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "A split needs at least two leaves.");
        }

        return 1UL << (63 - BitOperations.LeadingZeroCount(n - 1));
    }

    /// <summary>
    /// Splits a subtree range of an RFC 9162 tree (its start aligned to a power of two at least its length)
    /// into complete subtrees, left to right. Its hash is the right fold of their hashes
    /// (see <see cref="FoldRight"/>). At most 64 nodes; none for an empty range.
    /// </summary>
    public static IReadOnlyList<NodeId> Decompose(LeafRange range)
    {
        var nodes = new List<NodeId>();
        var start = range.Start;
        var remaining = range.Count;
        while (remaining > 0)
        {
            var level = 63 - BitOperations.LeadingZeroCount(remaining);
            if (BitOperations.IsPow2(remaining))
            {
                nodes.Add(new NodeId(level, start >> level));
                break;
            }

            if ((start & ((1UL << level) - 1)) != 0)
            {
                throw new ArgumentException($"Range [{range.Start},{range.End}) is not a subtree of an RFC 9162 tree.");
            }

            nodes.Add(new NodeId(level, start >> level));
            start += 1UL << level;
            remaining -= 1UL << level;
        }

        return nodes;
    }

    /// <summary>Hash of a subtree from the hashes of its <see cref="Decompose"/> nodes: H(n0, H(n1, … nk)).</summary>
    public static byte[] FoldRight(IReadOnlyList<byte[]> hashes)
    {
        if (hashes.Count == 0)
        {
            return MerkleHash.EmptyRoot();
        }

        var hash = hashes[^1];
        for (var i = hashes.Count - 2; i >= 0; i--)
        {
            hash = MerkleHash.Node(hashes[i], hash);
        }

        return hash;
    }

    /// <summary>
    /// The subtrees whose hashes form the RFC 9162 §2.1.3.1 inclusion proof of leaf
    /// <paramref name="index"/> in the tree of <paramref name="size"/> leaves, in proof order (bottom up).
    /// </summary>
    public static IReadOnlyList<LeafRange> InclusionProof(ulong index, ulong size)
    {
        if (index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Leaf index must be below the tree size {size}.");
        }

        var path = new List<LeafRange>();
        var (start, end) = (0UL, size);
        while (end - start > 1)
        {
            var k = SplitPoint(end - start);
            if (index - start < k)
            {
                path.Add(new LeafRange(start + k, end));
                end = start + k;
            }
            else
            {
                path.Add(new LeafRange(start, start + k));
                start += k;
            }
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// The subtrees whose hashes form the RFC 9162 §2.1.4.1 consistency proof between sizes
    /// <paramref name="oldSize"/> and <paramref name="newSize"/> (0 &lt; old ≤ new), in proof order.
    /// Empty when the sizes are equal.
    /// </summary>
    public static IReadOnlyList<LeafRange> ConsistencyProof(ulong oldSize, ulong newSize)
    {
        if (oldSize == 0 || oldSize > newSize)
        {
            throw new ArgumentOutOfRangeException(nameof(oldSize), oldSize, $"Old size must be in [1, {newSize}].");
        }

        var path = new List<LeafRange>();
        var (start, end) = (0UL, newSize);
        var m = oldSize;
        var complete = true;
        while (m != end - start)
        {
            var k = SplitPoint(end - start);
            if (m <= k)
            {
                path.Add(new LeafRange(start + k, end));
                end = start + k;
            }
            else
            {
                path.Add(new LeafRange(start, start + k));
                start += k;
                m -= k;
                complete = false;
            }
        }

        if (!complete)
        {
            path.Add(new LeafRange(start, end));
        }

        path.Reverse();
        return path;
    }
}
