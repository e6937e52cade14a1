using System.Diagnostics;
using System.Globalization;
using System.Text;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Log.Notes;
using Truce.Storage;
using Truce.Storage.Sqlite;
using Truce.Storage.Transparency;

namespace Truce.Bench.Log;

/// <summary>
/// <c>dotnet run -c Release --project bench/Truce.Bench -- log-sqlite [batches] [batch size]</c>: the durable
/// transparency log on SQLite (WAL, synchronous=FULL, one fsynced commit per batch). Measures, on the same
/// observations: storing batches without the log; storing them with one log entry each in the same transaction;
/// the same plus a signed, stored checkpoint after every batch (what <c>truce ingest</c> does); and entries alone.
/// </summary>
public static class SqliteLogAppendDriver
{
    private const string Origin = "bench.example/log";
    private static readonly DateTimeOffset At = new(2025, 3, 21, 8, 0, 0, TimeSpan.Zero);

    public static int Run(string[] args)
    {
        var batches = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var batchSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
        var root = Path.Combine(Path.GetTempPath(), "truce-bench-log-" + Guid.NewGuid().ToString("N"));
        try
        {
            var observations = Generate(batches * batchSize);
            using var signer = NoteSigner.Generate(Origin);
            Console.WriteLine($"Durable log on SQLite, {Environment.ProcessorCount} cores, {batches} batches of {batchSize:N0}, one fsynced commit per batch, best of 3");

            // Warm-up (JIT), then each variant on a fresh database.
            Measure(Path.Combine(root, "warm"), observations[..(5 * batchSize)], batchSize, signer, log: true, checkpoint: true);
            // Best of three alternating rounds: the machine is shared, and the best run is the least disturbed one.
            var (plain, logged, signed, entries) = (double.MaxValue, double.MaxValue, double.MaxValue, double.MaxValue);
            for (var round = 0; round < 3; round++)
            {
                plain = Math.Min(plain, Measure(Path.Combine(root, $"plain-{round}"), observations, batchSize, signer, log: false, checkpoint: false));
                logged = Math.Min(logged, Measure(Path.Combine(root, $"logged-{round}"), observations, batchSize, signer, log: true, checkpoint: false));
                signed = Math.Min(signed, Measure(Path.Combine(root, $"signed-{round}"), observations, batchSize, signer, log: true, checkpoint: true));
                entries = Math.Min(entries, EntriesOnly(Path.Combine(root, $"entries-{round}"), observations, batchSize, signer));
            }

            var n = observations.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  observations, no log:                        {n / plain,10:N0} obs/s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  observations + entries, same transaction:    {n / logged,10:N0} obs/s  ({plain / logged:P0} of no log)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... + signed checkpoint stored every batch:  {n / signed,10:N0} obs/s  ({plain / signed:P0} of no log; {batches / signed:N1} checkpoints/s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  log entries alone + checkpoint every batch:  {n / entries,10:N0} entries/s"));
            var build = Stopwatch.StartNew();
            foreach (var o in observations)
            {
                MissionLogEntry.Create(MissionRecords.ObservationKind, At, "bench", MissionRecords.Observation(new StoredObservation(o, ObservationWriter.ToCanonicalJson(o), At)));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which building entries (canonical JSON): {n / build.Elapsed.TotalSeconds,10:N0} entries/s, no I/O"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Seconds to store every batch through the mission store, with or without the log and checkpoints.</summary>
    private static double Measure(string directory, List<Observation> observations, int batchSize, NoteSigner signer, bool log, bool checkpoint)
    {
        using var store = Create(directory);
        var time = TimeProvider.System;
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < observations.Count; start += batchSize)
        {
            var batch = observations.GetRange(start, Math.Min(batchSize, observations.Count - start));
            store.StoreObservations(batch, At, log
                ? (transaction, stored) => SqliteMissionLog.Append(transaction, [.. stored.Select(s => MissionLogEntry.Create(MissionRecords.ObservationKind, At, "bench", MissionRecords.Observation(s)))])
                : null);
            if (checkpoint)
            {
                SqliteMissionLog.IssueCheckpoint(directory, signer, time);
            }
        }

        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Seconds to append the observations' entries alone (an otherwise empty store write each batch) with a checkpoint after each.</summary>
    private static double EntriesOnly(string directory, List<Observation> observations, int batchSize, NoteSigner signer)
    {
        using var store = Create(directory);
        var entries = observations.Select(o => MissionLogEntry.Create(
            MissionRecords.ObservationKind, At, "bench", MissionRecords.Observation(new StoredObservation(o, ObservationWriter.ToCanonicalJson(o), At)))).ToList();
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < entries.Count; start += batchSize)
        {
            var batch = entries.GetRange(start, Math.Min(batchSize, entries.Count - start));
            store.ReplaceViolations([], transaction => SqliteMissionLog.Append(transaction, batch));
            SqliteMissionLog.IssueCheckpoint(directory, signer, TimeProvider.System);
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static SqliteMissionStore Create(string directory)
    {
        var store = SqliteMissionStore.Open(directory, create: true);
        store.StoreAgreement(new AgreementSource("bench.yaml", "id: bench\n"u8.ToArray(), []), At, transaction =>
            SqliteMissionLog.Configure(transaction, Origin, TimeSpan.Zero));
        return store;
    }

    private static List<Observation> Generate(int count)
    {
        var ndjson = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            ndjson.Append(CultureInfo.InvariantCulture,
                $$"""{"id":"obs-{{i}}","observed_at":"2025-03-20T{{i / 3600 % 24:D2}}:{{i / 60 % 60:D2}}:{{i % 60:D2}}Z","lat":{{47 + (i % 97 / 100.0)}},"lon":{{35 + (i % 89 / 100.0)}},"uncertainty_m":{{i % 900}},"type":"fire.artillery","attributed_to":"RU","source":{"kind":"monitor","reliability":"B","credibility":2},"narrative":"Rounds heard from the east, report {{i}}"}""");
            ndjson.Append('\n');
        }

        var rules = new ObservationRules(ObservationTaxonomy.Standard, new HashSet<PartyCode> { new("RU"), new("UA") });
        var batch = ObservationReader.Read(Encoding.UTF8.GetBytes(ndjson.ToString()), ObservationFormat.Ndjson, "bench.ndjson", rules);
        return batch.IsAccepted ? [.. batch.Observations] : throw new InvalidOperationException(batch.Errors[0].ToString());
    }
}
