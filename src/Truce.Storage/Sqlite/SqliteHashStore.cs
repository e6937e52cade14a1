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
    private const int RowsPerInsert = 64;

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
        foreach (var stored in hashes)
        {
            if (stored.Hash.Length != MerkleHash.Size)
            {
                throw new ArgumentException($"Hash of {stored.Node} is {stored.Hash.Length} bytes, not {MerkleHash.Size}.", nameof(hashes));
            }
        }

        // Many rows a statement: one statement a row cost more than the B-tree work itself.
        using var full = hashes.Count >= RowsPerInsert ? InsertCommand(RowsPerInsert, transaction) : null;
        for (var start = 0; start < hashes.Count; start += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, hashes.Count - start);
            using var partial = count == RowsPerInsert ? null : InsertCommand(count, transaction);
            var insert = partial ?? full!;
            for (var i = 0; i < count; i++)
            {
                var stored = hashes[start + i];
                insert.Parameters[3 * i].Value = stored.Node.Level;
                insert.Parameters[(3 * i) + 1].Value = checked((long)stored.Node.Index);
                insert.Parameters[(3 * i) + 2].Value = stored.Hash;
            }

            if (insert.ExecuteNonQuery() != count)
            {
                CheckUnchanged(transaction, hashes, start, count);
            }
        }
    }

    /// <summary>Some rows of a chunk were already stored: each must hold the same hash.</summary>
    private void CheckUnchanged(SqliteTransaction transaction, IReadOnlyList<StoredHash> hashes, int start, int count)
    {
        using var existing = Command("SELECT hash FROM log_hash WHERE level = $level AND idx = $idx", transaction);
        var level = existing.Parameters.Add("$level", SqliteType.Integer);
        var index = existing.Parameters.Add("$idx", SqliteType.Integer);
        for (var i = start; i < start + count; i++)
        {
            level.Value = hashes[i].Node.Level;
            index.Value = checked((long)hashes[i].Node.Index);
            if (!((byte[])existing.ExecuteScalar()!).AsSpan().SequenceEqual(hashes[i].Hash))
            {
                // History never changes: the caller's transaction must roll back, so this is a bug, not a value.
                throw new InvalidOperationException($"Node {hashes[i].Node} is already stored with a different hash.");
            }
        }
    }

    private SqliteCommand InsertCommand(int rows, SqliteTransaction transaction)
    {
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(i => FormattableString.Invariant($"($l{i}, $i{i}, $h{i})")));
        var insert = Command($"INSERT INTO log_hash (level, idx, hash) VALUES {values} ON CONFLICT (level, idx) DO NOTHING", transaction);
        for (var i = 0; i < rows; i++)
        {
            insert.Parameters.Add(FormattableString.Invariant($"$l{i}"), SqliteType.Integer);
            insert.Parameters.Add(FormattableString.Invariant($"$i{i}"), SqliteType.Integer);
            insert.Parameters.Add(FormattableString.Invariant($"$h{i}"), SqliteType.Blob);
        }

        insert.Prepare();
        return insert;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
