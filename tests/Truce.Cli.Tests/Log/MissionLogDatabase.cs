using Microsoft.Data.Sqlite;

namespace Truce.Cli.Tests.Log;

/// <summary>Reads a mission database's log tables directly, as an auditor with the file would.</summary>
internal sealed class MissionLogDatabase : IDisposable
{
    private readonly SqliteConnection _connection;

    public MissionLogDatabase(string dataDirectory)
    {
        _connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "truce.db")};Mode=ReadOnly;Pooling=False");
        _connection.Open();
    }

    public long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public List<byte[]> Entries()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT bytes FROM log_entry ORDER BY idx";
        using var reader = command.ExecuteReader();
        var list = new List<byte[]>();
        while (reader.Read())
        {
            list.Add((byte[])reader.GetValue(0));
        }

        return list;
    }

    /// <summary>The root of the first <paramref name="size"/> leaves from the stored complete-subtree hashes, folded right to left.</summary>
    public byte[] StoredRoot(long size)
    {
        var hashes = new List<byte[]>();
        var start = 0L;
        for (var level = 62; level >= 0; level--)
        {
            if ((size & (1L << level)) == 0)
            {
                continue;
            }

            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT hash FROM log_hash WHERE level = $level AND idx = $idx";
            command.Parameters.AddWithValue("$level", level);
            command.Parameters.AddWithValue("$idx", start >> level);
            hashes.Add((byte[])command.ExecuteScalar()!);
            start += 1L << level;
        }

        if (hashes.Count == 0)
        {
            return System.Security.Cryptography.SHA256.HashData([]);
        }

        var root = hashes[^1];
        for (var i = hashes.Count - 2; i >= 0; i--)
        {
            root = System.Security.Cryptography.SHA256.HashData([0x01, .. hashes[i], .. root]);
        }

        return root;
    }

    public void Dispose() => _connection.Dispose();
}
