using Truce.Cli.Log;
using Truce.Cli.Missions;
using Truce.Domain.Observations;
using Truce.Storage;
using Truce.Storage.Sqlite;
using Truce.Storage.Transparency;

namespace Truce.Cli.Observations;

/// <summary>
/// <c>truce ingest FILE… [--data DIR] [--format F]</c>: reads every file as one batch, validates it against
/// the mission, and stores it in one transaction — all of it, or, with any error or conflict, none of it —
/// together with one log entry per newly stored observation; then signs a checkpoint.
/// </summary>
public static class IngestObservations
{
    /// <summary>Runs the command; returns the exit code (0 stored, 1 user error: invalid input or a conflict).</summary>
    public static int Run(IReadOnlyList<string> files, string dataDirectory, ObservationFormat? format, TextWriter output, TextWriter error, TimeProvider time) =>
        Run(files, dataDirectory, format, output, error, time, ActorOption.Default());

    /// <summary>Runs the command, logging as <paramref name="by"/>; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> files, string dataDirectory, ObservationFormat? format, TextWriter output, TextWriter error, TimeProvider time, string by)
    {
        using var store = SqliteMissionStore.Open(dataDirectory);
        var agreement = MissionAgreement.Load(store, dataDirectory);
        var reader = new ObservationReader(MissionAgreement.RulesOf(agreement));
        foreach (var file in files)
        {
            var fileFormat = format ?? ObservationReader.FormatOf(file);
            if (fileFormat is null)
            {
                error.WriteLine($"{file}: cannot tell the format from the extension (hint: --format ndjson|csv|geojson)");
                return 1;
            }

            if (!File.Exists(file))
            {
                error.WriteLine($"{file}: no such file");
                return 1;
            }

            reader.Add(File.ReadAllBytes(file), fileFormat.Value, file);
        }

        var batch = reader.Finish();
        var outcome = StoreBatch(store, dataDirectory, batch, error, time, by);
        if (outcome is null)
        {
            return 1;
        }

        output.WriteLine($"{batch.Observations.Count} accepted ({outcome.New} new, {outcome.AlreadyPresent} already present)");
        return 0;
    }

    /// <summary>
    /// Stores a read batch the one way every command does (ingest, claims accept): with one log entry per new
    /// observation in the same transaction, then a signed checkpoint. A rejected batch or any conflict is
    /// reported on <paramref name="error"/> and stores nothing (null); otherwise the outcome.
    /// </summary>
    public static ObservationBatchOutcome? StoreBatch(IMissionStore store, string dataDirectory, ObservationReadResult batch, TextWriter error, TimeProvider time, string by)
    {
        if (!batch.IsAccepted)
        {
            foreach (var problem in batch.Errors)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"{batch.Errors.Count} error(s); nothing stored");
            return null;
        }

        var receivedAt = time.GetUtcNow();
        var outcome = store.StoreObservations(batch.Observations, receivedAt, (transaction, stored) =>
            SqliteMissionLog.Append(transaction, [.. stored.Select(s => MissionLogEntry.Create(MissionRecords.ObservationKind, receivedAt, by, MissionRecords.Observation(s)))]));
        if (!outcome.IsStored)
        {
            foreach (var conflict in outcome.Conflicts)
            {
                var where = batch.Locations.TryGetValue(conflict.Id, out var location) ? location.ToString() : "?";
                error.WriteLine($"{where}: id: observation '{conflict.Id}' is already stored with different content; " +
                    $"an accepted observation is never overwritten (hint: send a new id)\n  stored:  {conflict.StoredJson}\n  offered: {conflict.OfferedJson}");
            }

            error.WriteLine($"{outcome.Conflicts.Count} conflict(s); nothing stored");
            return null;
        }

        if (outcome.New > 0)
        {
            BatchCheckpoint.Issue(dataDirectory, time, error);
        }

        return outcome;
    }
}
