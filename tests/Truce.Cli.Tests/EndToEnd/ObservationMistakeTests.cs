using Truce.Storage.Sqlite;
using Xunit;

namespace Truce.Cli.Tests.EndToEnd;

/// <summary>
/// Each kind of observation mistake, on line 2 of a batch whose line 1 is valid and new:
/// <c>truce ingest</c> exits 1, names <c>file:line:col: field:</c> and stores nothing, not even line 1.
/// </summary>
public sealed class ObservationMistakeTests(IngestedIndependentMission mission) : IClassFixture<IngestedIndependentMission>
{
    private const string Good = """{"id": "ic-40", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "source": {"kind": "monitor", "reliability": "A", "credibility": 1}}""";

    [Theory]
    [InlineData("missing required field", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -99.97, "source": {"kind": "monitor"}}""", "{", "type", "required")]
    [InlineData("impossible date", """{"id": "ic-41", "observed_at": "2026-06-31T03:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "source": {"kind": "monitor"}}""", "\"2026-06-31", "observed_at", "is not an RFC 3339 time")]
    [InlineData("time without offset", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "source": {"kind": "monitor"}}""", "\"2026-06-02T03:00:00\"", "observed_at", "is not an RFC 3339 time")]
    [InlineData("interval ending before it starts", """{"id": "ic-41", "observed_from": "2026-06-02T03:00:00Z", "observed_to": "2026-06-02T01:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "source": {"kind": "monitor"}}""", "\"2026-06-02T01", "observed_to", "before observed_from")]
    [InlineData("latitude out of range", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00Z", "lat": 94.91, "lon": -99.97, "type": "fire.artillery", "source": {"kind": "monitor"}}""", "94.91", "lat", "latitude")]
    [InlineData("longitude out of range", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -199.97, "type": "fire.artillery", "source": {"kind": "monitor"}}""", "-199.97", "lon", "longitude")]
    [InlineData("negative uncertainty", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -99.97, "uncertainty_m": -5, "type": "fire.artillery", "source": {"kind": "monitor"}}""", "-5", "uncertainty_m", "≥ 0")]
    [InlineData("unknown type", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artilery", "source": {"kind": "monitor"}}""", "\"fire.artilery\"", "type", "unknown type 'fire.artilery'")]
    [InlineData("unknown field", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "colour": "red", "source": {"kind": "monitor"}}""", "\"colour\"", "colour", "unknown field")]
    [InlineData("bad reliability", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "source": {"kind": "monitor", "reliability": "G"}}""", "\"G\"", "source.reliability", "Admiralty")]
    [InlineData("unknown party", """{"id": "ic-41", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "attributed_to": "C", "source": {"kind": "monitor"}}""", "\"C\"", "attributed_to", "unknown party 'C'")]
    [InlineData("duplicate id in the batch", """{"id": "ic-40", "observed_at": "2026-06-02T04:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "source": {"kind": "monitor"}}""", "\"ic-40\"", "id", "duplicate id 'ic-40' in this batch")]
    [InlineData("conflicting re-send", """{"id": "ic-01", "observed_at": "2026-06-02T03:00:00Z", "lat": 44.91, "lon": -99.97, "type": "fire.artillery", "source": {"kind": "monitor"}}""", "\"ic-01\"", "id", "already stored with different content")]
    public void AMistakeIsPlacedExactlyAndNothingIsStored(string mistake, string bad, string token, string field, string message)
    {
        var file = mission.Write(mistake.Replace(' ', '-') + ".ndjson", Good + "\n" + bad + "\n");

        var (code, output, error) = mission.Truce("ingest", file);

        Assert.Equal((1, string.Empty), (code, output));
        var first = error.Split('\n')[0];
        Assert.StartsWith($"{file}:2:{bad.IndexOf(token, StringComparison.Ordinal) + 1}: {field}: ", first, StringComparison.Ordinal);
        Assert.Contains(message, first, StringComparison.Ordinal);
        Assert.Contains("nothing stored", error, StringComparison.Ordinal);
        Assert.Equal(IngestedIndependentMission.Stored, StoredCount());
    }

    [Fact]
    public void ACsvMistakeNamesItsRowAndFieldNumber()
    {
        var file = mission.Write("bad.csv", "id,observed_at,lat,lon,type,source_kind\nic-42,2026-06-02T03:00:00Z,44.91,-99.97,fire.artillery,monitor\nic-43,2026-06-02T03:00:00Z,94.91,-99.97,fire.artillery,monitor\n");

        var (code, _, error) = mission.Truce("ingest", file);

        // In CSV the column is the field's number in the row: lat is the third.
        Assert.Equal(1, code);
        Assert.StartsWith($"{file}:3:3: lat: must be a latitude", error, StringComparison.Ordinal);
        Assert.Equal(IngestedIndependentMission.Stored, StoredCount());
    }

    [Fact]
    public void AGeoJsonMistakeNamesItsLineAndColumn()
    {
        var file = mission.Write("bad.geojson", """
            {"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-99.97, 44.91]},
             "properties": {"id": "ic-44", "observed_at": "2026-06-02T03:00:00Z", "type": "fire.artilery", "source": {"kind": "uav"}}}]}
            """);

        var (code, _, error) = mission.Truce("ingest", file);

        Assert.Equal(1, code);
        var line3 = File.ReadAllLines(file)[2];
        Assert.StartsWith($"{file}:3:{line3.IndexOf("\"fire.artilery\"", StringComparison.Ordinal) + 1}: $.features[0].properties.type: unknown type", error, StringComparison.Ordinal);
        Assert.Equal(IngestedIndependentMission.Stored, StoredCount());
    }

    [Fact]
    public void ReIngestingTheAcceptedFileSaysNothingIsNewAndStoresNothing()
    {
        var file = Path.Combine(TruceProcess.RepositoryRoot(), "examples", "independent-check", "observations.ndjson");

        var (code, output, _) = mission.Truce("ingest", file);

        Assert.Equal(0, code);
        Assert.Equal($"{IngestedIndependentMission.Stored} accepted (0 new, {IngestedIndependentMission.Stored} already present)", output.Trim());
        Assert.Equal(IngestedIndependentMission.Stored, StoredCount());
    }

    private long StoredCount()
    {
        using var store = SqliteMissionStore.Open(mission.Data);
        return store.CountObservations();
    }
}
