using System.CommandLine;

namespace Truce.Cli.Simulation;

/// <summary>The <c>simulate</c> command's command-line shape; the work is <see cref="SimulateMission"/>.</summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var agreement = new Option<string>("--agreement") { Description = "The agreement YAML file whose zones and terms shape the simulated world.", Required = true };
        var days = new Option<int?>("--days") { Description = "Days to simulate from the agreement window's start (default: the window's length)." };
        var seed = new Option<long>("--seed") { Description = "Seed; the same seed gives the same bytes.", DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out") { Description = "Folder to write observations.ndjson and truth.ndjson to (created if missing).", Required = true };
        var scale = new Option<double>("--scale") { Description = "Multiplies every event rate (1 ≈ 4,000 observations a month).", DefaultValueFactory = _ => 1.0 };
        var measure = new Option<bool>("--measure") { Description = "Also evaluate the observations and print precision and recall against the ground truth." };
        var command = new Command("simulate", "Simulate a mission under an agreement: observations to ingest and the ground truth behind them.")
        {
            agreement, days, seed, output, scale, measure,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var request = new SimulationRequest(
                parse.GetValue(agreement)!,
                parse.GetValue(output)!,
                parse.GetValue(days),
                parse.GetValue(seed),
                parse.GetValue(scale),
                parse.GetValue(measure));
            return ExitCodes.Guard("simulate", stderr, () => SimulateMission.Run(request, stdout, stderr));
        });
        return command;
    }
}
