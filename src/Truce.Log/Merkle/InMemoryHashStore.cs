namespace Truce.Log.Merkle;

/// <summary>
/// An <see cref="IHashStore"/> in memory, for tests and benchmarks. Not durable; not thread safe for
/// concurrent writers. Level-by-level lists keep 10M-leaf trees compact.
/// </summary>
public sealed class InMemoryHashStore : IHashStore
{
    private readonly List<List<byte[]>> levels = [];

    /// <summary>Number of hash reads served, so tests can check the O(log n) bound.</summary>
    public long ReadCount { get; private set; }

    public IReadOnlyList<byte[]> Read(IReadOnlyList<NodeId> nodes)
    {
        var result = new byte[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Level >= levels.Count || node.Index >= (ulong)levels[node.Level].Count)
            {
                throw new KeyNotFoundException($"No stored hash for node {node}.");
            }

            result[i] = levels[node.Level][(int)node.Index];
        }

        ReadCount += nodes.Count;
        return result;
    }

    public void Write(IReadOnlyList<StoredHash> hashes)
    {
        foreach (var stored in hashes)
        {
            Validate(stored);
        }

        foreach (var stored in hashes)
        {
            var (level, index) = (stored.Node.Level, stored.Node.Index);
            while (levels.Count <= level)
            {
                levels.Add([]);
            }

            var list = levels[level];
            if (index < (ulong)list.Count)
            {
                continue;
            }

            if (index != (ulong)list.Count)
            {
                throw new InvalidOperationException($"Node {stored.Node} written before node ({level},{list.Count}).");
            }

            list.Add(stored.Hash);
        }
    }

    private void Validate(StoredHash stored)
    {
        var (level, index) = (stored.Node.Level, stored.Node.Index);
        if (stored.Hash.Length != MerkleHash.Size)
        {
            throw new ArgumentException($"Hash of {stored.Node} is {stored.Hash.Length} bytes, not {MerkleHash.Size}.");
        }

        var count = level < levels.Count ? (ulong)levels[level].Count : 0UL;
        if (index < count && !levels[level][(int)index].AsSpan().SequenceEqual(stored.Hash))
        {
            throw new InvalidOperationException($"Node {stored.Node} is already stored with a different hash.");
        }
    }
}
