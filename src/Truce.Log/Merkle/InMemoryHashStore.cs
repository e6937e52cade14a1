namespace Truce.Log.Merkle;

/// <summary>
/// An <see cref="IHashStore"/> in memory, for tests and benchmarks. Not durable; reads may run concurrently with
/// each other but not with a write. Hashes are packed into large per-level chunks so that a 10M-leaf tree costs
/// about 640 MB and no per-hash objects.
/// </summary>
public sealed class InMemoryHashStore : IHashStore
{
    private const int ChunkHashes = 1 << 16;

    private readonly List<List<byte[]>> levels = [];
    private readonly List<ulong> counts = [];
    private long readCount;

    /// <summary>Number of hash reads served, so tests can check the O(log n) bound.</summary>
    public long ReadCount => Interlocked.Read(ref readCount);

    public IReadOnlyList<byte[]> Read(IReadOnlyList<NodeId> nodes)
    {
        var result = new byte[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Level >= levels.Count || node.Index >= counts[node.Level])
            {
                throw new KeyNotFoundException($"No stored hash for node {node}.");
            }

            result[i] = Slot(node.Level, node.Index).ToArray();
        }

        Interlocked.Add(ref readCount, nodes.Count);
        return result;
    }

    public void Write(IReadOnlyList<StoredHash> hashes)
    {
        Span<ulong> pending = stackalloc ulong[64];
        for (var level = 0; level < pending.Length; level++)
        {
            pending[level] = level < counts.Count ? counts[level] : 0UL;
        }

        foreach (var stored in hashes)
        {
            var (level, index) = (stored.Node.Level, stored.Node.Index);
            if (stored.Hash.Length != MerkleHash.Size)
            {
                throw new ArgumentException($"Hash of {stored.Node} is {stored.Hash.Length} bytes, not {MerkleHash.Size}.", nameof(hashes));
            }

            var count = level < counts.Count ? counts[level] : 0UL;
            if (index < count)
            {
                if (!Slot(level, index).SequenceEqual(stored.Hash))
                {
                    throw new InvalidOperationException($"Node {stored.Node} is already stored with a different hash.");
                }

                continue;
            }

            if (index != pending[level])
            {
                throw new InvalidOperationException($"Node {stored.Node} written before node ({level},{pending[level]}).");
            }

            pending[level]++;
        }

        foreach (var stored in hashes)
        {
            var (level, index) = (stored.Node.Level, stored.Node.Index);
            while (levels.Count <= level)
            {
                levels.Add([]);
                counts.Add(0);
            }

            if (index < counts[level])
            {
                continue;
            }

            var chunks = levels[level];
            if (index / ChunkHashes >= (ulong)chunks.Count)
            {
                chunks.Add(new byte[ChunkHashes * MerkleHash.Size]);
            }

            stored.Hash.CopyTo(Slot(level, index));
            counts[level] = index + 1;
        }
    }

    private Span<byte> Slot(int level, ulong index) =>
        levels[level][(int)(index / ChunkHashes)].AsSpan((int)(index % ChunkHashes) * MerkleHash.Size, MerkleHash.Size);
}
