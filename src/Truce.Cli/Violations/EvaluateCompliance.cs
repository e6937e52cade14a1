using System.CommandLine;
using Truce.Cli.Missions;
using Truce.Domain.Evaluation;
using Truce.Domain.Violations;
using Truce.Storage;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Violations;

/// <summary>
/// <c>truce evaluate [--data DIR]</c>: evaluates every stored observation against the mission's
/// agreement and replaces the stored violations with the result, in one transaction.
/// </summary>
public static class EvaluateCompliance
{
    public static Command Command()
    {
        var data = DataOption.Create();
        var command = new Command("evaluate", "Find the violations of the agreement in the stored observations.") { data };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("evaluate", error, () => Run(parse.GetValue(data)!, output));
        });
        return command;
    }

    public static int Run(string dataDirectory, TextWriter output)
    {
        using var store = SqliteMissionStore.Open(dataDirectory);
        var agreement = MissionAgreement.Load(store, dataDirectory);
        var evaluator = new ComplianceEvaluator(agreement);
        var observations = store.CountObservations();
        var violations = evaluator.Evaluate(store.ReadObservations(ObservationOrder.Id));
        store.ReplaceViolations(violations);

        output.WriteLine($"evaluated {observations} observation(s) against {agreement.Terms.Count} term(s) of {agreement.Id}: {violations.Count} violation(s)");
        foreach (var category in Enum.GetValues<Category>())
        {
            output.WriteLine($"  {ViolationJson.CategoryName(category),-9} {violations.Count(v => v.Category == category)}");
        }

        foreach (var party in agreement.Parties)
        {
            output.WriteLine($"  against {party.Code.Value,-4} {violations.Count(v => v.Party == party.Code)}");
        }

        var unknown = violations.Count(v => v.Party is null);
        if (unknown > 0)
        {
            output.WriteLine($"  party unknown {unknown}");
        }

        return ExitCodes.Success;
    }
}
