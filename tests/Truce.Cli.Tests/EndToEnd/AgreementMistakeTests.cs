using Truce.Storage.Sqlite;
using Xunit;

namespace Truce.Cli.Tests.EndToEnd;

/// <summary>
/// Each kind of agreement mistake, made in a copy of the independent mission: <c>truce init</c>
/// exits 1, names the file, line and column (or the JSON path in a zone file) and creates no mission.
/// </summary>
public sealed class AgreementMistakeTests : IDisposable
{
    private const string Agreement = "agreement.yaml";
    private readonly MissionCopy _copy = new("independent-check");

    public void Dispose() => _copy.Dispose();

    private string Init()
    {
        var (code, output, error) = TruceProcess.Run("init", _copy.PathOf(Agreement), "--data", _copy.Data);
        Assert.Equal((1, string.Empty), (code, output));
        Assert.True(NoMission(), "a rejected agreement must leave no mission behind");
        return error;
    }

    private bool NoMission()
    {
        if (!File.Exists(_copy.Database))
        {
            return true;
        }

        using var store = SqliteMissionStore.Open(_copy.Data);
        return store.ReadAgreement() is null;
    }

    private void AssertFirstError(string error, string token, string message)
    {
        var (line, column) = _copy.Find(Agreement, token);
        Assert.StartsWith($"{_copy.PathOf(Agreement)}:{line}:{column}: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("no mission created", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownZoneReferenceIsPlacedOnTheName()
    {
        _copy.Edit(Agreement, "zone: dmz\n", "zone: dmzz\n");

        AssertFirstError(Init(), "dmzz", "unknown zone 'dmzz'");
    }

    [Fact]
    public void ACycleOfDerivedZonesIsRejected()
    {
        _copy.Edit(Agreement, "buffer_km: 5, of: line", "buffer_km: 5, of: tank-zone");
        _copy.Edit(Agreement, "buffer_km: 20, of: line", "buffer_km: 20, of: dmz");

        var error = Init();

        var first = error.Split('\n')[0];
        Assert.Contains("cycle", first, StringComparison.Ordinal);
        var dmz = _copy.Find(Agreement, "{ id: dmz,");
        var tank = _copy.Find(Agreement, "{ id: tank-zone,");
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(_copy.PathOf(Agreement))}:({dmz.Line}|{tank.Line}):\d+: ", first);
    }

    [Fact]
    public void ASelfIntersectingZoneIsNamedByItsFileAndJsonPath()
    {
        _copy.Edit("a-held.geojson", "[[-100.4,44.7],[-100.35,44.7]", "[[-100.4,44.7],[-100.0,45.0],[-100.35,44.7]");

        var error = Init();

        Assert.StartsWith($"{_copy.PathOf("a-held.geojson")}:$.features[0].geometry: invalid geometry: Ring Self-intersection", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AZoneFileThatIsNotGeoJsonIsRejected()
    {
        File.WriteAllText(_copy.PathOf("sites.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [");

        var error = Init();

        Assert.StartsWith(_copy.PathOf("sites.geojson"), error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWindowWhoseEndIsNotAfterItsStartIsPlacedOnTheEnd()
    {
        _copy.Edit(Agreement, "end: 2026-06-15T00:00:00Z }", "end: 2026-06-01T00:00:00Z }");

        AssertFirstError(Init(), "2026-06-01T00:00:00Z }", "end 2026-06-01T00:00:00Z is not after start");
    }

    [Fact]
    public void ATermWindowOutsideTheAgreementWindowOrInvertedIsRejected()
    {
        _copy.Edit(Agreement, "end: 2026-06-10T00:00:00Z }", "end: 2026-06-04T00:00:00Z }");

        var error = Init();

        Assert.Contains("T4", error.Split('\n')[0], StringComparison.Ordinal);
        Assert.StartsWith($"{_copy.PathOf(Agreement)}:{_copy.Find(Agreement, "end: 2026-06-04").Line}:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTaxonomyCodeIsPlacedOnTheCode()
    {
        _copy.Edit(Agreement, "\"strike.*\"]\n    zone: dmz", "\"strike.artilery\"]\n    zone: dmz");

        AssertFirstError(Init(), "\"strike.artilery\"", "unknown taxonomy code 'strike.artilery'");
    }

    [Fact]
    public void ADuplicateTermIdIsPlacedOnTheSecondOne()
    {
        _copy.Edit(Agreement, "id: T2", "id: T1");
        var second = File.ReadAllLines(_copy.PathOf(Agreement)).Select((text, index) => (text, index)).Where(l => l.text.Contains("id: T1", StringComparison.Ordinal)).ElementAt(1);

        var error = Init();

        Assert.StartsWith($"{_copy.PathOf(Agreement)}:{second.index + 1}:{second.text.IndexOf("T1", StringComparison.Ordinal) + 1}: duplicate term id 'T1'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADuplicateZoneIdIsPlacedOnTheSecondOne()
    {
        _copy.Edit(Agreement, "{ id: sites, kind: sites,", "{ id: line, kind: sites,");

        AssertFirstError(Init(), "line, kind: sites", "duplicate zone id 'line'");
    }

    [Fact]
    public void AMissingFieldIsPlacedOnTheTermThatLacksIt()
    {
        _copy.Edit(Agreement, "    kind: keep-away\n", string.Empty);

        AssertFirstError(Init(), "id: T2", "term T2: missing field 'kind'");
    }

    [Fact]
    public void AMissingWindowIsReported()
    {
        _copy.Edit(Agreement, "window: { start: 2026-06-01T00:00:00Z, end: 2026-06-15T00:00:00Z }\n", string.Empty);

        var error = Init();

        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(_copy.PathOf(Agreement))}:\d+:\d+: .*'window'", error.Split('\n')[0]);
    }

    [Fact]
    public void EveryMistakeInOneFileIsListed()
    {
        _copy.Edit(Agreement, "zone: dmz\n", "zone: dmzz\n");
        _copy.Edit(Agreement, "id: T2", "id: T1");
        _copy.Edit(Agreement, "\"equipment.mlrs\"", "\"equipment.mlrz\"");

        var error = Init();

        Assert.Contains("has 3 error(s); no mission created", error, StringComparison.Ordinal);
    }
}
