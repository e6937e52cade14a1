using System.CommandLine;
using Truce.Domain.Observations;
using Truce.Storage;

namespace Truce.Cli.Observations;

/// <summary>The <c>ingest</c> command's command-line shape; the work is <see cref="IngestObservations"/>.</summary>
public static class IngestCommand
{
    public static Command Create(TimeProvider time)
    {
        var files = new Argument<string[]>("FILE") { Description = "Observation files (.ndjson/.jsonl, .csv, .geojson/.json), read as one batch.", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "The mission's data directory.", DefaultValueFactory = _ => "truce-data" };
        var format = new Option<string?>("--format") { Description = "The format of every file, instead of guessing from extensions." };
        format.AcceptOnlyFromAmong("ndjson", "csv", "geojson");
        var command = new Command("ingest", "Validate observation files and store them, all or nothing.") { files, data, format };
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
            try
            {
                return IngestObservations.Run(parseResult.GetValue(files)!, parseResult.GetValue(data)!, chosen, output, error, time);
            }
            catch (StoreException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }
            catch (IOException e)
            {
                error.WriteLine($"ingest: {e.Message}");
                return 1;
            }
            catch (Exception e)
            {
                error.WriteLine($"ingest: internal error: {e}");
                return 2;
            }
        });
        return command;
    }
}
