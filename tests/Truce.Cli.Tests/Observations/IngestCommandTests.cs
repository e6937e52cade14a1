using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Truce.Cli.Tests.Missions;
using Truce.Storage.Sqlite;
using Xunit;

namespace Truce.Cli.Tests.Observations;

public sealed class IngestCommandTests : IDisposable
{
    private readonly MissionFolder _folder = new();

    public IngestCommandTests()
    {
        Assert.Equal(0, MissionCommands.Run("init", _folder.AgreementPath, "--data", _folder.Data).Code);
    }

    public void Dispose() => _folder.Dispose();

    private static string Line(int n, string type = "fire.artillery") => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"id":"obs-{{{n}}}","observed_at":"2025-03-20T02:{{{n % 60:D2}}}:00Z","lat":47.6,"lon":35.9,"type":"{{{type}}}","attributed_to":"RU","source":{"kind":"monitor","reliability":"B","credibility":2}}""");

    private static string Lines(int count) => string.Join('\n', Enumerable.Range(0, count).Select(n => Line(n))) + "\n";

    [Fact]
    public void IngestingAFileStoresItAndSaysHowManyWereNew()
    {
        var file = _folder.Write("obs.ndjson", Lines(3));

        var (code, output, error) = MissionCommands.Run("ingest", file, "--data", _folder.Data);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal("3 accepted (3 new, 0 already present)", output.Trim());
        Assert.Equal(3, Count());
    }

    [Fact]
    public void IngestingTheSameFileTwiceStoresNothingNew()
    {
        var file = _folder.Write("obs.ndjson", Lines(5));
        MissionCommands.Run("ingest", file, "--data", _folder.Data);

        var (code, output, _) = MissionCommands.Run("ingest", file, "--data", _folder.Data);

        Assert.Equal(0, code);
        Assert.Equal("5 accepted (0 new, 5 already present)", output.Trim());
        Assert.Equal(5, Count());
    }

    [Fact]
    public void OneBadLineInAThousandStoresNothingAndListsEveryError()
    {
        var lines = Enumerable.Range(0, 1000).Select(n => Line(n)).ToArray();
        lines[41] = Line(41, "fire.artilery");
        lines[700] = lines[700].Replace("\"RU\"", "\"XX\"", StringComparison.Ordinal);
        var file = _folder.Write("obs.ndjson", string.Join('\n', lines));

        var (code, output, error) = MissionCommands.Run("ingest", file, "--data", _folder.Data);

        Assert.Equal((1, string.Empty), (code, output));
        var errorLines = error.TrimEnd().Split('\n');
        Assert.Equal(
            [
                $"{file}:42:{lines[41].IndexOf("\"fire.artilery\"", StringComparison.Ordinal) + 1}: type: unknown type 'fire.artilery' (did you mean 'fire.artillery'?)",
                $"{file}:701:{lines[700].IndexOf("\"XX\"", StringComparison.Ordinal) + 1}: attributed_to: unknown party 'XX'; the mission's parties are RU, UA",
                "2 error(s); nothing stored",
            ],
            errorLines);
        Assert.Equal(0, Count());
    }

    [Fact]
    public void FilesOfDifferentFormatsFormOneBatch()
    {
        var ndjson = _folder.Write("a.ndjson", Line(1) + "\n");
        var csv = _folder.Write("b.csv", "id,observed_at,lat,lon,type,source_kind\nobs-2,2025-03-20T02:15:00+03:00,47.6,35.9,fire.thermobaric,monitor\n");
        var geojson = _folder.Write("c.geojson", """
            {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.9, 47.6]},
              "properties": {"id": "obs-3", "observed_at": "2025-03-20T02:15:00Z", "type": "strike.drone", "source": {"kind": "uav"}}}]}
            """);

        var (code, output, _) = MissionCommands.Run("ingest", ndjson, csv, geojson, "--data", _folder.Data);

        Assert.Equal(0, code);
        Assert.Equal("3 accepted (3 new, 0 already present)", output.Trim());
    }

    [Fact]
    public void AConflictingReSendIsReportedWhereItStandsAndNothingIsStored()
    {
        MissionCommands.Run("ingest", _folder.Write("first.ndjson", Lines(2)), "--data", _folder.Data);
        var changed = _folder.Write("second.ndjson", Line(7) + "\n" + Line(1).Replace("\"B\"", "\"C\"", StringComparison.Ordinal) + "\n");

        var (code, _, error) = MissionCommands.Run("ingest", changed, "--data", _folder.Data);

        Assert.Equal(1, code);
        Assert.StartsWith($"{changed}:2:7: id: observation 'obs-1' is already stored with different content", error, StringComparison.Ordinal);
        Assert.Equal(2, Count());
    }

    [Fact]
    public void TheFormatOptionOverridesTheExtension()
    {
        var file = _folder.Write("obs.txt", Lines(2));

        Assert.Equal(1, MissionCommands.Run("ingest", file, "--data", _folder.Data).Code);
        Assert.Equal(0, MissionCommands.Run("ingest", file, "--format", "ndjson", "--data", _folder.Data).Code);
    }

    [Fact]
    public void IngestWithoutAMissionSaysHowToCreateOne()
    {
        var (code, _, error) = MissionCommands.Run("ingest", _folder.Write("obs.ndjson", Lines(1)), "--data", Path.Combine(_folder.Root, "none"));

        Assert.Equal(1, code);
        Assert.Contains("truce init", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIngestKilledMidBatchLeavesTheWholeBatchOrNothing()
    {
        const int size = 20_000;
        var file = _folder.Write("big.ndjson", Lines(size));
        var cli = Path.Combine(AppContext.BaseDirectory, "truce.dll");

        // Kill at several moments; wherever the kill lands, the batch is all there or not at all.
        foreach (var delay in new[] { 50, 300, 800, 1500 })
        {
            using var mission = new MissionFolder();
            Assert.Equal(0, MissionCommands.Run("init", mission.AgreementPath, "--data", mission.Data).Code);
            using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "ingest", file, "--data", mission.Data])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            Thread.Sleep(delay);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();

            using var store = SqliteMissionStore.Open(mission.Data);
            Assert.Contains(store.CountObservations(), new long[] { 0, size });
            Assert.Equal("ok", IntegrityCheck(mission.Data));
        }
    }

    private static string IntegrityCheck(string data)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "truce.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private long Count()
    {
        using var store = SqliteMissionStore.Open(_folder.Data);
        return store.CountObservations();
    }
}
