using Truce.Log.Merkle;

namespace Truce.Log.Tiles;

/// <summary>
/// Reads complete-subtree hashes of a tree of <see cref="TreeSize"/> leaves from hash tiles already fetched:
/// node (l, i) comes from tile level l/8, combining 2^(l mod 8) consecutive tile hashes. Use
/// <see cref="TilesFor"/> to know which tiles to fetch first. Trusts the tiles: check them against a signed
/// root before relying on what it returns.
/// </summary>
public sealed class TileHashReader(ulong treeSize, IReadOnlyDictionary<TileAddress, byte[]> tiles) : IHashReader
{
    public ulong TreeSize { get; } = treeSize;

    /// <summary>The hash tiles (with their widths at <paramref name="treeSize"/>) that hold <paramref name="nodes"/>.</summary>
    public static IReadOnlySet<TileAddress> TilesFor(IEnumerable<NodeId> nodes, ulong treeSize)
    {
        var set = new HashSet<TileAddress>();
        foreach (var node in nodes)
        {
            set.Add(Locate(node, treeSize).Tile);
        }

        return set;
    }

    public IReadOnlyList<byte[]> Read(IReadOnlyList<NodeId> nodes)
    {
        var result = new byte[nodes.Count][];
        for (var n = 0; n < nodes.Count; n++)
        {
            var (tile, offset, count) = Locate(nodes[n], TreeSize);
            if (!tiles.TryGetValue(tile, out var bytes))
            {
                throw new KeyNotFoundException($"Tile {tile.Path} was not fetched.");
            }

            var hashes = new byte[count][];
            for (var i = 0; i < count; i++)
            {
                hashes[i] = bytes.AsSpan((offset + i) * MerkleHash.Size, MerkleHash.Size).ToArray();
            }

            result[n] = SubtreeHasher.Complete(hashes);
        }

        return result;
    }

    private static (TileAddress Tile, int Offset, int Count) Locate(NodeId node, ulong treeSize)
    {
        var tileLevel = node.Level / TilePath.TileHeight;
        var within = node.Level % TilePath.TileHeight;
        var first = node.Index << within;
        var tileIndex = first / TilePath.TileWidth;
        var width = TilePath.WidthAt(tileLevel, tileIndex, treeSize);
        var offset = (int)(first % TilePath.TileWidth);
        var count = 1 << within;
        if (offset + count > width)
        {
            throw new KeyNotFoundException($"Node {node} is not complete in a tree of {treeSize} leaves.");
        }

        return (new TileAddress(tileLevel, tileIndex, width), offset, count);
    }
}
