using System.CommandLine;
using Truce.Storage;

namespace Truce.Cli.Missions;

/// <summary>The <c>init</c> command's command-line shape; the work is <see cref="InitMission"/>.</summary>
public static class InitCommand
{
    public static Command Create(TimeProvider time)
    {
        var agreement = new Argument<string>("AGREEMENT") { Description = "The agreement YAML file; the GeoJSON files it references are stored with it." };
        var data = new Option<string>("--data") { Description = "The mission's data directory.", DefaultValueFactory = _ => "truce-data" };
        var command = new Command("init", "Create a mission data directory holding an agreement.") { agreement, data };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                return InitMission.Run(parseResult.GetValue(agreement)!, parseResult.GetValue(data)!, output, error, time);
            }
            catch (StoreException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }
            catch (IOException e)
            {
                error.WriteLine($"init: {e.Message}");
                return 1;
            }
            catch (Exception e)
            {
                error.WriteLine($"init: internal error: {e}");
                return 2;
            }
        });
        return command;
    }
}
