using System.Diagnostics;
using Truce.Cli.Agreements;
using Xunit;

namespace Truce.Cli.Tests.Agreements;

public sealed class CheckAgreementTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("truce-check-").FullName;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Truce.slnx not found");
    }

    private static string ExampleAgreement => Path.Combine(RepositoryRoot(), "examples", "example-30-day", "agreement.yaml");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void CheckingTheExampleAgreementPrintsItsSummaryAndSucceeds()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CheckAgreement.Run(ExampleAgreement, output, error);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.ToString());
        var text = output.ToString();
        Assert.Contains("agreement example-30-day: 30-day general ceasefire (illustrative front line)", text, StringComparison.Ordinal);
        Assert.Contains("window    2025-03-14T00:00:00Z to 2025-04-13T00:00:00Z (end excluded)", text, StringComparison.Ordinal);
        Assert.Matches(@"contact-line\s+line\s+[\d,.]+ km", text);
        Assert.Matches(@"security-zone\s+area\s+[\d,.]+ km2\s+buffer 15 km of contact-line", text);
        Assert.Contains("T2     keep-away            equipment.artillery-100mm-plus -> 25 km of contact-line on own side", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckingABadAgreementPrintsEachMistakeAsFileLineColumnAndExits1()
    {
        var file = Path.Combine(_directory, "bad.yaml");
        File.WriteAllText(file, """
            id: bad
            title: Bad
            window: { start: 2025-03-14T00:00:00Z, end: 2025-03-01T00:00:00Z }
            parties:
              - { code: RU, name: Russia }
            zones:
              - { id: area, kind: area, geometry: nowhere.geojson }
            terms:
              - { id: T1, text: "No fire.", kind: prohibit-activity, types: ["fire.*"], zone: missing }

            """);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CheckAgreement.Run(file, output, error);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal(
            [
                $"{file}:3:45: window: end 2025-03-01T00:00:00Z is not after start 2025-03-14T00:00:00Z",
                $"{file}:7:39: zone area: cannot read 'nowhere.geojson' (paths are relative to the agreement file)",
                $"{file}:9:83: term T1: 'zone' names unknown zone 'missing' (known zones: area)",
                $"3 errors in {file}",
            ],
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TheRealCommandChecksTheExampleAndRejectsAMissingFile()
    {
        var truce = Path.Combine(AppContext.BaseDirectory, "truce.dll");

        var (ok, okOutput, _) = Run(truce, "agreement", "check", ExampleAgreement);
        var (missing, _, missingError) = Run(truce, "agreement", "check", Path.Combine(_directory, "none.yaml"));

        Assert.Equal(0, ok);
        Assert.Contains("terms     8", okOutput, StringComparison.Ordinal);
        Assert.Equal(1, missing);
        Assert.Contains("cannot read the agreement file", missingError, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(string dll, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
