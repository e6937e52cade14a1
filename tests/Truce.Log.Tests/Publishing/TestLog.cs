using System.Text;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Log.Publishing;

namespace Truce.Log.Tests.Publishing;

/// <summary>A log built in memory and published with <see cref="TilePublisher"/> into a temporary directory.</summary>
internal sealed class TestLog : IEntrySource, IDisposable
{
    public const string Origin = "test.example/log";

    private readonly InMemoryHashStore store = new();
    private readonly List<byte[]> entries = [];

    public TestLog(NoteSigner? signer = null)
    {
        Signer = signer ?? NoteSigner.Generate(Origin);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "truce-log-test-" + Guid.NewGuid().ToString("N"));

    public NoteSigner Signer { get; }

    public ulong Size => (ulong)entries.Count;

    public static byte[] EntryText(int i, string salt = "") => Encoding.UTF8.GetBytes($"{{\"n\":{i}{salt}}}");

    public void Append(int count, string salt = "")
    {
        var batch = Enumerable.Range(entries.Count, count).Select(i => EntryText(i, salt)).ToList();
        new MerkleTree(store).Append(Size, [.. batch.Select(e => MerkleHash.Leaf(e))]);
        entries.AddRange(batch);
    }

    public PublishResult Publish() =>
        new TilePublisher(store, this, new DirectoryTileSink(Root)).Publish(Size, Origin, Signer);

    public byte[] RootHash() => new MerkleTree(store).Root(Size);

    public IReadOnlyList<ReadOnlyMemory<byte>> ReadEntries(ulong start, int count) =>
        [.. entries.Skip((int)start).Take(count).Select(e => (ReadOnlyMemory<byte>)e)];

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        Signer.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
