using System.Text;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Log.Publishing;
using Truce.Log.Tiles;
using Truce.Log.Verification;
using Xunit;

namespace Truce.Log.Tests.Publishing;

public sealed class TilePublisherTests
{
    [Fact]
    public async Task APublishedLogVerifiesAtEverySizeItWasPublishedAt()
    {
        using var log = new TestLog();
        foreach (var batch in new[] { 1, 2, 252, 1, 1, 300, 65_000 })
        {
            log.Append(batch);
            log.Publish();
            var result = await new LogVerifier(new DirectoryTileSource(log.Root), log.Signer.Verifier)
                .VerifyAsync(new LogVerifyRequest { Entry = log.Size - 1, ExpectedOrigin = TestLog.Origin }, CancellationToken.None);
            Assert.True(result.IsValid, result.Failure);
            Assert.Equal(log.Size, result.Checkpoint!.Size);
            Assert.Equal(Convert.ToBase64String(log.RootHash()), Convert.ToBase64String(result.Checkpoint.RootHash));
        }
    }

    [Fact]
    public void RepublishingLeavesFullTilesUntouched()
    {
        using var log = new TestLog();
        log.Append(600);
        log.Publish();
        var full = log.PathOf("tile/0/000");
        var written = File.GetLastWriteTimeUtc(full);
        var inode = new FileInfo(full).Length;

        log.Append(10);
        var result = log.Publish();

        Assert.Equal(written, File.GetLastWriteTimeUtc(full));
        Assert.Equal(inode, new FileInfo(full).Length);
        Assert.True(result.Unchanged >= 4, $"{result}");
        Assert.True(File.Exists(log.PathOf("tile/0/002.p/98")));
        Assert.True(File.Exists(log.PathOf("tile/0/002.p/88")));
    }

    [Fact]
    public void PublishingADifferentHistoryOverAnExistingLogFails()
    {
        using var log = new TestLog();
        log.Append(300);
        log.Publish();
        var checkpointBefore = File.ReadAllBytes(log.PathOf("checkpoint"));
        using var other = new TestLog();
        other.Append(300, salt: ",\"other\":1");

        var publisher = new TilePublisher(OtherStore(other), other, new DirectoryTileSink(log.Root));
        var failure = Assert.Throws<InvalidOperationException>(() => publisher.Publish(300, TestLog.Origin, log.Signer));

        Assert.Contains("tile/", failure.Message, StringComparison.Ordinal);
        Assert.Equal(checkpointBefore, File.ReadAllBytes(log.PathOf("checkpoint")));
    }

    [Fact]
    public void OurPublisherWritesTesserasBytesForTesserasEntries()
    {
        var tessera = TestData.PathOf("tessera-log", "log");
        var entries = EntryBundle.TryDecode(File.ReadAllBytes(Path.Combine(tessera, "tile", "entries", "000.p", "15")), out _)!;
        var store = new InMemoryHashStore();
        new MerkleTree(store).Append(0, [.. entries.Select(e => MerkleHash.Leaf(e))]);
        var sink = new InMemoryTileSink();
        using var signer = NoteSigner.Generate("example.com/log/testdata");

        new TilePublisher(store, new ListSource(entries), sink).Publish(15, "example.com/log/testdata", signer);

        Assert.Equal(File.ReadAllBytes(Path.Combine(tessera, "tile", "0", "000.p", "15")), sink.Files["tile/0/000.p/15"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(tessera, "tile", "entries", "000.p", "15")), sink.Files["tile/entries/000.p/15"]);
        var ours = Encoding.UTF8.GetString(sink.Files["checkpoint"]).Split('\n')[..3];
        var theirs = File.ReadAllText(Path.Combine(tessera, "checkpoint.15")).Split('\n')[..3];
        Assert.Equal(theirs, ours);
    }

    private static InMemoryHashStore OtherStore(TestLog log)
    {
        var store = new InMemoryHashStore();
        var entries = log.ReadEntries(0, (int)log.Size);
        new MerkleTree(store).Append(0, [.. entries.Select(e => MerkleHash.Leaf(e.Span))]);
        return store;
    }

    private sealed class ListSource(IReadOnlyList<byte[]> entries) : IEntrySource
    {
        public IReadOnlyList<ReadOnlyMemory<byte>> ReadEntries(ulong start, int count) =>
            [.. entries.Skip((int)start).Take(count).Select(e => (ReadOnlyMemory<byte>)e)];
    }
}
