using System.Text.Json;
using Truce.Cli.Claims;
using Xunit;

namespace Truce.Cli.Tests.Claims;

public sealed class ExtractClaimsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("truce-claims-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(string file, string format = "json", bool printText = false, params string[] parties)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ExtractClaims.Run(new ExtractClaims.Request(file, "Test Wire", "2025-03-13", format, printText, parties), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void ExtractPrintsTheDesignedJsonObject()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllText(path, "Kremlin spokesman Dmitry Peskov said the Russian army had recaptured the town of Sudzha.");
        var (exit, output, _) = Run(path);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Test Wire", root.GetProperty("source").GetString());
        Assert.Equal("2025-03-13", root.GetProperty("published").GetString());
        var statement = root.GetProperty("statements")[0];
        Assert.Equal("Dmitry Peskov", statement.GetProperty("speaker").GetString());
        Assert.Equal("RU", statement.GetProperty("party").GetString());
        Assert.Equal("reported", statement.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, statement.GetProperty("resolved_from").ValueKind);
        Assert.Equal("Sudzha", root.GetProperty("places")[0].GetProperty("name").GetString());
        Assert.Equal("recapture", root.GetProperty("events")[0].GetProperty("action").GetString());
    }

    [Fact]
    public void PartyAliasesGivenOnTheCommandLineReplaceTheDefaults()
    {
        var path = Path.Combine(_folder, "b.txt");
        File.WriteAllText(path, "Kremlin spokesman Dmitry Peskov said the talks were useful.");
        var (exit, output, _) = Run(path, "json", false, "KR=Kremlin");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("KR", json.RootElement.GetProperty("statements")[0].GetProperty("party").GetString());
    }

    [Fact]
    public void PrintTextShowsTheTextOffsetsReferTo()
    {
        var path = Path.Combine(_folder, "c.html");
        File.WriteAllText(path, "<html><body><nav>Menu</nav><p>First.</p><p>Second.</p></body></html>");
        var (exit, output, _) = Run(path, printText: true);
        Assert.Equal(0, exit);
        Assert.Equal("First.\n\nSecond.\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void UnreadableInputExitsWithOneAndAClearMessage()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllText(empty, "");
        var (exit, _, error) = Run(empty);
        Assert.Equal(1, exit);
        Assert.Contains("file is empty", error);

        var (missingExit, _, missingError) = Run(Path.Combine(_folder, "missing.txt"));
        Assert.Equal(1, missingExit);
        Assert.Contains("no such file", missingError);

        var (remoteExit, _, remoteError) = Run("https://example.org/news");
        Assert.Equal(1, remoteExit);
        Assert.Contains("only local files", remoteError);
    }

    private const string FreedoniaAgreement = """
        id: freedonia-truce
        title: Test
        window: { start: 2025-03-14T00:00:00Z, end: 2025-04-13T00:00:00Z }
        parties:
          - { code: FD, name: Freedonia, aliases: [Fredonian Guard] }
          - { code: SY, name: Sylvania }
        zones:
          - { id: contact-line, kind: line, geometry: line.geojson }
          - { id: security-zone, kind: area, buffer_km: 15, of: contact-line }
        terms:
          - { id: T1, text: "All fire shall cease.", kind: prohibit-activity, types: ["fire.*"], zone: security-zone }
        """;

    private string WriteFreedonia()
    {
        File.WriteAllText(Path.Combine(_folder, "line.geojson"),
            """{"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[35.0, 47.5], [36.0, 48.0]]}}""");
        var agreement = Path.Combine(_folder, "agreement.yaml");
        File.WriteAllText(agreement, FreedoniaAgreement);
        File.WriteAllText(Path.Combine(_folder, "f.txt"), "Freedonian President Rufus Firefly said the talks were useful. The Fredonian Guard said it had advanced.");
        return agreement;
    }

    private static string? FirstParty(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("statements")[0].GetProperty("party").GetString();
    }

    [Fact]
    public void PartiesAndAliasesComeFromTheAgreementFile()
    {
        var agreement = WriteFreedonia();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ExtractClaims.Run(new ExtractClaims.Request(Path.Combine(_folder, "f.txt"), null, null, "json", false, [], agreement), output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Equal("FD", FirstParty(output.ToString()));
        Assert.Null(FirstParty(Run(Path.Combine(_folder, "f.txt")).Output));
    }

    [Fact]
    public void PartiesAndAliasesComeFromTheMissionsStoredAgreement()
    {
        var agreement = WriteFreedonia();
        var data = Path.Combine(_folder, "data");
        var root = new System.CommandLine.RootCommand { Truce.Cli.Missions.InitCommand.Create(TimeProvider.System) };
        Assert.Equal(0, root.Parse(["init", agreement, "--data", data]).Invoke(new System.CommandLine.InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null }));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ExtractClaims.Run(new ExtractClaims.Request(Path.Combine(_folder, "f.txt"), null, null, "json", false, [], null, data), output, error);

        Assert.True(exit == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        var root2 = json.RootElement;
        Assert.Equal("FD", root2.GetProperty("statements")[0].GetProperty("party").GetString());
        var advance = Assert.Single(root2.GetProperty("events").EnumerateArray());
        Assert.Equal("FD", advance.GetProperty("actor_party").GetString());
    }

    [Fact]
    public void AnAgreementWithMistakesIsReportedAndNothingExtracted()
    {
        var agreement = Path.Combine(_folder, "bad.yaml");
        File.WriteAllText(agreement, "id: x\n");
        File.WriteAllText(Path.Combine(_folder, "g.txt"), "Officials said the talks were useful.");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ExtractClaims.Run(new ExtractClaims.Request(Path.Combine(_folder, "g.txt"), null, null, "json", false, [], agreement), output, error);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Contains("bad.yaml", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADataDirectoryWithoutAMissionIsAUserError()
    {
        File.WriteAllText(Path.Combine(_folder, "h.txt"), "Officials said the talks were useful.");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ExtractClaims.Run(new ExtractClaims.Request(Path.Combine(_folder, "h.txt"), null, null, "json", false, [], null, Path.Combine(_folder, "none")), output, error);

        Assert.Equal(1, exit);
        Assert.Contains("no mission", error.ToString(), StringComparison.Ordinal);
    }
}
