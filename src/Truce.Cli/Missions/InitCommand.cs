using System.CommandLine;

namespace Truce.Cli.Missions;

/// <summary>The <c>init</c> command's command-line shape; the work is <see cref="InitMission"/>.</summary>
public static class InitCommand
{
    public static Command Create(TimeProvider time)
    {
        var agreement = new Argument<string>("AGREEMENT") { Description = "The agreement YAML file; the GeoJSON files it references are stored with it." };
        var data = DataOption.Create();
        var command = new Command("init", "Create a mission data directory holding an agreement.") { agreement, data };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            return ExitCodes.Guard("init", error, () => InitMission.Run(parseResult.GetValue(agreement)!, parseResult.GetValue(data)!, output, error, time));
        });
        return command;
    }
}
