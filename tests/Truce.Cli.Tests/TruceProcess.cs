using System.Diagnostics;

namespace Truce.Cli.Tests;

/// <summary>Runs the built <c>truce</c> CLI as a real child process and captures what it prints.</summary>
internal static class TruceProcess
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "truce.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The repository's example mission folder, found by walking up to the solution file.</summary>
    public static string ExampleAgreement()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Truce.slnx not found above the test binaries"),
            "examples", "example-30-day", "agreement.yaml");
    }
}
