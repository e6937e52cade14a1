using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Truce.Log.Checkpoints;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Log.Publishing;
using Truce.Log.Tiles;
using Truce.Log.Verification;

namespace Truce.Bench.Log;

/// <summary>
/// <c>dotnet run -c Release --project bench/Truce.Bench -- log [entries]</c>: Stopwatch figures for the transparency
/// log (tree hashing against plain SHA-256, tile publication, inclusion proofs, appends with a signed checkpoint per
/// batch). In-memory hash store; the durable SQLite store is measured separately.
/// </summary>
public static class LogLoadDriver
{
    public static int Run(string[] args)
    {
        var entries = args.Length > 0 ? ulong.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000UL;
        Console.WriteLine($"Transparency log benchmark, {Environment.ProcessorCount} cores, {entries:N0} entries");
        HashThroughput(200_000);
        HashThroughput(1_000_000);
        var (store, source) = BuildTree(entries);
        PublishInMemory(store, source, entries);
        PublishDurably(Math.Min(entries, 200_000));
        ProofLatency(store, entries);
        AppendWithCheckpoints(1_000_000, 1_000);
        AppendWithCheckpoints(200_000, 100);
        return 0;
    }

    private static byte[] Entry(ulong i) =>
        Encoding.UTF8.GetBytes($"{{\"at\":\"2025-03-20T12:00:00Z\",\"by\":\"bench\",\"kind\":\"observation\",\"record\":{{\"id\":\"obs-{i}\"}}}}");

    private static void HashThroughput(int count)
    {
        var data = Enumerable.Range(0, count).Select(i => Entry((ulong)i)).ToArray();
        var bytes = data.Sum(d => (long)d.Length);
        Span<byte> hash = stackalloc byte[32];

        var plain = Stopwatch.StartNew();
        foreach (var d in data)
        {
            SHA256.HashData(d, hash);
        }

        plain.Stop();

        var tree = Stopwatch.StartNew();
        var merkle = new MerkleTree(new InMemoryHashStore());
        var size = 0UL;
        for (var start = 0; start < count; start += 10_000)
        {
            var leaves = data[start..Math.Min(count, start + 10_000)].Select(d => MerkleHash.Leaf(d)).ToArray();
            size = merkle.Append(size, leaves).Size;
        }

        tree.Stop();

        // The same hashes without storing them: what the RFC 9162 hashing itself costs (2 SHA-256 per entry).
        var streaming = Stopwatch.StartNew();
        var stack = new byte[64][];
        var levels = new int[64];
        var depth = 0;
        foreach (var d in data)
        {
            var node = new byte[32];
            MerkleHash.Leaf(d, node);
            var level = 0;
            while (depth > 0 && levels[depth - 1] == level)
            {
                MerkleHash.Node(stack[depth - 1], node, node);
                depth--;
                level++;
            }

            stack[depth] = node;
            levels[depth] = level;
            depth++;
        }

        streaming.Stop();
        var streamingRate = bytes / streaming.Elapsed.TotalSeconds / 1e6;
        var plainRate = bytes / plain.Elapsed.TotalSeconds / 1e6;
        var treeRate = bytes / tree.Elapsed.TotalSeconds / 1e6;
        Console.WriteLine($"hash: {count:N0} entries ({bytes / 1e6:F1} MB): plain SHA-256 {plainRate:F1} MB/s ({count / plain.Elapsed.TotalSeconds:N0} entries/s), " +
            $"tree (leaf+nodes, stored) {treeRate:F1} MB/s ({count / tree.Elapsed.TotalSeconds:N0} entries/s), ratio tree/plain {treeRate / plainRate:F2}; " +
            $"hashing only, not stored {streamingRate:F1} MB/s, ratio {streamingRate / plainRate:F2}");
    }

    private static (InMemoryHashStore Store, GeneratedEntries Source) BuildTree(ulong count)
    {
        var store = new InMemoryHashStore();
        var merkle = new MerkleTree(store);
        var watch = Stopwatch.StartNew();
        var size = 0UL;
        const int batch = 65_536;
        while (size < count)
        {
            var n = (int)Math.Min((ulong)batch, count - size);
            var leaves = new byte[n][];
            for (var i = 0; i < n; i++)
            {
                leaves[i] = MerkleHash.Leaf(Entry(size + (ulong)i));
            }

            size = merkle.Append(size, leaves).Size;
        }

        Console.WriteLine($"build: {count:N0} entries appended in {watch.Elapsed.TotalSeconds:F1} s ({count / watch.Elapsed.TotalSeconds:N0} entries/s)");
        return (store, new GeneratedEntries());
    }

    private static void PublishInMemory(InMemoryHashStore store, GeneratedEntries source, ulong size)
    {
        using var signer = NoteSigner.Generate("bench.example/log");
        var sink = new InMemoryTileSink();
        var watch = Stopwatch.StartNew();
        var result = new TilePublisher(store, source, sink).Publish(size, "bench.example/log", signer);
        watch.Stop();
        var bytes = sink.Files.Values.Sum(f => (long)f.Length);
        Console.WriteLine($"publish (memory): {size:N0} entries → {result.Written:N0} files, {bytes / 1e6:F0} MB in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static void PublishDurably(ulong size)
    {
        var store = new InMemoryHashStore();
        var merkle = new MerkleTree(store);
        var leaves = new byte[size][];
        for (var i = 0UL; i < size; i++)
        {
            leaves[i] = MerkleHash.Leaf(Entry(i));
        }

        merkle.Append(0, leaves);
        var directory = Path.Combine(Path.GetTempPath(), "truce-bench-log-" + Guid.NewGuid().ToString("N"));
        using var signer = NoteSigner.Generate("bench.example/log");
        try
        {
            var watch = Stopwatch.StartNew();
            var result = new TilePublisher(store, new GeneratedEntries(), new DirectoryTileSink(directory)).Publish(size, "bench.example/log", signer);
            var first = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var again = new TilePublisher(store, new GeneratedEntries(), new DirectoryTileSink(directory)) { CheckFullTiles = false }
                .Publish(size, "bench.example/log", signer);
            Console.WriteLine($"publish (temp dir, fsync per file): {size:N0} entries → {result.Written:N0} files in {first:F1} s; " +
                $"re-publish unchanged {again.Unchanged:N0} files in {watch.Elapsed.TotalSeconds:F2} s");
            watch.Restart();
            var verification = new LogVerifier(new DirectoryTileSource(directory), signer.Verifier)
                .VerifyAsync(new LogVerifyRequest { Entry = size / 2 }, CancellationToken.None).GetAwaiter().GetResult();
            if (!verification.IsValid)
            {
                throw new InvalidOperationException(verification.Failure);
            }

            Console.WriteLine($"verify (directory, every bundle and tile): {size:N0} entries in {watch.Elapsed.TotalSeconds:F1} s ({size / watch.Elapsed.TotalSeconds:N0} entries/s)");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void ProofLatency(InMemoryHashStore store, ulong size)
    {
        var merkle = new MerkleTree(store);
        var random = new Random(42);
        var samples = new double[10_000];
        var root = merkle.Root(size);
        for (var i = 0; i < samples.Length; i++)
        {
            var index = (ulong)random.NextInt64((long)size);
            var watch = Stopwatch.StartNew();
            var proof = merkle.InclusionProof(index, size);
            samples[i] = watch.Elapsed.TotalMicroseconds;
            if (i % 1000 == 0 && !ProofVerifier.VerifyInclusion(index, size, MerkleHash.Leaf(Entry(index)), proof, root).IsValid)
            {
                throw new InvalidOperationException("benchmark produced an invalid proof");
            }
        }

        Array.Sort(samples);
        Console.WriteLine($"inclusion proof at {size:N0}: median {samples[samples.Length / 2]:F1} µs, p99 {samples[(int)(samples.Length * 0.99)]:F1} µs (in-memory store)");
    }

    private static void AppendWithCheckpoints(int count, int batchSize)
    {
        using var signer = NoteSigner.Generate("bench.example/log");
        var merkle = new MerkleTree(new InMemoryHashStore());
        var size = 0UL;
        var checkpoints = 0;
        var watch = Stopwatch.StartNew();
        while (size < (ulong)count)
        {
            var leaves = new byte[batchSize][];
            for (var i = 0; i < batchSize; i++)
            {
                leaves[i] = MerkleHash.Leaf(Entry(size + (ulong)i));
            }

            var appended = merkle.Append(size, leaves);
            size = appended.Size;
            SignedCheckpoint.Sign(new Checkpoint("bench.example/log", size, appended.Root), signer);
            checkpoints++;
        }

        Console.WriteLine($"append, batches of {batchSize:N0} with a signed checkpoint each: {size / watch.Elapsed.TotalSeconds:N0} entries/s ({checkpoints / watch.Elapsed.TotalSeconds:N0} checkpoints/s, in-memory store)");
    }

    private sealed class GeneratedEntries : IEntrySource
    {
        public IReadOnlyList<ReadOnlyMemory<byte>> ReadEntries(ulong start, int count)
        {
            var result = new ReadOnlyMemory<byte>[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = Entry(start + (ulong)i);
            }

            return result;
        }
    }
}
