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
}
