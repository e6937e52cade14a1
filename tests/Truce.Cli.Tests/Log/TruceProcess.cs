using System.Diagnostics;

namespace Truce.Cli.Tests.Log;

/// <summary>Runs the real <c>truce</c> executable in its own process, capturing its output.</summary>
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

    public static ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "truce.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
