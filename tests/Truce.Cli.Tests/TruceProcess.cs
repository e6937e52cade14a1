using System.Diagnostics;

namespace Truce.Cli.Tests;

/// <summary>Runs the built <c>truce</c> CLI (truce.dll beside the tests) as a real child process, as a user would.</summary>
internal static class TruceProcess
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The start info of a truce run with both output streams redirected, for tests that manage the process themselves.</summary>
    public static ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "truce.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>The repository root: the folder above the test binaries that holds Truce.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Truce.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The example mission's agreement file.</summary>
    public static string ExampleAgreement() => Path.Combine(RepositoryRoot(), "examples", "example-30-day", "agreement.yaml");
}
