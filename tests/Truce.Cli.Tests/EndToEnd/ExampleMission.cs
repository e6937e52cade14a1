using Xunit;

namespace Truce.Cli.Tests.EndToEnd;

/// <summary>
/// The example mission, created, ingested and evaluated once through the real CLI process for the
/// tests that only read it.
/// </summary>
public sealed class ExampleMission : IDisposable
{
    private readonly MissionCopy _copy = new("example-30-day");

    public ExampleMission()
    {
        Assert.Equal(0, Truce("init", _copy.PathOf("agreement.yaml")).Code);
        Assert.Equal(0, Truce("ingest", _copy.PathOf("observations.ndjson")).Code);
        Assert.Equal(0, Truce("evaluate").Code);
    }

    public string ExpectedFile => _copy.PathOf("expected-violations.json");

    /// <summary>Runs truce with <c>--data</c> pointing at this mission.</summary>
    public (int Code, string Output, string Error) Truce(params string[] args) => TruceProcess.Run([.. args, "--data", _copy.Data]);

    public void Dispose() => _copy.Dispose();
}
