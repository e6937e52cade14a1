using Truce.Log.Merkle;
using Xunit;

namespace Truce.Log.Tests.Merkle;

/// <summary>The <see cref="IHashStore"/> contract, checked on the in-memory implementation.</summary>
public sealed class InMemoryHashStoreTests
{
    private static byte[] Hash(byte b) => Enumerable.Repeat(b, 32).ToArray();

    [Fact]
    public void RewritingAStoredNodeWithTheSameHashChangesNothing()
    {
        var store = new InMemoryHashStore();
        store.Write([new StoredHash(new NodeId(0, 0), Hash(1))]);
        store.Write([new StoredHash(new NodeId(0, 0), Hash(1)), new StoredHash(new NodeId(0, 1), Hash(2))]);
        Assert.Equal([Hash(1), Hash(2)], store.Read([new NodeId(0, 0), new NodeId(0, 1)]));
    }

    [Fact]
    public void ABatchThatWouldChangeHistoryIsRejectedWhole()
    {
        var store = new InMemoryHashStore();
        store.Write([new StoredHash(new NodeId(0, 0), Hash(1))]);
        Assert.Throws<InvalidOperationException>(() =>
            store.Write([new StoredHash(new NodeId(0, 1), Hash(2)), new StoredHash(new NodeId(0, 0), Hash(9))]));
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(0, 1)]));
    }

    [Fact]
    public void GapsAndMissingNodesAreBugs()
    {
        var store = new InMemoryHashStore();
        Assert.Throws<InvalidOperationException>(() => store.Write([new StoredHash(new NodeId(0, 1), Hash(1))]));
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(3, 0)]));
        Assert.Throws<ArgumentException>(() => store.Write([new StoredHash(new NodeId(0, 0), new byte[31])]));
    }

    [Fact]
    public void AppendingStoresOnlyCompleteSubtrees()
    {
        var store = new InMemoryHashStore();
        new MerkleTree(store).Append(0, [.. Enumerable.Range(0, 5).Select(i => Hash((byte)i))]);
        Assert.Single(store.Read([new NodeId(2, 0)]));
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(1, 2)]));
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(3, 0)]));
    }
}
