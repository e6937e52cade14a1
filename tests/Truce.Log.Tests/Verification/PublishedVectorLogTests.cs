using System.Text;
using Truce.Log.Checkpoints;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Log.Tiles;
using Truce.Log.Verification;
using Xunit;

namespace Truce.Log.Tests.Verification;

public sealed class PublishedVectorLogTests
{
    private const string TesseraKey = "example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx";
    private const string MockKey = "mock.example/log+809a7213+AZwC41fp8kS4Ad5C56jWsBifXpzJ2RtY/Zbs7+f0enp7";
    private static readonly string[] TesseraWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eit", "nain", "ten", "ileven", "twelf", "threeten", "fourten", "fivten"];

    private static readonly int[] MockSizes = [0, 1, 2, 3, 8, 255, 256, 257, 300];

    public static TheoryData<int> TesseraSizes() => [.. Enumerable.Range(0, 16)];

    public static TheoryData<int> MockLogSizes() => [.. MockSizes];

    [Theory]
    [MemberData(nameof(TesseraSizes))]
    public async Task EveryTesseraCheckpointVerifiesAgainstItsTiles(int size)
    {
        var result = await Verify("tessera-log", TesseraKey, size, new LogVerifyRequest { ExpectedOrigin = "example.com/log/testdata" });
        Assert.True(result.IsValid, result.Failure);
        Assert.Equal((ulong)size, result.Checkpoint!.Size);
    }

    [Theory]
    [MemberData(nameof(MockLogSizes))]
    public async Task EveryMockLogCheckpointVerifiesWithInclusionOfItsLastEntry(int size)
    {
        var request = new LogVerifyRequest { Entry = size == 0 ? null : (ulong)size - 1, ExpectedOrigin = "mock.example/log" };
        var result = await Verify("mocklog-300", MockKey, size, request);
        Assert.True(result.IsValid, result.Failure);
    }

    [Fact]
    public async Task EveryEarlierMockCheckpointIsConsistentWithEveryLaterOne()
    {
        foreach (var later in MockSizes)
        {
            foreach (var earlier in MockSizes.Where(s => s <= later))
            {
                var since = await File.ReadAllBytesAsync(TestData.PathOf("mocklog-300", "log", $"checkpoint.{earlier}"));
                var result = await Verify("mocklog-300", MockKey, later, new LogVerifyRequest { Since = since });
                Assert.True(result.IsValid, $"{earlier} → {later}: {result.Failure}");
            }
        }
    }

    [Fact]
    public async Task EveryEarlierTesseraCheckpointIsConsistentWithTheLatest()
    {
        for (var earlier = 0; earlier <= 15; earlier++)
        {
            var since = await File.ReadAllBytesAsync(TestData.PathOf("tessera-log", "log", $"checkpoint.{earlier}"));
            var result = await Verify("tessera-log", TesseraKey, 15, new LogVerifyRequest { Since = since, Entry = (ulong)earlier % 15 });
            Assert.True(result.IsValid, $"{earlier} → 15: {result.Failure}");
        }
    }

    [Fact]
    public async Task TheMockEntriesAreFoundByContent()
    {
        var wanted = Encoding.UTF8.GetBytes("mock entry 257\n" + new string('x', 257 % 7));
        var result = await Verify("mocklog-300", MockKey, 300, new LogVerifyRequest { Find = e => e.AsSpan().SequenceEqual(wanted) });
        Assert.True(result.IsValid, result.Failure);
        Assert.Equal([257UL], result.FoundEntries);
    }

    [Fact]
    public async Task TesseraCheckpoint15RootIsRederivedFromItsEntriesAlone()
    {
        var log = TestData.PathOf("tessera-log", "log");
        var bundle = await File.ReadAllBytesAsync(Path.Combine(log, "tile", "entries", "000.p", "15"));
        var entries = EntryBundle.TryDecode(bundle, out var error);
        Assert.NotNull(entries);
        Assert.Equal(TesseraWords, entries.Select(e => Encoding.ASCII.GetString(e)));

        var tree = new MerkleTree(new InMemoryHashStore());
        var appended = tree.Append(0, [.. entries.Select(e => MerkleHash.Leaf(e))]);
        var checkpoint = SignedCheckpoint.Open(await File.ReadAllBytesAsync(Path.Combine(log, "checkpoint.15")), NoteVerifier.Parse(TesseraKey), "example.com/log/testdata");
        Assert.True(checkpoint.IsValid, checkpoint.Message);
        Assert.Equal(Convert.ToBase64String(checkpoint.Checkpoint!.RootHash), Convert.ToBase64String(appended.Root));

        var tile = await File.ReadAllBytesAsync(Path.Combine(log, "tile", "0", "000.p", "15"));
        Assert.Equal(tile, entries.SelectMany(e => MerkleHash.Leaf(e)).ToArray());
    }

    private static Task<LogVerification> Verify(string log, string key, int size, LogVerifyRequest request)
    {
        var directory = new DirectoryTileSource(TestData.PathOf(log, "log"));
        var source = new PinnedCheckpointSource(directory, $"checkpoint.{size}");
        return new LogVerifier(source, NoteVerifier.Parse(key)).VerifyAsync(request, CancellationToken.None);
    }
}
