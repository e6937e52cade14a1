using Microsoft.Data.Sqlite;
using Truce.Log.Merkle;
using Truce.Log.Tests.Merkle;
using Truce.Storage.Sqlite;
using Xunit;

namespace Truce.Storage.Tests.Transparency;

public sealed class SqliteHashStoreTests : HashStoreContract, IDisposable
{
    private readonly List<TempMission> _missions = [];
    private readonly List<SqliteConnection> _connections = [];

    protected override IHashStore CreateStore()
    {
        var mission = new TempMission();
        _missions.Add(mission);
        SqliteMissionStore.Open(mission.Directory, create: true).Dispose();
        var connection = new SqliteConnection($"Data Source={mission.DatabasePath};Pooling=False");
        connection.Open();
        _connections.Add(connection);
        return new SqliteHashStore(connection);
    }

    [Fact]
    public void HashesWrittenInsideAStoreWriteThatRollsBackAreGone()
    {
        var mission = new TempMission();
        _missions.Add(mission);
        using var store = SqliteMissionStore.Open(mission.Directory, create: true);

        Assert.Throws<InvalidOperationException>(() => store.ReplaceViolations([], transaction =>
        {
            new MerkleTree(SqliteHashStore.In(transaction)).Append(0, [new byte[32], new byte[32]]);
            throw new InvalidOperationException("the hook fails after writing hashes");
        }));

        using var connection = new SqliteConnection($"Data Source={mission.DatabasePath};Pooling=False");
        connection.Open();
        Assert.Throws<KeyNotFoundException>(() => new SqliteHashStore(connection).Read([new NodeId(0, 0)]));
    }

    [Fact]
    public void ManyHashesInOneWriteAreAllStoredAndAChangedOneAmongThemIsRejected()
    {
        // More rows than one insert statement carries, so full and partial statements both run.
        var store = CreateStore();
        var hashes = Enumerable.Range(0, 150).Select(i => new StoredHash(new NodeId(i % 3, (ulong)i), HashOf(i))).ToList();
        store.Write(hashes);
        store.Write(hashes);

        Assert.Equal(hashes.Select(h => h.Hash), store.Read([.. hashes.Select(h => h.Node)]));
        var changed = hashes.Select((h, i) => i == 140 ? h with { Hash = HashOf(999) } : h).Append(new StoredHash(new NodeId(5, 0), HashOf(5))).ToList();
        Assert.Throws<InvalidOperationException>(() => store.Write(changed));
        Assert.Equal(hashes[140].Hash, store.Read([hashes[140].Node])[0]);
        Assert.Throws<KeyNotFoundException>(() => store.Read([new NodeId(5, 0)]));
    }

    private static byte[] HashOf(int value)
    {
        var hash = new byte[32];
        BitConverter.TryWriteBytes(hash, value);
        return hash;
    }

    public void Dispose()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        foreach (var mission in _missions)
        {
            mission.Dispose();
        }
    }
}
