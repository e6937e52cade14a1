using Truce.Log.Checkpoints;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Log.Tiles;

namespace Truce.Log.Verification;

/// <summary>
/// Verifies a C2SP tlog-tiles log from its published bytes alone (any conforming log, not only Truce's):
/// the checkpoint signature; every entry bundle against the level-0 hash tiles; every hash tile against the
/// tiles below it (partial tiles are never hashed upwards); the root recomputed from tiles against the signed
/// root; inclusion proofs of requested entries; and consistency with an earlier checkpoint. Cost is linear in
/// the log size, with memory for the tiles above level 0 only (n/256 hashes).
/// </summary>
public sealed class LogVerifier(ITileSource source, NoteVerifier key)
{
    private const int HashSize = MerkleHash.Size;

    public async Task<LogVerification> VerifyAsync(LogVerifyRequest request, CancellationToken cancellationToken)
    {
        var run = new Run(source, key, request);
        try
        {
            await run.ExecuteAsync(cancellationToken);
            return new LogVerification(run.Checkpoint, run.Checks, null, run.Found);
        }
        catch (VerificationFailed failure)
        {
            return new LogVerification(run.Checkpoint, run.Checks, failure.Message, run.Found);
        }
        catch (Exception failure) when (failure is HttpRequestException or IOException or UnauthorizedAccessException)
        {
            return new LogVerification(run.Checkpoint, run.Checks, $"could not read the log: {failure.Message}", run.Found);
        }
    }

    private sealed class VerificationFailed(string message) : Exception(message);

    private sealed class Run(ITileSource source, NoteVerifier key, LogVerifyRequest request)
    {
        private readonly Dictionary<TileAddress, byte[]> upperTiles = [];

        public Checkpoint? Checkpoint { get; private set; }

        public List<string> Checks { get; } = [];

        public List<ulong> Found { get; } = [];

        public async Task ExecuteAsync(CancellationToken cancellationToken)
        {
            var note = await source.ReadAsync("checkpoint", cancellationToken)
                ?? throw new VerificationFailed($"no checkpoint at {source.Locate("checkpoint")}");
            var opened = SignedCheckpoint.Open(note, key, request.ExpectedOrigin);
            var checkpoint = opened.Checkpoint ?? throw new VerificationFailed($"{source.Locate("checkpoint")}: {opened.Message}");
            Checkpoint = checkpoint;
            Checks.Add($"checkpoint signed by {key.Name}+{key.KeyId:x8}: origin {checkpoint.Origin}, size {checkpoint.Size}");

            await AuditTreeAsync(checkpoint, cancellationToken);
            var root = await RootFromTilesAsync(checkpoint.Size, cancellationToken);
            if (!root.AsSpan().SequenceEqual(checkpoint.RootHash))
            {
                throw new VerificationFailed(
                    $"root recomputed from the tiles ({Convert.ToBase64String(root)}) differs from the signed root ({Convert.ToBase64String(checkpoint.RootHash)})");
            }

            Checks.Add($"root recomputed from tiles matches the checkpoint ({checkpoint.Size} entries, every bundle and tile checked)");

            if (request.Entry is { } entry)
            {
                await ProveInclusionAsync(checkpoint, entry, cancellationToken);
            }

            if (request.Find is not null)
            {
                if (Found.Count == 0)
                {
                    throw new VerificationFailed($"no {request.FindDescription} in the log's {checkpoint.Size} entries");
                }

                foreach (var index in Found)
                {
                    await ProveInclusionAsync(checkpoint, index, cancellationToken);
                }
            }

            if (request.Since is { } since)
            {
                await ProveConsistencyAsync(checkpoint, since, cancellationToken);
            }
        }

        private async Task AuditTreeAsync(Checkpoint checkpoint, CancellationToken cancellationToken)
        {
            var size = checkpoint.Size;
            var computed = new List<byte[]>();
            var tileCount = (size + TilePath.TileWidth - 1) / TilePath.TileWidth;
            // Fetch the next tile and bundle while hashing the current ones: over HTTP the round trips dominate.
            var pending = tileCount > 0 ? FetchLevelZeroAsync(0, size, cancellationToken) : null;
            for (var index = 0UL; index < tileCount; index++)
            {
                var width = TilePath.WidthAt(0, index, size);
                var (tileBytes, bundleBytes) = await pending!;
                pending = index + 1 < tileCount ? FetchLevelZeroAsync(index + 1, size, cancellationToken) : null;
                var tile = CheckTile(new TileAddress(0, index, width), tileBytes);
                var bundleAddress = new TileAddress(0, index, width, IsEntries: true);
                var bundle = bundleBytes
                    ?? throw new VerificationFailed($"entry bundle {source.Locate(bundleAddress.Path)} is missing");
                var entries = EntryBundle.TryDecode(bundle, out var error)
                    ?? throw new VerificationFailed($"entry bundle {source.Locate(bundleAddress.Path)} is malformed: {error}");
                if (entries.Count != width)
                {
                    throw new VerificationFailed(
                        $"entry bundle {source.Locate(bundleAddress.Path)} holds {entries.Count} entries where the checkpoint of size {size} needs {width}: entries were {(entries.Count < width ? "dropped" : "added")}");
                }

                var leaves = new byte[width][];
                for (var i = 0; i < width; i++)
                {
                    var leaf = MerkleHash.Leaf(entries[i]);
                    if (!leaf.AsSpan().SequenceEqual(tile.AsSpan(i * HashSize, HashSize)))
                    {
                        var entryIndex = (index * TilePath.TileWidth) + (ulong)i;
                        throw new VerificationFailed(
                            $"entry {entryIndex} in {source.Locate(bundleAddress.Path)} does not hash to its leaf in {source.Locate(TilePath.Tile(0, index, width))}: the entry or the tile was changed");
                    }

                    leaves[i] = leaf;
                    if (request.Find is { } find && find(entries[i]))
                    {
                        Found.Add((index * TilePath.TileWidth) + (ulong)i);
                    }
                }

                if (width == TilePath.TileWidth)
                {
                    computed.Add(SubtreeHasher.Complete(leaves));
                }
            }

            for (var level = 1; level < 8 && (size >> (level * TilePath.TileHeight)) > 0; level++)
            {
                var next = new List<byte[]>();
                var hashesAtLevel = size >> (level * TilePath.TileHeight);
                var count = (hashesAtLevel + TilePath.TileWidth - 1) / TilePath.TileWidth;
                for (var index = 0UL; index < count; index++)
                {
                    var width = TilePath.WidthAt(level, index, size);
                    var address = new TileAddress(level, index, width);
                    var tile = await FetchTileAsync(address, cancellationToken);
                    upperTiles[address] = tile;
                    var hashes = new byte[width][];
                    for (var i = 0; i < width; i++)
                    {
                        var position = (int)(index * TilePath.TileWidth) + i;
                        hashes[i] = tile.AsSpan(i * HashSize, HashSize).ToArray();
                        if (!computed[position].AsSpan().SequenceEqual(hashes[i]))
                        {
                            throw new VerificationFailed(
                                $"hash {i} of {source.Locate(address.Path)} differs from the hash of the 256 hashes below it: the tile was changed");
                        }
                    }

                    if (width == TilePath.TileWidth)
                    {
                        next.Add(SubtreeHasher.Complete(hashes));
                    }
                }

                computed = next;
            }
        }

        private async Task<byte[]> RootFromTilesAsync(ulong size, CancellationToken cancellationToken)
        {
            var reader = await ReaderForAsync(TreeMath.Decompose(new LeafRange(0, size)), size, cancellationToken);
            return new MerkleTree(reader).Root(size);
        }

        private async Task ProveInclusionAsync(Checkpoint checkpoint, ulong index, CancellationToken cancellationToken)
        {
            if (index >= checkpoint.Size)
            {
                throw new VerificationFailed($"entry {index} is not in the log: the checkpoint has {checkpoint.Size} entries");
            }

            var ranges = TreeMath.InclusionProof(index, checkpoint.Size);
            var nodes = ranges.SelectMany(TreeMath.Decompose).Append(new NodeId(0, index));
            var reader = await ReaderForAsync(nodes, checkpoint.Size, cancellationToken);
            var proof = new MerkleTree(reader).HashRanges(ranges);

            var bundlePath = TilePath.EntriesForLeaf(index, checkpoint.Size);
            var bundle = await source.ReadAsync(bundlePath, cancellationToken)
                ?? throw new VerificationFailed($"entry bundle {source.Locate(bundlePath)} is missing");
            var entries = EntryBundle.TryDecode(bundle, out var error)
                ?? throw new VerificationFailed($"entry bundle {source.Locate(bundlePath)} is malformed: {error}");
            var position = (int)(index % TilePath.TileWidth);
            if (position >= entries.Count)
            {
                throw new VerificationFailed($"entry {index} is missing from {source.Locate(bundlePath)}: it was dropped");
            }

            var leaf = MerkleHash.Leaf(entries[position]);
            var verdict = ProofVerifier.VerifyInclusion(index, checkpoint.Size, leaf, proof, checkpoint.RootHash);
            if (!verdict.IsValid)
            {
                throw new VerificationFailed($"entry {index}: {verdict.Message}");
            }

            Checks.Add($"entry {index} is included in the tree of size {checkpoint.Size} ({proof.Count}-hash inclusion proof)");
        }

        private async Task ProveConsistencyAsync(Checkpoint checkpoint, byte[] sinceNote, CancellationToken cancellationToken)
        {
            var opened = SignedCheckpoint.Open(sinceNote, key, checkpoint.Origin);
            var earlier = opened.Checkpoint ?? throw new VerificationFailed($"earlier checkpoint: {opened.Message}");
            if (earlier.Size > checkpoint.Size)
            {
                throw new VerificationFailed(
                    $"the log shrank: the earlier checkpoint has {earlier.Size} entries, the current one {checkpoint.Size} — the history was forked or truncated");
            }

            if (earlier.Size == checkpoint.Size)
            {
                if (!earlier.RootHash.AsSpan().SequenceEqual(checkpoint.RootHash))
                {
                    throw new VerificationFailed($"forked history: both checkpoints have {earlier.Size} entries but different roots");
                }
            }
            else if (earlier.Size == 0)
            {
                if (!earlier.RootHash.AsSpan().SequenceEqual(MerkleHash.EmptyRoot()))
                {
                    throw new VerificationFailed("the earlier checkpoint of size 0 does not have the empty tree's root");
                }
            }
            else
            {
                var ranges = TreeMath.ConsistencyProof(earlier.Size, checkpoint.Size);
                var reader = await ReaderForAsync(ranges.SelectMany(TreeMath.Decompose), checkpoint.Size, cancellationToken);
                var proof = new MerkleTree(reader).HashRanges(ranges);
                var verdict = ProofVerifier.VerifyConsistency(earlier.Size, checkpoint.Size, earlier.RootHash, checkpoint.RootHash, proof);
                if (!verdict.IsValid)
                {
                    throw new VerificationFailed($"forked history: the log of size {checkpoint.Size} is not an extension of the earlier one of size {earlier.Size}: {verdict.Message}");
                }
            }

            Checks.Add($"the earlier checkpoint of size {earlier.Size} is consistent with size {checkpoint.Size} (append-only)");
        }

        private async Task<TileHashReader> ReaderForAsync(IEnumerable<NodeId> nodes, ulong size, CancellationToken cancellationToken)
        {
            var tiles = new Dictionary<TileAddress, byte[]>(upperTiles);
            foreach (var address in TileHashReader.TilesFor(nodes, size))
            {
                if (!tiles.ContainsKey(address))
                {
                    tiles[address] = await FetchTileAsync(address, cancellationToken);
                }
            }

            return new TileHashReader(size, tiles);
        }

        private async Task<(byte[]? Tile, byte[]? Bundle)> FetchLevelZeroAsync(ulong index, ulong size, CancellationToken cancellationToken)
        {
            var width = TilePath.WidthAt(0, index, size);
            var tile = source.ReadAsync(TilePath.Tile(0, index, width), cancellationToken);
            var bundle = source.ReadAsync(TilePath.Entries(index, width), cancellationToken);
            return (await tile, await bundle);
        }

        private async Task<byte[]> FetchTileAsync(TileAddress address, CancellationToken cancellationToken) =>
            CheckTile(address, await source.ReadAsync(address.Path, cancellationToken));

        private byte[] CheckTile(TileAddress address, byte[]? bytes)
        {
            var tile = bytes
                ?? throw new VerificationFailed($"hash tile {source.Locate(address.Path)} is missing");
            if (tile.Length != address.Width * HashSize)
            {
                throw new VerificationFailed(
                    $"hash tile {source.Locate(address.Path)} has {tile.Length} bytes, not {address.Width * HashSize}: the tile was changed or truncated");
            }

            return tile;
        }
    }
}
