using Truce.Log.Notes;
using Truce.Log.Tests.Publishing;
using Truce.Log.Tiles;
using Truce.Log.Verification;
using Xunit;

namespace Truce.Log.Tests.Verification;

/// <summary>Each kind of tampering is caught, whether the log is read from a directory or over HTTP.</summary>
public sealed class TamperingTests
{
    public static TheoryData<bool> Transports() => [false, true];

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AnUntouchedLogVerifiesWithInclusionAndConsistency(bool overHttp)
    {
        using var log = new TestLog();
        log.Append(300);
        log.Publish();
        var earlier = await File.ReadAllBytesAsync(log.PathOf("checkpoint"));
        log.Append(70_000 - 300);
        log.Publish();

        var result = await Verify(log, overHttp, new LogVerifyRequest { Entry = 65_537, Since = earlier, ExpectedOrigin = TestLog.Origin });

        Assert.True(result.IsValid, result.Failure);
        Assert.Equal(70_000UL, result.Checkpoint!.Size);
        Assert.Contains(result.Checks, c => c.Contains("entry 65537 is included", StringComparison.Ordinal));
        Assert.Contains(result.Checks, c => c.Contains("consistent", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AChangedEntryIsDetected(bool overHttp)
    {
        using var log = Published(600);
        var bundle = log.PathOf("tile/entries/001");
        var bytes = await File.ReadAllBytesAsync(bundle);
        bytes[10] ^= 0x01;
        await File.WriteAllBytesAsync(bundle, bytes);

        var result = await Verify(log, overHttp, new LogVerifyRequest());

        Assert.False(result.IsValid);
        Assert.Contains("entry 256 ", result.Failure, StringComparison.Ordinal);
        Assert.Contains("changed", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AChangedHashTileIsDetected(bool overHttp)
    {
        using var log = Published(600);
        var tile = log.PathOf("tile/1/000.p/2");
        var bytes = await File.ReadAllBytesAsync(tile);
        bytes[40] ^= 0x80;
        await File.WriteAllBytesAsync(tile, bytes);

        var result = await Verify(log, overHttp, new LogVerifyRequest());

        Assert.False(result.IsValid);
        Assert.Contains("tile/1/000.p/2", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AChangedPartialLevelZeroTileIsDetected(bool overHttp)
    {
        using var log = Published(600);
        var tile = log.PathOf("tile/0/002.p/88");
        var bytes = await File.ReadAllBytesAsync(tile);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(tile, bytes);

        var result = await Verify(log, overHttp, new LogVerifyRequest());

        Assert.False(result.IsValid);
        Assert.Contains("changed", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ADroppedEntryIsDetected(bool overHttp)
    {
        using var log = Published(600);
        var path = log.PathOf("tile/entries/002.p/88");
        var entries = EntryBundle.TryDecode(await File.ReadAllBytesAsync(path), out _)!;
        await File.WriteAllBytesAsync(path, EntryBundle.Encode(entries.Where((_, i) => i != 40).Select(e => (ReadOnlyMemory<byte>)e)));

        var result = await Verify(log, overHttp, new LogVerifyRequest());

        Assert.False(result.IsValid);
        Assert.Contains("dropped", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AForkedHistoryIsDetectedAgainstAnEarlierCheckpoint(bool overHttp)
    {
        using var signer = NoteSigner.Generate(TestLog.Origin);
        using var original = new TestLog(NoteSigner.Parse(signer.Export()));
        original.Append(500);
        original.Publish();
        var earlier = await File.ReadAllBytesAsync(original.PathOf("checkpoint"));

        // Same key, same size, one different entry: a fork that each checkpoint alone cannot reveal.
        using var forked = new TestLog(NoteSigner.Parse(signer.Export()));
        forked.Append(499);
        forked.Append(1, salt: ",\"forged\":true");
        forked.Append(100);
        forked.Publish();

        var result = await Verify(forked, overHttp, new LogVerifyRequest { Since = earlier });

        Assert.False(result.IsValid);
        Assert.Contains("forked history", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ASameSizeForkIsDetected(bool overHttp)
    {
        using var signer = NoteSigner.Generate(TestLog.Origin);
        using var original = new TestLog(NoteSigner.Parse(signer.Export()));
        original.Append(10);
        original.Publish();
        var earlier = await File.ReadAllBytesAsync(original.PathOf("checkpoint"));
        using var forked = new TestLog(NoteSigner.Parse(signer.Export()));
        forked.Append(10, salt: ",\"v\":2");
        forked.Publish();

        var result = await Verify(forked, overHttp, new LogVerifyRequest { Since = earlier });

        Assert.False(result.IsValid);
        Assert.Contains("different roots", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ATruncatedLogIsDetectedAgainstAnEarlierCheckpoint(bool overHttp)
    {
        using var signer = NoteSigner.Generate(TestLog.Origin);
        using var longer = new TestLog(NoteSigner.Parse(signer.Export()));
        longer.Append(20);
        longer.Publish();
        var earlier = await File.ReadAllBytesAsync(longer.PathOf("checkpoint"));
        using var shorter = new TestLog(NoteSigner.Parse(signer.Export()));
        shorter.Append(19);
        shorter.Publish();

        var result = await Verify(shorter, overHttp, new LogVerifyRequest { Since = earlier });

        Assert.False(result.IsValid);
        Assert.Contains("shrank", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ABadCheckpointSignatureIsDetected(bool overHttp)
    {
        using var log = Published(5);
        var path = log.PathOf("checkpoint");
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("\n5\n", "\n6\n", StringComparison.Ordinal));

        var result = await Verify(log, overHttp, new LogVerifyRequest());

        Assert.False(result.IsValid);
        Assert.Contains("does not verify", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckpointByAnotherKeyIsRejected()
    {
        using var log = Published(5);
        using var other = NoteSigner.Generate(TestLog.Origin);
        var result = await new LogVerifier(new DirectoryTileSource(log.Root), other.Verifier).VerifyAsync(new LogVerifyRequest(), CancellationToken.None);
        Assert.False(result.IsValid);
        Assert.Contains("no signature by a known key", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingTileIsReportedWithItsLocation()
    {
        using var log = Published(300);
        File.Delete(log.PathOf("tile/0/001.p/44"));
        var result = await Verify(log, overHttp: false, new LogVerifyRequest());
        Assert.False(result.IsValid);
        Assert.Contains("001.p", result.Failure, StringComparison.Ordinal);
        Assert.Contains("missing", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ATruncatedTileIsDetected(bool overHttp)
    {
        using var log = Published(300);
        var path = log.PathOf("tile/0/000");
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..^32]);

        var result = await Verify(log, overHttp, new LogVerifyRequest());

        Assert.False(result.IsValid);
        Assert.Contains("tile/0/000 has 8160 bytes", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryAddedToABundleWithoutACheckpointIsDetected()
    {
        using var log = Published(10);
        var path = log.PathOf("tile/entries/000.p/10");
        var entries = EntryBundle.TryDecode(await File.ReadAllBytesAsync(path), out _)!;
        await File.WriteAllBytesAsync(path, EntryBundle.Encode(entries.Append(TestLog.EntryText(99)).Select(e => (ReadOnlyMemory<byte>)e)));

        var result = await Verify(log, overHttp: false, new LogVerifyRequest());

        Assert.False(result.IsValid);
        Assert.Contains("added", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingCheckpointIsReported()
    {
        using var log = Published(3);
        File.Delete(log.PathOf("checkpoint"));
        var result = await Verify(log, overHttp: true, new LogVerifyRequest());
        Assert.False(result.IsValid);
        Assert.Contains("no checkpoint at http://127.0.0.1:", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTesseraLogVerifiesOverHttp()
    {
        using var server = new LoopbackStaticServer(TestData.PathOf("tessera-log", "log"));
        using var client = new HttpClient();
        var key = NoteVerifier.Parse("example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx");
        var since = await File.ReadAllBytesAsync(TestData.PathOf("tessera-log", "log", "checkpoint.7"));

        var result = await new LogVerifier(new HttpTileSource(client, server.Prefix), key)
            .VerifyAsync(new LogVerifyRequest { Entry = 14, Since = since }, CancellationToken.None);

        Assert.True(result.IsValid, result.Failure);
        Assert.Equal(15UL, result.Checkpoint!.Size);
    }

    private static TestLog Published(int size)
    {
        var log = new TestLog();
        log.Append(size);
        log.Publish();
        return log;
    }

    private static async Task<LogVerification> Verify(TestLog log, bool overHttp, LogVerifyRequest request)
    {
        if (!overHttp)
        {
            return await new LogVerifier(new DirectoryTileSource(log.Root), log.Signer.Verifier).VerifyAsync(request, CancellationToken.None);
        }

        using var server = new LoopbackStaticServer(log.Root);
        using var client = new HttpClient();
        return await new LogVerifier(new HttpTileSource(client, server.Prefix), log.Signer.Verifier).VerifyAsync(request, CancellationToken.None);
    }
}
