using System.CommandLine;
using System.Text;
using Truce.Cli.Missions;
using Truce.Storage.Transparency;

namespace Truce.Cli.Log;

/// <summary>
/// <c>truce log checkpoint [--data DIR]</c>: signs a checkpoint of the whole tree if the latest one is behind it
/// (whatever the interval), and prints the latest signed checkpoint note.
/// </summary>
public static class LogCheckpointCommand
{
    public static Command Create(TimeProvider time)
    {
        var data = DataOption.Create();
        var command = new Command("checkpoint", "Sign a checkpoint of the whole log if needed and print the latest one.") { data };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("log checkpoint", error, () =>
            {
                var dataDirectory = parse.GetValue(data)!;
                using var signer = MissionSigningKey.Load(dataDirectory, out var keyError);
                if (signer is null)
                {
                    error.WriteLine(keyError);
                    return ExitCodes.UserError;
                }

                var (latest, _) = SqliteMissionLog.IssueCheckpoint(dataDirectory, signer, time, force: true);
                if (latest is null)
                {
                    error.WriteLine($"{dataDirectory}: the log has no checkpoint");
                    return ExitCodes.UserError;
                }

                output.Write(Encoding.UTF8.GetString(latest.Note));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
