namespace Truce.Cli.Tests.Missions;

/// <summary>A temp folder with a small agreement (and its zone file) and room for a mission data directory.</summary>
internal sealed class MissionFolder : IDisposable
{
    public const string Agreement = """
        id: test-mission
        title: Test
        window: { start: 2025-03-14T00:00:00Z, end: 2025-04-13T00:00:00Z }
        parties:
          - { code: RU, name: Russian Federation }
          - { code: UA, name: Ukraine }
        zones:
          - { id: contact-line, kind: line, geometry: zones/line.geojson }
          - { id: security-zone, kind: area, buffer_km: 15, of: contact-line }
        terms:
          - { id: T1, text: "All fire shall cease.", kind: prohibit-activity, types: ["fire.*"], zone: security-zone }
        taxonomy_extensions: ["fire.thermobaric"]
        """;

    public const string Line = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[36.0, 48.0], [37.0, 48.5]]}}]}
        """;

    public MissionFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "truce-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "example", "zones"));
        File.WriteAllText(AgreementPath, Agreement);
        File.WriteAllText(Path.Combine(Root, "example", "zones", "line.geojson"), Line);
    }

    public string Root { get; }

    public string AgreementPath => Path.Combine(Root, "example", "agreement.yaml");

    public string Data => Path.Combine(Root, "data");

    public string Write(string name, string content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
