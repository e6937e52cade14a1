using Xunit;

namespace Truce.Cli.Tests.Demo;

public sealed class RunDemoTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "truce-demo-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void TheDemoWritesAReportForEveryDayOfTheWindowAndPrintsTheViolations()
    {
        var folder = Path.Combine(_root, "demo");

        var (code, output, error) = TruceProcess.Run("demo", "--out", folder);

        Assert.True(code == 0, error);
        var reports = Path.Combine(folder, "reports");
        Assert.Equal(30, Directory.GetFiles(reports, "daily-*.html").Length);
        Assert.Equal(30, Directory.GetFiles(reports, "daily-*.md").Length);
        Assert.True(File.Exists(Path.Combine(reports, "summary.html")));
        var (_, listed, _) = TruceProcess.Run("violations", "--data", Path.Combine(folder, "data"));
        var total = listed.Split('\n').First(line => line.EndsWith("violation(s)", StringComparison.Ordinal));
        Assert.Contains(total, output, StringComparison.Ordinal);
        Assert.Contains("[8/8] verify the published log as a party would … done", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "log", "checkpoint")));
        Assert.True(File.Exists(Path.Combine(folder, "simulation", "truth.ndjson")));
    }

    [Fact]
    public void TheDemoNeverTouchesAFolderThatIsNotAPreviousDemos()
    {
        var folder = Path.Combine(_root, "precious");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var (code, _, error) = TruceProcess.Run("demo", "--out", folder);

        Assert.Equal(1, code);
        Assert.Contains("not a previous demo's folder", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
