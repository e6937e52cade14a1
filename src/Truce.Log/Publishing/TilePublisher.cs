using Truce.Log.Checkpoints;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Log.Tiles;

namespace Truce.Log.Publishing;

/// <summary>
/// Writes a C2SP tlog-tiles log: every hash tile and entry bundle of a tree of a given size, then the signed
/// <c>checkpoint</c> — only after the tiles are durable, so a published checkpoint never names missing tiles.
/// A full tile or bundle already present is compared, never rewritten: different bytes mean a different
/// history and publication stops with <see cref="InvalidOperationException"/>. Partial tiles have their width
/// in the path, so they never change either. One writer at a time.
/// </summary>
public sealed class TilePublisher(IHashReader hashes, IEntrySource entries, ITileSink sink)
{
    /// <summary>Publishes the tree of <paramref name="treeSize"/> leaves, signing its checkpoint with <paramref name="signer"/>.</summary>
    public PublishResult Publish(ulong treeSize, string origin, NoteSigner signer, IReadOnlyList<string>? extensions = null)
    {
        var root = new MerkleTree(hashes).Root(treeSize);
        var checkpoint = new Checkpoint(origin, treeSize, root, extensions ?? []);
        return WriteTilesThen(treeSize, SignedCheckpoint.Sign(checkpoint, signer));
    }

    /// <summary>
    /// Publishes the tree an already signed checkpoint names, then that checkpoint byte for byte (as a log's one signer
    /// stored it). A checkpoint that does not parse, or whose root is not the root of the stored tree of its size, is a
    /// bug and throws <see cref="InvalidOperationException"/>: publishing it would publish a lie.
    /// </summary>
    public PublishResult PublishSigned(byte[] signedCheckpoint)
    {
        var end = signedCheckpoint.AsSpan().IndexOf("\n\n"u8);
        var text = end < 0 ? null : System.Text.Encoding.UTF8.GetString(signedCheckpoint, 0, end + 1);
        var checkpoint = text is null ? null : Checkpoint.TryParse(text, out _);
        if (checkpoint is null)
        {
            throw new InvalidOperationException("The checkpoint to publish is not a signed checkpoint note.");
        }

        if (!new MerkleTree(hashes).Root(checkpoint.Size).AsSpan().SequenceEqual(checkpoint.RootHash))
        {
            throw new InvalidOperationException($"The checkpoint's root is not the root of the stored tree of size {checkpoint.Size}.");
        }

        return WriteTilesThen(checkpoint.Size, signedCheckpoint);
    }

    private PublishResult WriteTilesThen(ulong treeSize, byte[] signedCheckpoint)
    {
        var (written, unchanged) = (0, 0);
        foreach (var tile in TilePath.AllTiles(treeSize, includeEntries: true))
        {
            var existing = sink.ReadExisting(tile.Path);
            if (existing is not null && tile.IsFull && !CheckFullTiles
                && (tile.IsEntries || existing.Length == TilePath.TileWidth * MerkleHash.Size))
            {
                unchanged++;
                continue;
            }

            var bytes = tile.IsEntries ? Bundle(tile) : HashTile(tile);
            if (existing is not null)
            {
                if (!existing.AsSpan().SequenceEqual(bytes))
                {
                    throw new InvalidOperationException(
                        $"{tile.Path} is already published with different bytes: the stored log is not an extension of the published one.");
                }

                unchanged++;
                continue;
            }

            sink.Write(tile.Path, bytes);
            written++;
        }

        sink.Flush();
        sink.Write("checkpoint", signedCheckpoint);
        sink.Flush();
        return new PublishResult(treeSize, written + 1, unchanged);
    }

    /// <summary>
    /// Whether existing full tiles are re-derived and compared (default) or trusted by their length alone,
    /// which makes re-publishing a large log cheap.
    /// </summary>
    public bool CheckFullTiles { get; init; } = true;

    private byte[] HashTile(TileAddress tile)
    {
        var level = tile.Level * TilePath.TileHeight;
        var nodes = new NodeId[tile.Width];
        for (var i = 0; i < tile.Width; i++)
        {
            nodes[i] = new NodeId(level, (tile.Index * TilePath.TileWidth) + (ulong)i);
        }

        var read = hashes.Read(nodes);
        var bytes = new byte[tile.Width * MerkleHash.Size];
        for (var i = 0; i < read.Count; i++)
        {
            read[i].CopyTo(bytes, i * MerkleHash.Size);
        }

        return bytes;
    }

    private byte[] Bundle(TileAddress tile) =>
        EntryBundle.Encode(entries.ReadEntries(tile.Index * TilePath.TileWidth, tile.Width));
}
