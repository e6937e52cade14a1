namespace Truce.Log.Merkle;

/// <summary>
/// An append-only RFC 9162 tree over an <see cref="IHashReader"/> (and, for appends, an
/// <see cref="IHashStore"/>). The tree size is the caller's: this type keeps no state besides the store,
/// so the caller can keep size, entries and hashes in one transaction. Every root and proof costs one
/// batched read of O(log n) hashes.
/// </summary>
public sealed class MerkleTree(IHashReader hashes)
{
    /// <summary>
    /// Appends leaves to a tree of <paramref name="size"/> leaves: reads the O(log n) hashes of the
    /// current right edge, writes the hashes of every subtree the new leaves complete in one
    /// <see cref="IHashStore.Write"/>, and returns the new size and root. Requires an <see cref="IHashStore"/>.
    /// </summary>
    public AppendResult Append(ulong size, IReadOnlyList<byte[]> leafHashes)
    {
        if (hashes is not IHashStore store)
        {
            throw new InvalidOperationException("Appending needs an IHashStore, not a read-only hash reader.");
        }

        var edgeNodes = TreeMath.Decompose(new LeafRange(0, size));
        var edgeHashes = hashes.Read(edgeNodes);
        var stack = new List<(NodeId Node, byte[] Hash)>(edgeNodes.Count + 1);
        for (var i = 0; i < edgeNodes.Count; i++)
        {
            stack.Add((edgeNodes[i], edgeHashes[i]));
        }

        var written = new List<StoredHash>(leafHashes.Count * 2);
        var index = size;
        foreach (var leaf in leafHashes)
        {
            if (leaf.Length != MerkleHash.Size)
            {
                throw new ArgumentException($"Leaf hash {index} is {leaf.Length} bytes, not {MerkleHash.Size}.", nameof(leafHashes));
            }

            var node = new NodeId(0, index);
            var hash = leaf;
            written.Add(new StoredHash(node, hash));
            while (stack.Count > 0 && stack[^1].Node.Level == node.Level)
            {
                hash = MerkleHash.Node(stack[^1].Hash, hash);
                node = new NodeId(node.Level + 1, node.Index >> 1);
                stack.RemoveAt(stack.Count - 1);
                written.Add(new StoredHash(node, hash));
            }

            stack.Add((node, hash));
            index++;
        }

        store.Write(written);
        return new AppendResult(index, TreeMath.FoldRight(stack.ConvertAll(s => s.Hash)));
    }

    /// <summary>The root hash of the tree of <paramref name="size"/> leaves (SHA-256("") for 0).</summary>
    public byte[] Root(ulong size) => HashRanges([new LeafRange(0, size)])[0];

    /// <summary>The RFC 9162 inclusion proof of leaf <paramref name="index"/> in the tree of <paramref name="size"/>.</summary>
    public IReadOnlyList<byte[]> InclusionProof(ulong index, ulong size) =>
        HashRanges(TreeMath.InclusionProof(index, size));

    /// <summary>The RFC 9162 consistency proof from <paramref name="oldSize"/> (≥ 1) to <paramref name="newSize"/>.</summary>
    public IReadOnlyList<byte[]> ConsistencyProof(ulong oldSize, ulong newSize) =>
        HashRanges(TreeMath.ConsistencyProof(oldSize, newSize));

    /// <summary>Hashes of the given subtree ranges, reading all the stored nodes they need in one batch.</summary>
    public IReadOnlyList<byte[]> HashRanges(IReadOnlyList<LeafRange> ranges)
    {
        var parts = new List<IReadOnlyList<NodeId>>(ranges.Count);
        var all = new List<NodeId>();
        foreach (var range in ranges)
        {
            var nodes = TreeMath.Decompose(range);
            parts.Add(nodes);
            all.AddRange(nodes);
        }

        var read = hashes.Read(all);
        var result = new byte[ranges.Count][];
        var offset = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var count = parts[i].Count;
            result[i] = TreeMath.FoldRight([.. read.Skip(offset).Take(count)]);
            offset += count;
        }

        return result;
    }
}
