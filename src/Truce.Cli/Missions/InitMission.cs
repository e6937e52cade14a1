using Truce.Cli.Log;
using Truce.Storage;
using Truce.Storage.Sqlite;
using Truce.Storage.Transparency;

namespace Truce.Cli.Missions;

/// <summary>
/// <c>truce init AGREEMENT.yaml [--data DIR]</c>: creates the mission's data directory and database and
/// stores the agreement — the YAML bytes and every GeoJSON file it references — in it, and copies them
/// to <c>DIR/agreement/</c> so the mission no longer depends on the folder it came from. A new mission also
/// gets its log: the signing key (<see cref="MissionSigningKey"/>), the origin <c>&lt;host&gt;/&lt;agreement id&gt;</c>,
/// the agreement's log entry in the same transaction as the agreement, then a first signed checkpoint.
/// </summary>
public static class InitMission
{
    public const string AgreementFolder = "agreement";

    /// <summary>Runs the command; returns the exit code (0 done, 1 user error).</summary>
    public static int Run(string agreementPath, string dataDirectory, TextWriter output, TextWriter error, TimeProvider time) =>
        Run(agreementPath, dataDirectory, output, error, time, new MissionLogOptions());

    /// <summary>Runs the command with the log's options; returns the exit code (0 done, 1 user error).</summary>
    public static int Run(string agreementPath, string dataDirectory, TextWriter output, TextWriter error, TimeProvider time, MissionLogOptions log)
    {
        var (source, problems) = AgreementSourceFile.Read(agreementPath);
        if (source is null)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            return 1;
        }

        var agreementErrors = CheckAgreement(source, agreementPath);
        if (agreementErrors.Count > 0)
        {
            foreach (var problem in agreementErrors)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"{agreementPath}: the agreement has {agreementErrors.Count} error(s); no mission created");
            return 1;
        }

        using var store = SqliteMissionStore.Open(dataDirectory, create: true);
        var parsed = MissionAgreement.Parse(source).Agreement!;
        var origin = $"{log.Host}/{parsed.Id}";
        var isNew = store.ReadAgreement() is null;
        var keyError = string.Empty;
        using var signer = isNew ? MissionSigningKey.Prepare(dataDirectory, log.KeyFile, origin, out keyError) : null;
        if (isNew && signer is null)
        {
            error.WriteLine(keyError);
            return 1;
        }

        var at = time.GetUtcNow();
        var outcome = store.StoreAgreement(source, at, transaction =>
        {
            SqliteMissionLog.Configure(transaction, origin, log.CheckpointInterval);
            SqliteMissionLog.Append(transaction, [MissionLogEntry.Create(MissionRecords.AgreementKind, at, log.By, MissionRecords.Agreement(source, parsed.Id, parsed.Title))]);
        });
        if (outcome == AgreementStoreOutcome.Stored)
        {
            BatchCheckpoint.Issue(dataDirectory, time, error);
        }

        switch (outcome)
        {
            case AgreementStoreOutcome.Conflict:
                error.WriteLine($"{dataDirectory}: already holds a mission with a different agreement ({store.ReadAgreement()!.FileName}); " +
                    "a mission's agreement is never replaced (hint: choose another --data directory)");
                return 1;
            case AgreementStoreOutcome.AlreadyPresent:
                Materialize(source, dataDirectory);
                output.WriteLine($"{dataDirectory}: already a mission with this agreement; nothing changed");
                return 0;
            default:
                Materialize(source, dataDirectory);
                output.WriteLine($"created mission in {dataDirectory} with agreement {source.FileName} and {source.Files.Count} referenced file(s); log origin {origin}");
                return 0;
        }
    }

    /// <summary>The agreement's mistakes as <c>file:line:col: message</c> lines; empty when it is valid.</summary>
    public static IReadOnlyList<string> CheckAgreement(AgreementSource source, string shownPath) =>
        MissionAgreement.Parse(source, shownPath).Errors.Select(error => error.ToString()).ToList();

    /// <summary>Writes the stored agreement's files under <c>DIR/agreement/</c>, with the relative paths the YAML uses.</summary>
    public static void Materialize(AgreementSource source, string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, AgreementFolder);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, source.FileName), source.Document);
        foreach (var file in source.Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }
}
