using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Truce.Cli.Demo;

/// <summary>
/// Runs the demo's steps in order and shows progress: a live progress bar when standard error is a
/// terminal, one line a step otherwise (CI logs, pipes). Every step's own output goes to the log.
/// Stops at the first step that fails and returns its exit code.
/// </summary>
public static class DemoProgress
{
    public static int Run(IReadOnlyList<DemoStep> steps, TextWriter log, TextWriter error, bool interactive)
    {
        if (interactive)
        {
            var code = ExitCodes.Success;
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                .Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    foreach (var step in steps)
                    {
                        var task = context.AddTask(step.Title, maxValue: 1);
                        code = step.Work(log);
                        task.Value = 1;
                        if (code != ExitCodes.Success)
                        {
                            return;
                        }
                    }
                });
            return code;
        }

        for (var index = 0; index < steps.Count; index++)
        {
            var clock = Stopwatch.StartNew();
            error.Write($"[{index + 1}/{steps.Count}] {steps[index].Title} … ");
            var code = steps[index].Work(log);
            error.WriteLine(code == ExitCodes.Success
                ? $"done in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
                : "failed");
            if (code != ExitCodes.Success)
            {
                return code;
            }
        }

        return ExitCodes.Success;
    }
}
