using System.CommandLine;
using Truce.Cli.Log;
using Truce.Cli.Missions;
using Truce.Domain.Observations;

namespace Truce.Cli.Observations;

/// <summary>The <c>ingest</c> command's command-line shape; the work is <see cref="IngestObservations"/>.</summary>
public static class IngestCommand
{
    public static Command Create(TimeProvider time)
    {
        var files = new Argument<string[]>("FILE") { Description = "Observation files (.ndjson/.jsonl, .csv, .geojson/.json), read as one batch.", Arity = ArgumentArity.OneOrMore };
        var data = DataOption.Create();
        var format = new Option<string?>("--format") { Description = "The format of every file, instead of guessing from extensions." };
        format.AcceptOnlyFromAmong("ndjson", "csv", "geojson");
        var by = ActorOption.Create();
        var command = new Command("ingest", "Validate observation files and store them, all or nothing.") { files, data, format, by };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            ObservationFormat? chosen = parseResult.GetValue(format) switch
            {
                "ndjson" => ObservationFormat.Ndjson,
                "csv" => ObservationFormat.Csv,
                "geojson" => ObservationFormat.GeoJson,
                _ => null,
            };
            return ExitCodes.Guard("ingest", error, () => IngestObservations.Run(parseResult.GetValue(files)!, parseResult.GetValue(data)!, chosen, output, error, time, parseResult.GetValue(by)!));
        });
        return command;
    }
}
