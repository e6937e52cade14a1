namespace Truce.Cli.Tests.Reports;

/// <summary>
/// The example mission initialised, its observations ingested and evaluated by the real CLI, once
/// for all report tests (xunit class fixture); deleted afterwards.
/// </summary>
public sealed class EvaluatedExampleMission : IDisposable
{
    public EvaluatedExampleMission()
    {
        Root = Path.Combine(Path.GetTempPath(), "truce-reports-" + Guid.NewGuid().ToString("N"));
        var agreement = TruceProcess.ExampleAgreement();
        var observations = Path.Combine(Path.GetDirectoryName(agreement)!, "observations.ndjson");
        foreach (var step in new[] { new[] { "init", agreement }, ["ingest", observations], ["evaluate"] })
        {
            var (code, _, error) = TruceProcess.Run([.. step, "--data", Data]);
            if (code != 0)
            {
                throw new InvalidOperationException($"truce {step[0]} failed: {error}");
            }
        }
    }

    public string Root { get; }

    public string Data => Path.Combine(Root, "data");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
