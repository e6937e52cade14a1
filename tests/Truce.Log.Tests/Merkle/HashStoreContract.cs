using Truce.Log.Merkle;
using Xunit;

namespace Truce.Log.Tests.Merkle;

/// <summary>
/// The <see cref="IHashStore"/> contract as tests. A durable implementation (SQLite, PostgreSQL) subclasses this
/// (link the file into its test project) and returns a fresh, empty store from <see cref="CreateStore"/>.
/// </summary>
public abstract class HashStoreContract
{
    protected abstract IHashStore CreateStore();

    private static byte[] Hash(byte b) => Enumerable.Repeat(b, 32).ToArray();

    [Fact]
    public void RewritingAStoredNodeWithTheSameHashChangesNothing()
    {
        var store = CreateStore();
        store.Write([new StoredHash(new NodeId(0, 0), Hash(1))]);
        store.Write([new StoredHash(new NodeId(0, 0), Hash(1)), new StoredHash(new NodeId(0, 1), Hash(2))]);
        Assert.Equal([Hash(1), Hash(2)], store.Read([new NodeId(0, 0), new NodeId(0, 1)]));
    }

    [Fact]
    public void ABatchThatWouldChangeHistoryIsRejectedWhole()
    {
        var store = CreateStore();
        store.Write([new StoredHash(new NodeId(0, 0), Hash(1))]);
        Assert.ThrowsAny<Exception>(() =>
            store.Write([new StoredHash(new NodeId(0, 1), Hash(2)), new StoredHash(new NodeId(0, 0), Hash(9))]));
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(0, 1)]));
        Assert.Equal([Hash(1)], store.Read([new NodeId(0, 0)]));
    }

    [Fact]
    public void ReadingANodeThatIsNotStoredIsABug()
    {
        var store = CreateStore();
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(3, 0)]));
    }

    [Fact]
    public void ReadsReturnHashesInTheOrderAsked()
    {
        var store = CreateStore();
        store.Write([.. Enumerable.Range(0, 4).Select(i => new StoredHash(new NodeId(0, (ulong)i), Hash((byte)i)))]);
        Assert.Equal([Hash(3), Hash(0), Hash(2), Hash(3)], store.Read([new NodeId(0, 3), new NodeId(0, 0), new NodeId(0, 2), new NodeId(0, 3)]));
    }

    [Fact]
    public void AppendingStoresOnlyCompleteSubtrees()
    {
        var store = CreateStore();
        new MerkleTree(store).Append(0, [.. Enumerable.Range(0, 5).Select(i => Hash((byte)i))]);
        Assert.Single(store.Read([new NodeId(2, 0)]));
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(1, 2)]));
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(3, 0)]));
    }

    [Fact]
    public void RootsAfterManyBatchesEqualTheRootOfOneBatch()
    {
        var leaves = Enumerable.Range(0, 1_000).Select(i => MerkleHash.Leaf(BitConverter.GetBytes(i))).ToArray();
        var batched = new MerkleTree(CreateStore());
        var size = 0UL;
        foreach (var count in new[] { 1, 2, 3, 250, 6, 256, 482 })
        {
            size = batched.Append(size, leaves[(int)size..((int)size + count)]).Size;
        }

        var whole = new MerkleTree(new InMemoryHashStore());
        var expected = whole.Append(0, leaves);
        Assert.Equal(expected.Root, batched.Root(size));
        Assert.Equal(whole.Root(517), batched.Root(517));
        Assert.Equal(whole.InclusionProof(300, 1_000), batched.InclusionProof(300, 1_000));
    }
}
