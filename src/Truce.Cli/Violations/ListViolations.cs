using System.CommandLine;
using System.Globalization;
using Truce.Cli.Missions;
using Truce.Domain.Parties;
using Truce.Domain.Violations;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Violations;

/// <summary>
/// <c>truce violations [--day D] [--party P] [--format table|json|csv]</c>: lists the violations the
/// last evaluation stored, ordered by time, then incident, then term.
/// </summary>
public static class ListViolations
{
    public static Command Command()
    {
        var data = DataOption.Create();
        var day = new Option<string?>("--day") { Description = "Only violations of this UTC day (YYYY-MM-DD)." };
        var party = new Option<string?>("--party") { Description = "Only violations held against this party code." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("violations", "List the violations found by the last evaluation.") { data, day, party, format };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("violations", error, () =>
                Run(parse.GetValue(data)!, parse.GetValue(day), parse.GetValue(party), parse.GetValue(format)!, output, error));
        });
        return command;
    }

    public static int Run(string dataDirectory, string? day, string? party, string format, TextWriter output, TextWriter error)
    {
        DateOnly? onDay = null;
        if (day is not null)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error.WriteLine($"violations: --day '{day}' is not a date like 2025-03-20");
                return ExitCodes.UserError;
            }

            onDay = parsed;
        }

        using var store = SqliteMissionStore.Open(dataDirectory);
        var agreement = MissionAgreement.Load(store, dataDirectory);
        PartyCode? against = null;
        if (party is not null)
        {
            against = new PartyCode(party);
            if (agreement.Parties.All(p => p.Code != against))
            {
                error.WriteLine($"violations: --party '{party}' is not a party of {agreement.Id} (parties: {string.Join(", ", agreement.Parties.Select(p => p.Code.Value))})");
                return ExitCodes.UserError;
            }
        }

        var violations = store.ReadViolations(onDay, against);
        switch (format)
        {
            case "json":
                ViolationJson.Write(violations, output);
                break;
            case "csv":
                ViolationCsv.Write(violations, output);
                break;
            default:
                ViolationTable.Write(violations, output);
                break;
        }

        return ExitCodes.Success;
    }
}
