using System.Globalization;
using Microsoft.Data.Sqlite;
using Truce.Log.Checkpoints;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Log.Publishing;
using Truce.Storage.Sqlite;

namespace Truce.Storage.Transparency;

/// <summary>
/// The mission's transparency log in its SQLite database (tables <c>log_entry</c>, <c>log_hash</c>,
/// <c>log_state</c>, <c>log_checkpoint</c>).
/// <list type="bullet">
/// <item>Appends run inside a mission store write (<see cref="Append"/> from its <c>inTransaction</c> hook): the
/// records, their entries, the Merkle hashes and the new size commit together or not at all.</item>
/// <item>Checkpoints are signed afterwards (<see cref="IssueCheckpoint"/>), in their own <c>BEGIN IMMEDIATE</c>
/// transaction, over the committed tree only: entries are durable before any checkpoint names them, and the
/// database's write lock makes the signer the one writer.</item>
/// <item>An instance is a read snapshot (<see cref="OpenSnapshot"/>): everything it reads belongs to one
/// committed state, however many writes happen meanwhile.</item>
/// </list>
/// </summary>
public sealed class SqliteMissionLog : IEntrySource, IDisposable
{
    private const int EntriesPerInsert = 64;
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _snapshot;

    private SqliteMissionLog(SqliteConnection connection)
    {
        _connection = connection;
        _snapshot = connection.BeginTransaction(deferred: true);
        State = ReadState(connection, _snapshot);
        Hashes = new SqliteHashStore(connection, _snapshot);
    }

    /// <summary>The log's state in this snapshot.</summary>
    public MissionLogState State { get; }

    /// <summary>The snapshot's Merkle hashes, for roots, proofs and tiles.</summary>
    public IHashReader Hashes { get; }

    /// <summary>Opens a read snapshot of the log of the mission in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="StoreException">No mission there.</exception>
    public static SqliteMissionLog OpenSnapshot(string dataDirectory)
    {
        // Opening the store first brings an older database's schema up to date.
        using (SqliteMissionStore.Open(dataDirectory))
        {
        }

        return new SqliteMissionLog(Connect(DatabasePath(dataDirectory), SqliteOpenMode.ReadOnly));
    }

    /// <summary>Sets the origin and checkpoint interval; call in the write that stores the agreement.</summary>
    public static void Configure(StoreTransaction transaction, string origin, TimeSpan checkpointInterval)
    {
        if (!KeyName.IsValid(origin))
        {
            throw new StoreException($"'{origin}' cannot be a log origin: it must be non-empty and hold no spaces or '+'");
        }

        using var update = transaction.CreateCommand("UPDATE log_state SET origin = $origin, checkpoint_interval_ms = $interval");
        Add(update, "$origin", origin);
        Add(update, "$interval", (long)checkpointInterval.TotalMilliseconds);
        update.ExecuteNonQuery();
    }

    /// <summary>
    /// Appends <paramref name="entries"/> inside the store's write: stores them after the current last entry,
    /// writes the Merkle hashes they complete and the new size. Returns the new size and root.
    /// </summary>
    public static AppendResult Append(StoreTransaction transaction, IReadOnlyList<MissionLogEntry> entries)
    {
        var sqlite = (SqliteConnection)transaction.Connection;
        var state = ReadState(sqlite, (SqliteTransaction)transaction.Transaction);
        var leaves = new byte[entries.Count][];
        using var full = entries.Count >= EntriesPerInsert ? InsertEntries(transaction, EntriesPerInsert) : null;
        for (var start = 0; start < entries.Count; start += EntriesPerInsert)
        {
            // Many rows a statement: one statement a row cost more than storing the row.
            var count = Math.Min(EntriesPerInsert, entries.Count - start);
            using var partial = count == EntriesPerInsert ? null : InsertEntries(transaction, count);
            var insert = partial ?? full!;
            for (var i = 0; i < count; i++)
            {
                var entry = entries[start + i];
                insert.Parameters[4 * i].Value = checked((long)state.Size + start + i);
                insert.Parameters[(4 * i) + 1].Value = entry.Kind;
                insert.Parameters[(4 * i) + 2].Value = entry.RecordId;
                insert.Parameters[(4 * i) + 3].Value = entry.Bytes;
                leaves[start + i] = MerkleHash.Leaf(entry.Bytes);
            }

            insert.ExecuteNonQuery();
        }

        var result = new MerkleTree(SqliteHashStore.In(transaction)).Append(state.Size, leaves);
        using var update = transaction.CreateCommand("UPDATE log_state SET size = $size");
        Add(update, "$size", checked((long)result.Size));
        update.ExecuteNonQuery();
        return result;
    }

    /// <summary>
    /// Signs a checkpoint of the committed tree when <paramref name="schedule"/> says so (or always when
    /// <paramref name="force"/> and the tree grew) and stores it. Returns the latest stored checkpoint afterwards
    /// (null when there is none) and what was decided. Needs the origin set at <c>init</c>.
    /// </summary>
    public static (StoredCheckpoint? Latest, CheckpointDecision Decision) IssueCheckpoint(
        string dataDirectory, NoteSigner signer, TimeProvider time, CheckpointSchedule? schedule = null, bool force = false)
    {
        using var connection = Connect(DatabasePath(dataDirectory), SqliteOpenMode.ReadWrite);
        using var transaction = connection.BeginTransaction(deferred: false);
        var state = ReadState(connection, transaction);
        if (state.Origin is null)
        {
            throw new StoreException($"{dataDirectory}: the mission has no log origin (it was created before the log existed)");
        }

        var latest = Latest(connection, transaction);
        var now = time.GetUtcNow();
        var decision = (force ? new CheckpointSchedule(TimeSpan.Zero) : schedule ?? new CheckpointSchedule(state.CheckpointInterval))
            .Decide(state.Size, latest?.Size, latest?.SignedAt, now);
        if (decision != CheckpointDecision.SignNow)
        {
            return (latest, decision);
        }

        var root = new MerkleTree(new SqliteHashStore(connection, transaction)).Root(state.Size);
        var note = SignedCheckpoint.Sign(new Checkpoint(state.Origin, state.Size, root), signer);
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO log_checkpoint (size, note, signed_at) VALUES ($size, $note, $at)";
            insert.Parameters.AddWithValue("$size", checked((long)state.Size));
            insert.Parameters.AddWithValue("$note", note);
            insert.Parameters.AddWithValue("$at", Time(now));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return (new StoredCheckpoint(state.Size, note, now), decision);
    }

    /// <summary>The latest stored checkpoint in this snapshot, or null.</summary>
    public StoredCheckpoint? LatestCheckpoint() => Latest(_connection, _snapshot);

    public IReadOnlyList<ReadOnlyMemory<byte>> ReadEntries(ulong start, int count)
    {
        using var select = _connection.CreateCommand();
        select.Transaction = _snapshot;
        select.CommandText = "SELECT idx, bytes FROM log_entry WHERE idx >= $start AND idx < $end ORDER BY idx";
        select.Parameters.AddWithValue("$start", checked((long)start));
        select.Parameters.AddWithValue("$end", checked((long)start + count));
        using var reader = select.ExecuteReader();
        var result = new List<ReadOnlyMemory<byte>>(count);
        while (reader.Read())
        {
            if (reader.GetInt64(0) != (long)start + result.Count)
            {
                throw new StoreException($"log entry {(long)start + result.Count} is missing; the database is damaged");
            }

            result.Add(reader.GetFieldValue<byte[]>(1));
        }

        return result.Count == count ? result : throw new StoreException($"log entries {start}..{start + (ulong)count - 1} are not all stored; the database is damaged");
    }

    /// <summary>How many entries of <paramref name="kind"/> the log holds.</summary>
    public long CountEntries(string kind)
    {
        using var count = _connection.CreateCommand();
        count.Transaction = _snapshot;
        count.CommandText = "SELECT count(*) FROM log_entry WHERE kind = $kind";
        count.Parameters.AddWithValue("$kind", kind);
        return (long)count.ExecuteScalar()!;
    }

    /// <summary>The indexes of the entries carrying the record <paramref name="recordId"/>, in log order.</summary>
    public IReadOnlyList<ulong> FindRecord(string recordId)
    {
        using var find = _connection.CreateCommand();
        find.Transaction = _snapshot;
        find.CommandText = "SELECT idx FROM log_entry WHERE record_id = $id ORDER BY idx";
        find.Parameters.AddWithValue("$id", recordId);
        using var reader = find.ExecuteReader();
        var result = new List<ulong>();
        while (reader.Read())
        {
            result.Add((ulong)reader.GetInt64(0));
        }

        return result;
    }

    public void Dispose()
    {
        _snapshot.Dispose();
        _connection.Dispose();
    }

    private static SqliteCommand InsertEntries(StoreTransaction transaction, int rows)
    {
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(i => FormattableString.Invariant($"($x{i}, $k{i}, $r{i}, $b{i})")));
        var insert = (SqliteCommand)transaction.CreateCommand($"INSERT INTO log_entry (idx, kind, record_id, bytes) VALUES {values}");
        for (var i = 0; i < rows; i++)
        {
            insert.Parameters.Add(FormattableString.Invariant($"$x{i}"), SqliteType.Integer);
            insert.Parameters.Add(FormattableString.Invariant($"$k{i}"), SqliteType.Text);
            insert.Parameters.Add(FormattableString.Invariant($"$r{i}"), SqliteType.Text);
            insert.Parameters.Add(FormattableString.Invariant($"$b{i}"), SqliteType.Blob);
        }

        insert.Prepare();
        return insert;
    }

    private static MissionLogState ReadState(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT size, origin, checkpoint_interval_ms FROM log_state";
        using var reader = select.ExecuteReader();
        if (!reader.Read())
        {
            throw new StoreException("the mission database has no log state; it is damaged");
        }

        return new MissionLogState(
            (ulong)reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            TimeSpan.FromMilliseconds(reader.GetInt64(2)));
    }

    private static StoredCheckpoint? Latest(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT size, note, signed_at FROM log_checkpoint ORDER BY size DESC LIMIT 1";
        using var reader = select.ExecuteReader();
        return reader.Read()
            ? new StoredCheckpoint(
                (ulong)reader.GetInt64(0),
                reader.GetFieldValue<byte[]>(1),
                DateTimeOffset.ParseExact(reader.GetString(2), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal))
            : null;
    }

    private static string DatabasePath(string dataDirectory) => Path.GetFullPath(Path.Combine(dataDirectory, SqliteMissionStore.FileName));

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
