using System.CommandLine;
using Truce.Cli.Log;

namespace Truce.Cli.Missions;

/// <summary>The <c>init</c> command's command-line shape; the work is <see cref="InitMission"/>.</summary>
public static class InitCommand
{
    public static Command Create(TimeProvider time)
    {
        var agreement = new Argument<string>("AGREEMENT") { Description = "The agreement YAML file; the GeoJSON files it references are stored with it." };
        var data = DataOption.Create();
        var host = new Option<string>("--host") { Description = "Host part of the log origin <host>/<agreement id>.", DefaultValueFactory = _ => MissionLogOptions.DefaultHost };
        var key = new Option<string?>("--key") { Description = "Sign with this key file (PRIVATE+KEY+…, mode 0600) instead of generating one." };
        var by = ActorOption.Create();
        var interval = new Option<double>("--checkpoint-interval") { Description = "Minimum seconds between signed checkpoints (0: one after every batch).", DefaultValueFactory = _ => 0 };
        var command = new Command("init", "Create a mission data directory holding an agreement.") { agreement, data, host, key, by, interval };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var log = new MissionLogOptions
            {
                Host = parseResult.GetValue(host)!,
                KeyFile = parseResult.GetValue(key),
                By = parseResult.GetValue(by)!,
                CheckpointInterval = TimeSpan.FromSeconds(Math.Max(0, parseResult.GetValue(interval))),
            };
            return ExitCodes.Guard("init", error, () => InitMission.Run(parseResult.GetValue(agreement)!, parseResult.GetValue(data)!, output, error, time, log));
        });
        return command;
    }
}
