using Truce.Storage.Sqlite;
using Xunit;

namespace Truce.Cli.Tests.Missions;

public sealed class InitCommandTests : IDisposable
{
    private readonly MissionFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void InitStoresTheAgreementAndItsZoneFilesSoTheMissionSurvivesTheExampleMoving()
    {
        var (code, output, _) = Run("init", _folder.AgreementPath, "--data", _folder.Data);
        Directory.Delete(Path.Combine(_folder.Root, "example"), recursive: true);

        Assert.Equal(0, code);
        Assert.Contains("created mission", output, StringComparison.Ordinal);
        using var store = SqliteMissionStore.Open(_folder.Data);
        var agreement = store.ReadAgreement()!;
        Assert.Equal(MissionFolder.Agreement, System.Text.Encoding.UTF8.GetString(agreement.Document));
        var zone = Assert.Single(agreement.Files);
        Assert.Equal(("zones/line.geojson", MissionFolder.Line), (zone.Path, System.Text.Encoding.UTF8.GetString(zone.Content)));
        Assert.Equal(MissionFolder.Line, File.ReadAllText(Path.Combine(_folder.Data, "agreement", "zones", "line.geojson")));
    }

    [Fact]
    public void InitTwiceWithTheSameAgreementChangesNothing()
    {
        Run("init", _folder.AgreementPath, "--data", _folder.Data);

        var (code, output, _) = Run("init", _folder.AgreementPath, "--data", _folder.Data);

        Assert.Equal(0, code);
        Assert.Contains("nothing changed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void InitOverAMissionWithADifferentAgreementIsRefused()
    {
        Run("init", _folder.AgreementPath, "--data", _folder.Data);
        File.WriteAllText(Path.Combine(_folder.Root, "example", "zones", "line.geojson"), MissionFolder.Line.Replace("37.0, 48.5", "37.5, 48.5", StringComparison.Ordinal));

        var (code, _, error) = Run("init", _folder.AgreementPath, "--data", _folder.Data);

        Assert.Equal(1, code);
        Assert.Contains("different agreement", error, StringComparison.Ordinal);
        using var store = SqliteMissionStore.Open(_folder.Data);
        Assert.Equal(MissionFolder.Line, System.Text.Encoding.UTF8.GetString(store.ReadAgreement()!.Files[0].Content));
    }

    [Fact]
    public void AMissingZoneFileIsReportedWithItsLineAndColumn()
    {
        File.Delete(Path.Combine(_folder.Root, "example", "zones", "line.geojson"));

        var (code, _, error) = Run("init", _folder.AgreementPath, "--data", _folder.Data);

        // Line 8 of the agreement: "  - { id: contact-line, kind: line, geometry: zones/line.geojson }", the path at column 47.
        Assert.Equal(1, code);
        Assert.StartsWith($"{_folder.AgreementPath}:8:47: geometry: file 'zones/line.geojson' not found", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Data));
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => MissionCommands.Run(args);
}
