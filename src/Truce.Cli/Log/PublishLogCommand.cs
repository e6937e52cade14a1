using System.CommandLine;
using Truce.Cli.Missions;
using Truce.Log.Publishing;
using Truce.Storage.Transparency;

namespace Truce.Cli.Log;

/// <summary>
/// <c>truce log publish --out DIR [--data DIR]</c>: writes the mission's log as a C2SP tlog-tiles directory — every
/// hash tile and entry bundle of the latest checkpoint's tree, then that checkpoint, exactly as stored. When the tree
/// has grown past the latest checkpoint (a batch inside the checkpoint interval), it first signs one of the whole tree.
/// </summary>
public static class PublishLogCommand
{
    public static Command Create(TimeProvider time)
    {
        var data = DataOption.Create();
        var output = new Option<string>("--out") { Description = "The directory to write checkpoint and tile/ into.", Required = true };
        var command = new Command("publish", "Write the log as a static C2SP tlog-tiles directory.") { data, output };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("log publish", error, () => Run(parse.GetValue(data)!, parse.GetValue(output)!, time, stdout, error));
        });
        return command;
    }

    public static int Run(string dataDirectory, string outDirectory, TimeProvider time, TextWriter output, TextWriter error)
    {
        using (var signer = MissionSigningKey.Load(dataDirectory, out var keyError))
        {
            if (signer is null)
            {
                error.WriteLine(keyError);
                return ExitCodes.UserError;
            }

            SqliteMissionLog.IssueCheckpoint(dataDirectory, signer, time, force: true);
        }

        using var log = SqliteMissionLog.OpenSnapshot(dataDirectory);
        var checkpoint = log.LatestCheckpoint();
        if (checkpoint is null)
        {
            error.WriteLine($"{dataDirectory}: the log has no checkpoint yet");
            return ExitCodes.UserError;
        }

        Directory.CreateDirectory(outDirectory);
        var result = new TilePublisher(log.Hashes, log, new DirectoryTileSink(outDirectory)) { CheckFullTiles = false }
            .PublishSigned(checkpoint.Note);
        output.WriteLine($"published {result.TreeSize} entries to {outDirectory}: {result.Written} file(s) written, {result.Unchanged} unchanged");
        return ExitCodes.Success;
    }
}
