using Microsoft.Data.Sqlite;
using Truce.Log.Merkle;

namespace Truce.Storage.Sqlite;

/// <summary>
/// The transparency log's Merkle hashes in the mission database's <c>log_hash</c> table
/// (<c>level, idx, hash</c>, primary key (level, idx), without row ids), keeping the <see cref="IHashStore"/>
/// contract. Given a transaction, every read and write runs inside it, so hashes commit or roll back with the
/// entries and records of the same write; without one, each <see cref="Write"/> is its own transaction.
/// Not thread-safe: one instance per connection and transaction.
/// </summary>
public sealed class SqliteHashStore : IHashStore
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;

    /// <summary>A store over <paramref name="connection"/>, inside <paramref name="transaction"/> when given.</summary>
    public SqliteHashStore(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>A store that writes inside a mission store's write (its <c>inTransaction</c> hook).</summary>
    public static SqliteHashStore In(StoreTransaction transaction) =>
        new((SqliteConnection)transaction.Connection, (SqliteTransaction)transaction.Transaction);

    public IReadOnlyList<byte[]> Read(IReadOnlyList<NodeId> nodes)
    {
        using var select = Command("SELECT hash FROM log_hash WHERE level = $level AND idx = $idx", _transaction);
        var level = select.Parameters.Add("$level", SqliteType.Integer);
        var index = select.Parameters.Add("$idx", SqliteType.Integer);
        select.Prepare();
        var result = new byte[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            level.Value = nodes[i].Level;
            index.Value = checked((long)nodes[i].Index);
            result[i] = select.ExecuteScalar() as byte[] ?? throw new KeyNotFoundException($"No stored hash for node {nodes[i]}.");
        }

        return result;
    }

    public void Write(IReadOnlyList<StoredHash> hashes)
    {
        if (_transaction is not null)
        {
            WriteIn(_transaction, hashes);
            return;
        }

        using var own = _connection.BeginTransaction();
        WriteIn(own, hashes);
        own.Commit();
    }

    private void WriteIn(SqliteTransaction transaction, IReadOnlyList<StoredHash> hashes)
    {
        using var insert = Command("INSERT INTO log_hash (level, idx, hash) VALUES ($level, $idx, $hash) ON CONFLICT (level, idx) DO NOTHING", transaction);
        var level = insert.Parameters.Add("$level", SqliteType.Integer);
        var index = insert.Parameters.Add("$idx", SqliteType.Integer);
        var hash = insert.Parameters.Add("$hash", SqliteType.Blob);
        insert.Prepare();
        using var existing = Command("SELECT hash FROM log_hash WHERE level = $level AND idx = $idx", transaction);
        var existingLevel = existing.Parameters.Add("$level", SqliteType.Integer);
        var existingIndex = existing.Parameters.Add("$idx", SqliteType.Integer);
        foreach (var stored in hashes)
        {
            if (stored.Hash.Length != MerkleHash.Size)
            {
                throw new ArgumentException($"Hash of {stored.Node} is {stored.Hash.Length} bytes, not {MerkleHash.Size}.", nameof(hashes));
            }

            level.Value = stored.Node.Level;
            index.Value = checked((long)stored.Node.Index);
            hash.Value = stored.Hash;
            if (insert.ExecuteNonQuery() == 1)
            {
                continue;
            }

            existingLevel.Value = stored.Node.Level;
            existingIndex.Value = checked((long)stored.Node.Index);
            if (!((byte[])existing.ExecuteScalar()!).AsSpan().SequenceEqual(stored.Hash))
            {
                // History never changes: the caller's transaction must roll back, so this is a bug, not a value.
                throw new InvalidOperationException($"Node {stored.Node} is already stored with a different hash.");
            }
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
