using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;
using Truce.Cli.Missions;
using Truce.Cli.Observations;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Storage.Sqlite;

namespace Truce.Bench.Ingest;

/// <summary>
/// <c>dotnet run -c Release --project bench/Truce.Bench -- ingest [COUNT] [BATCH]</c>: durable ingest
/// throughput of the real <c>truce ingest</c> path (read NDJSON, validate, store with one log entry and the
/// Merkle hashes per observation in the same fsynced transaction, then a signed checkpoint, on a mission created
/// by <c>truce init</c> with the example agreement) beside a raw prepared-statement SQLite insert of the same
/// observation rows into the same table, same transaction size, same pragmas, in the same run. The store
/// path without the log is printed too, so the log's share is visible.
/// </summary>
public static class IngestThroughput
{
    private const string Insert = """
        INSERT INTO observation (id, canonical, received_at, observed_from, observed_to, type, party,
                                 min_lon, min_lat, max_lon, max_lat, geometry_wkb, uncertainty_m)
        VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12)
        """;

    public static void Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var batchSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
        var root = Path.Combine(Path.GetTempPath(), "truce-bench-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var file = Path.Combine(root, "observations.ndjson");
            File.WriteAllBytes(file, SyntheticNdjson(count));
            var rules = new ObservationRules(ObservationTaxonomy.Standard, new HashSet<PartyCode> { new("RU"), new("UA") });

            var agreement = Path.Combine(RepositoryRoot(), "examples", "example-30-day", "agreement.yaml");

            // Warm-up (JIT, file cache) on a small slice, then the measured runs, alternating.
            LoggedIngest(file, agreement, Path.Combine(root, "warm-logged"), batchSize, limit: 5_000);
            StoreOnly(file, Path.Combine(root, "warm-store"), rules, batchSize, limit: 5_000);
            RawInsert(file, Path.Combine(root, "warm-raw"), batchSize, limit: 5_000);

            var logged = new List<double>();
            var storeOnly = new List<double>();
            var raw = new List<double>();
            for (var round = 0; round < 3; round++)
            {
                raw.Add(RawInsert(file, Path.Combine(root, $"raw-{round}"), batchSize, limit: int.MaxValue));
                logged.Add(LoggedIngest(file, agreement, Path.Combine(root, $"logged-{round}"), batchSize, limit: int.MaxValue));
                storeOnly.Add(StoreOnly(file, Path.Combine(root, $"store-{round}"), rules, batchSize, limit: int.MaxValue));
            }

            var loggedRate = count / logged.Min();
            var storeRate = count / storeOnly.Min();
            var rawRate = count / raw.Min();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest: {count} observations, {batchSize} a transaction, synchronous=FULL, WAL, {Environment.ProcessorCount} cores"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  truce ingest as the CLI runs it (parse + validate + store + log entries + hashes + checkpoint): {loggedRate,10:N0} obs/s  (best of {logged.Count}: {logged.Min():F2} s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  store without the log (parse + validate + store):                                          {storeRate,10:N0} obs/s  (best of {storeOnly.Count}: {storeOnly.Min():F2} s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  raw SQLite prepared insert of the same observation rows:                                   {rawRate,10:N0} obs/s  (best of {raw.Count}: {raw.Min():F2} s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio truce ingest / raw: {loggedRate / rawRate:P0} (target >= 50%)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio store without the log / raw: {storeRate / rawRate:P0}"));
            var parse = Stopwatch.StartNew();
            var parsed = ObservationReader.Read(File.ReadAllBytes(file), ObservationFormat.Ndjson, file, rules).Observations;
            var parseSeconds = parse.Elapsed.TotalSeconds;
            var canonical = Stopwatch.StartNew();
            foreach (var observation in parsed)
            {
                ObservationWriter.ToCanonicalJson(observation);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  of which read + validate, no store:       {count / parseSeconds,10:N0} obs/s  ({parseSeconds:F2} s); canonical JSON {canonical.Elapsed.TotalSeconds:F2} s"));
            var readBack = ReadBack(Path.Combine(root, "logged-0"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  read back (ReadObservations, time order):   {count / readBack,10:N0} obs/s  ({readBack:F2} s)"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The whole <c>truce ingest</c> path: a mission made by <c>truce init</c> (signing key, origin), then each
    /// batch read and validated against the mission's agreement and stored by <see cref="IngestObservations.StoreBatch"/>,
    /// the code the CLI runs (records, log entries and hashes in one transaction, then a signed checkpoint). Seconds.
    /// </summary>
    private static double LoggedIngest(string file, string agreement, string data, int batchSize, int limit)
    {
        var time = TimeProvider.System;
        if (InitMission.Run(agreement, data, TextWriter.Null, Console.Error, time) != 0)
        {
            throw new InvalidOperationException($"cannot create the bench mission from {agreement}");
        }

        var watch = Stopwatch.StartNew();
        var bytes = File.ReadAllBytes(file);
        using var store = SqliteMissionStore.Open(data);
        var rules = MissionAgreement.RulesOf(MissionAgreement.Load(store, data));
        var stored = 0;
        foreach (var batch in Batches(bytes, batchSize).TakeWhile(_ => stored < limit))
        {
            var reader = new ObservationReader(rules);
            reader.Add(batch, ObservationFormat.Ndjson, file);
            var outcome = IngestObservations.StoreBatch(store, data, reader.Finish(), Console.Error, time, "bench")
                ?? throw new InvalidOperationException("the bench batch was refused");
            stored += outcome.New;
        }

        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The store path without the log: split the file into batches, read and validate each, store it durably. Seconds.</summary>
    private static double StoreOnly(string file, string data, ObservationRules rules, int batchSize, int limit)
    {
        var received = new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        var bytes = File.ReadAllBytes(file);
        using var store = SqliteMissionStore.Open(data, create: true);
        var stored = 0;
        foreach (var batch in Batches(bytes, batchSize).TakeWhile(_ => stored < limit))
        {
            var result = ObservationReader.Read(batch, ObservationFormat.Ndjson, file, rules);
            if (!result.IsAccepted)
            {
                throw new InvalidOperationException(result.Errors[0].ToString());
            }

            stored += store.StoreObservations(result.Observations, received).New;
        }

        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Streams every stored observation back in time order, as evaluation will. Seconds.</summary>
    private static double ReadBack(string data)
    {
        using var store = SqliteMissionStore.Open(data);
        var watch = Stopwatch.StartNew();
        var read = store.ReadObservations(Storage.ObservationOrder.ObservedTime).Count();
        return read == 0 ? double.NaN : watch.Elapsed.TotalSeconds;
    }

    /// <summary>The same rows, computed before the clock starts, inserted with one prepared statement. Seconds.</summary>
    private static double RawInsert(string file, string data, int batchSize, int limit)
    {
        using (SqliteMissionStore.Open(data, create: true))
        {
            // Only to create the same schema and pragmas.
        }

        var rows = Rows(file).Take(limit).ToList();
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, SqliteMissionStore.FileName), Pooling = false };
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
            pragma.ExecuteNonQuery();
        }

        for (var start = 0; start < rows.Count; start += batchSize)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Insert;
            var parameters = Enumerable.Range(0, 13).Select(i => command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
            command.Prepare();
            foreach (var row in rows.Skip(start).Take(batchSize))
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i];
                }

                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmark from inside the repository (no Truce.slnx above " + AppContext.BaseDirectory + ")");
    }

    private static IEnumerable<object[]> Rows(string file)
    {
        var result = ObservationReader.Read(File.ReadAllBytes(file), ObservationFormat.Ndjson, file, ObservationRules.Unchecked);
        var wkb = new WKBWriter();
        foreach (var o in result.Observations)
        {
            var envelope = o.Location.EnvelopeInternal;
            yield return
            [
                o.Id.Value, Encoding.UTF8.GetString(ObservationWriter.ToCanonicalJson(o)), "2025-04-01T00:00:00.0000000Z",
                o.ObservedAt.From.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                o.ObservedAt.To.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                o.Type.Value, (object?)o.AttributedTo?.Value ?? DBNull.Value,
                envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY, wkb.Write(o.Location), o.UncertaintyM,
            ];
        }
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Batches(ReadOnlyMemory<byte> bytes, int lines)
    {
        var start = 0;
        var seen = 0;
        var span = bytes.Span;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n' && ++seen == lines)
            {
                yield return bytes[start..(i + 1)];
                start = i + 1;
                seen = 0;
                span = bytes.Span;
            }
        }

        if (start < bytes.Length)
        {
            yield return bytes[start..];
        }
    }

    /// <summary>Deterministic synthetic observations shaped like field reports (seeded, so every run ingests the same file).</summary>
    private static byte[] SyntheticNdjson(int count)
    {
        var random = new Random(20250314);
        string[] types = ["fire.artillery", "fire.mortar", "fire.small-arms", "strike.drone", "equipment.tank", "movement.convoy"];
        string[] parties = ["RU", "UA"];
        var start = new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero);
        using var output = new MemoryStream();
        for (var n = 0; n < count; n++)
        {
            using (var json = new System.Text.Json.Utf8JsonWriter(output))
            {
                json.WriteStartObject();
                json.WriteString("id", new Guid(random.Next(), (short)n, (short)(n >> 16), 1, 2, 3, 4, 5, 6, 7, 8).ToString());
                json.WriteString("observed_at", start.AddSeconds(random.Next(0, 30 * 86_400)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteNumber("lat", Math.Round(46.5 + (random.NextDouble() * 2.5), 5));
                json.WriteNumber("lon", Math.Round(34.5 + (random.NextDouble() * 4), 5));
                json.WriteNumber("uncertainty_m", random.Next(0, 2000));
                json.WriteString("type", types[random.Next(types.Length)]);
                json.WriteNumber("count", random.Next(1, 12));
                json.WriteString("attributed_to", parties[random.Next(2)]);
                json.WriteString("attribution_basis", "crater analysis");
                json.WriteStartObject("source");
                json.WriteString("kind", "monitor");
                json.WriteString("id", "patrol-" + random.Next(1, 40).ToString(CultureInfo.InvariantCulture));
                json.WriteString("reliability", "B");
                json.WriteNumber("credibility", 2);
                json.WriteString("perception", "heard");
                json.WriteEndObject();
                json.WriteString("narrative", "Rounds heard west of the patrol position, report " + n.ToString(CultureInfo.InvariantCulture) + ".");
                json.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }
}
