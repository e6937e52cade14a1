using Truce.Storage;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Missions;

/// <summary>
/// <c>truce init AGREEMENT.yaml [--data DIR]</c>: creates the mission's data directory and database and
/// stores the agreement — the YAML bytes and every GeoJSON file it references — in it, and copies them
/// to <c>DIR/agreement/</c> so the mission no longer depends on the folder it came from.
/// </summary>
public static class InitMission
{
    public const string AgreementFolder = "agreement";

    /// <summary>Runs the command; returns the exit code (0 done, 1 user error).</summary>
    public static int Run(string agreementPath, string dataDirectory, TextWriter output, TextWriter error, TimeProvider time)
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
        switch (store.StoreAgreement(source, time.GetUtcNow()))
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
                output.WriteLine($"created mission in {dataDirectory} with agreement {source.FileName} and {source.Files.Count} referenced file(s)");
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
