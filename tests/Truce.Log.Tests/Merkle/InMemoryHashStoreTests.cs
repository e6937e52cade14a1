using Truce.Log.Merkle;
using Xunit;

namespace Truce.Log.Tests.Merkle;

public sealed class InMemoryHashStoreTests : HashStoreContract
{
    protected override IHashStore CreateStore() => new InMemoryHashStore();

    [Fact]
    public void WritingPastTheEndOfALevelIsABug()
    {
        var store = new InMemoryHashStore();
        Assert.Throws<InvalidOperationException>(() => store.Write([new StoredHash(new NodeId(0, 1), new byte[32])]));
        Assert.Throws<ArgumentException>(() => store.Write([new StoredHash(new NodeId(0, 0), new byte[31])]));
    }
}
