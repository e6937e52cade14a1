using System.Diagnostics;

namespace Truce.Cli.Tests.EndToEnd;

/// <summary>Runs the built CLI (truce.dll beside the tests) as a separate process, as a user would.</summary>
internal static class TruceProcess
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "truce.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>The folder holding Truce.slnx, found by walking up from the test's build output.</summary>
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
}
