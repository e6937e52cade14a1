using System.CommandLine;
using Truce.Cli.Log;
using Truce.Cli.Missions;
using Truce.Domain.Evaluation;
using Truce.Domain.Violations;
using Truce.Storage;
using Truce.Storage.Sqlite;
using Truce.Storage.Transparency;

namespace Truce.Cli.Violations;

/// <summary>
/// <c>truce evaluate [--data DIR]</c>: evaluates every stored observation against the mission's
/// agreement and replaces the stored violations with the result, in one transaction with the result's log entry
/// (kind <c>evaluation</c>); then signs a checkpoint.
/// </summary>
public static class EvaluateCompliance
{
    public static Command Command()
    {
        var data = DataOption.Create();
        var by = ActorOption.Create();
        var command = new Command("evaluate", "Find the violations of the agreement in the stored observations.") { data, by };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("evaluate", error, () => Run(parse.GetValue(data)!, output, TimeProvider.System, parse.GetValue(by)!, error));
        });
        return command;
    }

    public static int Run(string dataDirectory, TextWriter output) =>
        Run(dataDirectory, output, TimeProvider.System, ActorOption.Default(), TextWriter.Null);

    /// <summary>Runs the command, logging as <paramref name="by"/> at <paramref name="time"/>'s now.</summary>
    public static int Run(string dataDirectory, TextWriter output, TimeProvider time, string by, TextWriter error)
    {
        using var store = SqliteMissionStore.Open(dataDirectory);
        var agreement = MissionAgreement.Load(store, dataDirectory);
        var evaluator = new ComplianceEvaluator(agreement);
        var observations = store.CountObservations();
        var violations = evaluator.Evaluate(store.ReadObservations(ObservationOrder.Id));
        var at = time.GetUtcNow();
        store.ReplaceViolations(violations, transaction =>
            SqliteMissionLog.Append(transaction, [MissionLogEntry.Create(MissionRecords.EvaluationKind, at, by, MissionRecords.Evaluation(violations, observations))]));
        BatchCheckpoint.Issue(dataDirectory, time, error);

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
