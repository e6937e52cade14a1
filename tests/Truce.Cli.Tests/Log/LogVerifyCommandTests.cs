using System.Text;
using Truce.Cli.Log;
using Truce.Log.Json;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Log.Publishing;
using Xunit;

namespace Truce.Cli.Tests.Log;

/// <summary>Runs the real <c>truce</c> executable against published logs.</summary>
public sealed class LogVerifyCommandTests : IDisposable
{
    private const string MockKey = "mock.example/log+809a7213+AZwC41fp8kS4Ad5C56jWsBifXpzJ2RtY/Zbs7+f0enp7";
    private readonly string temp = Path.Combine(Path.GetTempPath(), "truce-cli-log-" + Guid.NewGuid().ToString("N"));

    public LogVerifyCommandTests() => Directory.CreateDirectory(temp);

    private static string MockLog => Path.Combine(RepositoryRoot(), "..", "shared", "testdata", "tlog", "mocklog-300", "log");

    [Fact]
    public async Task AnIntactLogVerifiesWithExitCodeZero()
    {
        var (code, output, _) = await Run("log", "verify", "--log", MockLog, "--key", MockKey, "--entry", "299", "--since", Path.Combine(MockLog, "checkpoint.8"));
        Assert.Equal(0, code);
        Assert.Contains("entry 299 is included", output, StringComparison.Ordinal);
        Assert.Contains("consistent", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangedEntryFailsWithExitCodeOneAndSaysWhere()
    {
        var copy = CopyMockLog();
        var bundle = Path.Combine(copy, "tile", "entries", "001.p", "44");
        var bytes = await File.ReadAllBytesAsync(bundle);
        bytes[5] ^= 0x20;
        await File.WriteAllBytesAsync(bundle, bytes);

        var (code, _, error) = await Run("log", "verify", "--log", copy, "--key", MockKey);

        Assert.Equal(1, code);
        Assert.Contains("entry 256", error, StringComparison.Ordinal);
        Assert.Contains("001.p", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyOfAnotherLogFailsWithExitCodeOne()
    {
        using var other = NoteSigner.Generate("mock.example/log");
        var (code, _, error) = await Run("log", "verify", "--log", MockLog, "--key", other.Verifier.ToString());
        Assert.Equal(1, code);
        Assert.Contains("signature", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadArgumentsAreUserErrors()
    {
        Assert.Equal(1, (await Run("log", "verify", "--log", Path.Combine(temp, "absent"), "--key", MockKey)).Code);
        Assert.Equal(1, (await Run("log", "verify", "--log", MockLog, "--key", "not-a-key")).Code);
        Assert.Equal(1, (await Run("log", "verify", "--log", MockLog)).Code);
    }

    [Fact]
    public async Task ARecordIsFoundByItsIdAndProvedIncluded()
    {
        using var signer = NoteSigner.Generate("test.example/mission");
        var entries = Enumerable.Range(0, 300)
            .Select(i => CanonicalJson.Canonicalize($"{{\"kind\":\"observation\",\"at\":\"2025-03-20T00:00:00Z\",\"by\":\"ingest\",\"record\":{{\"id\":\"obs-{i}\"}}}}"))
            .ToList();
        var store = new InMemoryHashStore();
        new MerkleTree(store).Append(0, [.. entries.Select(e => MerkleHash.Leaf(e))]);
        new TilePublisher(store, new ListSource(entries), new DirectoryTileSink(temp)).Publish(300, "test.example/mission", signer);
        var keyFile = Path.Combine(temp, "verifier.key");
        await File.WriteAllTextAsync(keyFile, signer.Verifier + "\n");

        var found = await Run("log", "verify", "--log", temp, "--key", keyFile, "--record", "obs-261");
        var missing = await Run("log", "verify", "--log", temp, "--key", keyFile, "--record", "obs-9999");

        Assert.Equal(0, found.Code);
        Assert.Contains("record obs-261 is entry 261", found.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.Code);
        Assert.Contains("obs-9999", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordIdsMatchOnlyTheRecordsOwnId()
    {
        Assert.True(VerifyLogCommand.RecordIdMatches(Encoding.UTF8.GetBytes("{\"record\":{\"id\":\"a\"}}"), "a"));
        Assert.True(VerifyLogCommand.RecordIdMatches(Encoding.UTF8.GetBytes("{\"record\":{\"id\":17}}"), "17"));
        Assert.False(VerifyLogCommand.RecordIdMatches(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"record\":{}}"), "a"));
        Assert.False(VerifyLogCommand.RecordIdMatches(Encoding.UTF8.GetBytes("not json"), "a"));
    }

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private string CopyMockLog()
    {
        var copy = Path.Combine(temp, "copy");
        foreach (var file in Directory.EnumerateFiles(MockLog, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(MockLog, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => Task.FromResult(TruceProcess.Run(args));

    private static string RepositoryRoot() => TruceProcess.RepositoryRoot();

    private sealed class ListSource(IReadOnlyList<byte[]> entries) : IEntrySource
    {
        public IReadOnlyList<ReadOnlyMemory<byte>> ReadEntries(ulong start, int count) =>
            [.. entries.Skip((int)start).Take(count).Select(e => (ReadOnlyMemory<byte>)e)];
    }
}
