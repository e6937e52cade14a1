using Microsoft.Data.Sqlite;

namespace Truce.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many have run.
/// Append new migrations at the end (the second is the transparency log's: entries, Merkle hashes, state, checkpoints); never edit one
/// that has shipped. Times are stored as fixed-width ISO 8601 UTC text (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>)
/// so that text order is time order.
/// </summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE agreement (
            version INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            document BLOB NOT NULL,
            stored_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE agreement_file (
            version INTEGER NOT NULL REFERENCES agreement(version),
            path TEXT NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY (version, path)
        ) STRICT;
        CREATE TABLE observation (
            id TEXT PRIMARY KEY,
            canonical TEXT NOT NULL,
            received_at TEXT NOT NULL,
            observed_from TEXT NOT NULL,
            observed_to TEXT NOT NULL,
            type TEXT NOT NULL,
            party TEXT,
            min_lon REAL NOT NULL,
            min_lat REAL NOT NULL,
            max_lon REAL NOT NULL,
            max_lat REAL NOT NULL,
            geometry_wkb BLOB NOT NULL,
            uncertainty_m REAL NOT NULL
        ) STRICT;
        CREATE INDEX observation_by_time ON observation (observed_from, id);
        CREATE INDEX observation_by_type ON observation (type);
        CREATE TABLE violation (
            ordinal INTEGER PRIMARY KEY,
            incident TEXT NOT NULL,
            observations TEXT NOT NULL,
            term TEXT NOT NULL,
            party TEXT,
            day TEXT NOT NULL,
            at TEXT NOT NULL,
            category TEXT NOT NULL,
            confidence REAL NOT NULL,
            rationale TEXT NOT NULL
        ) STRICT;
        CREATE INDEX violation_by_day ON violation (day, party);
        """,
        """
        CREATE TABLE log_entry (
            idx INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            bytes BLOB NOT NULL
        ) STRICT;
        CREATE INDEX log_entry_by_record ON log_entry (record_id);
        CREATE TABLE log_hash (
            level INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            hash BLOB NOT NULL,
            PRIMARY KEY (level, idx)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE log_state (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            size INTEGER NOT NULL,
            origin TEXT,
            checkpoint_interval_ms INTEGER NOT NULL
        ) STRICT;
        INSERT INTO log_state (singleton, size, origin, checkpoint_interval_ms) VALUES (1, 0, NULL, 0);
        CREATE TABLE log_checkpoint (
            size INTEGER PRIMARY KEY,
            note BLOB NOT NULL,
            signed_at TEXT NOT NULL
        ) STRICT;
        """,
    ];

    public static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
        {
            throw new StoreException($"the mission database has schema version {version}, newer than this Truce knows ({Migrations.Length}) (hint: use a newer truce)");
        }

        for (var next = version; next < Migrations.Length; next++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[next] + $"\nPRAGMA user_version = {next + 1};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
