using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;
using Truce.Domain.Agreements;
using Truce.Domain.Incidents;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Violations;

namespace Truce.Storage.Sqlite;

/// <summary>
/// The mission store in one SQLite file, <c>truce.db</c> in the mission's data directory: WAL journal,
/// <c>synchronous=FULL</c> (a commit is fsynced before it returns), every write one <c>BEGIN IMMEDIATE</c>
/// transaction on the single writer connection (so a second process waits for the lock instead of
/// interleaving). Reads open their own connection and see the last commit. Write methods are safe to call
/// from several threads (they serialize); see <see cref="IMissionStore"/> for the guarantees.
/// </summary>
public sealed class SqliteMissionStore : IMissionStore
{
    /// <summary>The database file's name inside the data directory.</summary>
    public const string FileName = "truce.db";

    private readonly string _path;
    private readonly SqliteConnection _writer;
    private readonly Lock _writeLock = new();

    private SqliteMissionStore(string path, SqliteConnection writer)
    {
        _path = path;
        _writer = writer;
    }

    /// <summary>The database file this store uses.</summary>
    public string DatabasePath => _path;

    /// <summary>
    /// Opens the store of the mission in <paramref name="dataDirectory"/>, creating the directory and the
    /// database when <paramref name="create"/> is set, and bringing the schema up to date.
    /// </summary>
    /// <exception cref="StoreException">No mission there (and not creating), or the file is no Truce database.</exception>
    public static SqliteMissionStore Open(string dataDirectory, bool create = false)
    {
        var path = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        if (!create && !File.Exists(path))
        {
            throw new StoreException($"no mission in '{dataDirectory}' (hint: create one with 'truce init AGREEMENT.yaml --data {dataDirectory}')");
        }

        if (create)
        {
            Directory.CreateDirectory(dataDirectory);
        }

        SqliteConnection? connection = null;
        try
        {
            connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
            var mode = SqliteSchema.Scalar(connection, "PRAGMA journal_mode = WAL") as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StoreException($"'{path}' cannot use a write-ahead log (journal mode '{mode}'); is it on a network file system?");
            }

            SqliteSchema.Migrate(connection);
            return new SqliteMissionStore(path, connection);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw new StoreException($"'{path}' is not a usable Truce database: {e.Message}", e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    public AgreementSource? ReadAgreement()
    {
        using var connection = Connect(_path, SqliteOpenMode.ReadOnly);
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = Command(connection, "SELECT version, file_name, document FROM agreement ORDER BY version DESC LIMIT 1");
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var version = reader.GetInt64(0);
        var fileName = reader.GetString(1);
        var document = (byte[])reader.GetValue(2);
        using var files = Command(connection, "SELECT path, content FROM agreement_file WHERE version = $version ORDER BY path");
        files.Transaction = transaction;
        files.Parameters.AddWithValue("$version", version);
        using var fileReader = files.ExecuteReader();
        var list = new List<AgreementFile>();
        while (fileReader.Read())
        {
            list.Add(new AgreementFile(fileReader.GetString(0), (byte[])fileReader.GetValue(1)));
        }

        return new AgreementSource(fileName, document, list);
    }

    public AgreementStoreOutcome StoreAgreement(AgreementSource agreement, DateTimeOffset storedAt, Action<StoreTransaction>? inTransaction = null)
    {
        lock (_writeLock)
        {
            var existing = ReadAgreement();
            if (existing is not null)
            {
                return existing.SameContentAs(agreement) ? AgreementStoreOutcome.AlreadyPresent : AgreementStoreOutcome.Conflict;
            }

            using var transaction = _writer.BeginTransaction();
            using (var insert = Command(_writer, "INSERT INTO agreement (version, file_name, document, stored_at) VALUES (1, $name, $document, $at)"))
            {
                insert.Transaction = transaction;
                insert.Parameters.AddWithValue("$name", agreement.FileName);
                insert.Parameters.AddWithValue("$document", agreement.Document);
                insert.Parameters.AddWithValue("$at", Time(storedAt));
                insert.ExecuteNonQuery();
            }

            foreach (var file in agreement.Files)
            {
                using var insert = Command(_writer, "INSERT INTO agreement_file (version, path, content) VALUES (1, $path, $content)");
                insert.Transaction = transaction;
                insert.Parameters.AddWithValue("$path", file.Path);
                insert.Parameters.AddWithValue("$content", file.Content);
                insert.ExecuteNonQuery();
            }

            inTransaction?.Invoke(new StoreTransaction(_writer, transaction));
            transaction.Commit();
            return AgreementStoreOutcome.Stored;
        }
    }

    public ObservationBatchOutcome StoreObservations(
        IReadOnlyList<Observation> batch,
        DateTimeOffset receivedAt,
        Action<StoreTransaction, IReadOnlyList<StoredObservation>>? inTransaction = null)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            using var insert = Command(_writer, """
                INSERT INTO observation (id, canonical, received_at, observed_from, observed_to, type, party,
                                         min_lon, min_lat, max_lon, max_lat, geometry_wkb, uncertainty_m)
                VALUES ($id, $canonical, $received, $from, $to, $type, $party, $minLon, $minLat, $maxLon, $maxLat, $wkb, $uncertainty)
                ON CONFLICT (id) DO NOTHING
                """);
            insert.Transaction = transaction;
            var p = new SqliteParameter[13];
            string[] names = ["$id", "$canonical", "$received", "$from", "$to", "$type", "$party", "$minLon", "$minLat", "$maxLon", "$maxLat", "$wkb", "$uncertainty"];
            for (var i = 0; i < names.Length; i++)
            {
                // No declared type: each value binds as what it is (REAL, BLOB, TEXT, NULL).
                p[i] = insert.CreateParameter();
                p[i].ParameterName = names[i];
                insert.Parameters.Add(p[i]);
            }

            insert.Prepare();
            using var existing = Command(_writer, "SELECT canonical FROM observation WHERE id = $id");
            existing.Transaction = transaction;
            var existingId = existing.Parameters.Add("$id", SqliteType.Text);

            var received = Time(receivedAt);
            var wkbWriter = new WKBWriter();
            var stored = new List<StoredObservation>(batch.Count);
            var conflicts = new List<ObservationConflict>();
            var present = 0;
            foreach (var observation in batch)
            {
                var canonical = ObservationWriter.ToCanonicalJson(observation);
                var canonicalText = Encoding.UTF8.GetString(canonical);
                var envelope = observation.Location.EnvelopeInternal;
                p[0].Value = observation.Id.Value;
                p[1].Value = canonicalText;
                p[2].Value = received;
                p[3].Value = Time(observation.ObservedAt.From);
                p[4].Value = Time(observation.ObservedAt.To);
                p[5].Value = observation.Type.Value;
                p[6].Value = (object?)observation.AttributedTo?.Value ?? DBNull.Value;
                p[7].Value = envelope.MinX;
                p[8].Value = envelope.MinY;
                p[9].Value = envelope.MaxX;
                p[10].Value = envelope.MaxY;
                p[11].Value = wkbWriter.Write(observation.Location);
                p[12].Value = observation.UncertaintyM;
                if (insert.ExecuteNonQuery() == 1)
                {
                    stored.Add(new StoredObservation(observation with { ReceivedAt = receivedAt }, canonical, receivedAt));
                    continue;
                }

                existingId.Value = observation.Id.Value;
                var storedText = (string)existing.ExecuteScalar()!;
                if (string.Equals(storedText, canonicalText, StringComparison.Ordinal))
                {
                    present++;
                }
                else
                {
                    conflicts.Add(new ObservationConflict(observation.Id, storedText, canonicalText));
                }
            }

            if (conflicts.Count > 0)
            {
                transaction.Rollback();
                return new ObservationBatchOutcome(0, present, conflicts);
            }

            inTransaction?.Invoke(new StoreTransaction(_writer, transaction), stored);
            transaction.Commit();
            return new ObservationBatchOutcome(stored.Count, present, []);
        }
    }

    public long CountObservations()
    {
        using var connection = Connect(_path, SqliteOpenMode.ReadOnly);
        using var command = Command(connection, "SELECT count(*) FROM observation");
        return (long)command.ExecuteScalar()!;
    }

    public IEnumerable<Observation> ReadObservations(ObservationOrder order)
    {
        var orderBy = order == ObservationOrder.Id ? "id" : "observed_from, id";
        using var connection = Connect(_path, SqliteOpenMode.ReadOnly);
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = Command(connection, $"SELECT canonical, received_at FROM observation ORDER BY {orderBy}");
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Observation observation;
            try
            {
                // A TEXT column's bytes are its UTF-8 encoding: no string round trip needed.
                observation = ObservationReader.ReadCanonical(reader.GetFieldValue<byte[]>(0));
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
            {
                throw new StoreException($"a stored observation no longer reads back ({e.Message}); the database is damaged", e);
            }

            yield return observation with { ReceivedAt = ParseTime(reader.GetString(1)) };
        }
    }

    public void ReplaceViolations(IReadOnlyList<Violation> violations, Action<StoreTransaction>? inTransaction = null)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            using (var clear = Command(_writer, "DELETE FROM violation"))
            {
                clear.Transaction = transaction;
                clear.ExecuteNonQuery();
            }

            using var insert = Command(_writer, """
                INSERT INTO violation (ordinal, incident, observations, term, party, day, at, category, confidence, rationale)
                VALUES ($ordinal, $incident, $observations, $term, $party, $day, $at, $category, $confidence, $rationale)
                """);
            insert.Transaction = transaction;
            for (var i = 0; i < violations.Count; i++)
            {
                var v = violations[i];
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$ordinal", i);
                insert.Parameters.AddWithValue("$incident", v.Incident.Value);
                insert.Parameters.AddWithValue("$observations", JsonSerializer.Serialize(v.Observations.Select(o => o.Value).ToArray()));
                insert.Parameters.AddWithValue("$term", v.Term.Value);
                insert.Parameters.AddWithValue("$party", (object?)v.Party?.Value ?? DBNull.Value);
                insert.Parameters.AddWithValue("$day", v.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                insert.Parameters.AddWithValue("$at", Time(v.At));
                insert.Parameters.AddWithValue("$category", v.Category.ToString().ToLowerInvariant());
                insert.Parameters.AddWithValue("$confidence", v.Confidence);
                insert.Parameters.AddWithValue("$rationale", v.Rationale);
                insert.ExecuteNonQuery();
            }

            inTransaction?.Invoke(new StoreTransaction(_writer, transaction));
            transaction.Commit();
        }
    }

    public IReadOnlyList<Violation> ReadViolations(DateOnly? day = null, PartyCode? party = null)
    {
        using var connection = Connect(_path, SqliteOpenMode.ReadOnly);
        using var command = Command(connection, """
            SELECT incident, observations, term, party, day, at, category, confidence, rationale FROM violation
            WHERE ($day IS NULL OR day = $day) AND ($party IS NULL OR party = $party)
            ORDER BY at, incident, term, party, ordinal
            """);
        command.Parameters.AddWithValue("$day", day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        command.Parameters.AddWithValue("$party", (object?)party?.Value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var list = new List<Violation>();
        while (reader.Read())
        {
            list.Add(new Violation(
                new IncidentId(reader.GetString(0)),
                [.. JsonSerializer.Deserialize<string[]>(reader.GetString(1))!.Select(id => new ObservationId(id))],
                new TermId(reader.GetString(2)),
                reader.IsDBNull(3) ? null : new PartyCode(reader.GetString(3)),
                DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                ParseTime(reader.GetString(5)),
                Enum.Parse<Category>(reader.GetString(6), ignoreCase: true),
                reader.GetDouble(7),
                reader.GetString(8)));
        }

        return list;
    }

    public void Dispose() => _writer.Dispose();

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var pragmas = Command(connection, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;");
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static string Time(DateTimeOffset value) => Rfc3339.Format(value, trimFraction: false);

    private static DateTimeOffset ParseTime(string text) =>
        Rfc3339.TryParse(text, out var value) ? value : throw new StoreException($"a stored time '{text}' is damaged");
}
