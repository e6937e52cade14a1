using Truce.Storage.Sqlite;
using Xunit;

namespace Truce.Cli.Tests.EndToEnd;

/// <summary>
/// A second, fictional mission (examples/independent-check: parties A and B, an L-shaped line in the
/// western hemisphere, a term with its own window and one restricted to a party, polygon observations)
/// through the real CLI, against violations worked out by hand with a different geometric method.
/// </summary>
public sealed class IndependentMissionEndToEndTests : IDisposable
{
    private readonly MissionCopy _copy = new("independent-check");

    public void Dispose() => _copy.Dispose();

    private (int Code, string Output, string Error) Truce(params string[] args) => TruceProcess.Run([.. args, "--data", _copy.Data]);

    [Fact]
    public void ItsPointsAndPolygonsGiveExactlyTheHandWorkedViolations()
    {
        Assert.Equal(0, Truce("init", _copy.PathOf("agreement.yaml")).Code);
        var ingest = Truce("ingest", _copy.PathOf("observations.ndjson"), _copy.PathOf("observations.geojson"));
        Assert.Equal("36 accepted (36 new, 0 already present)", ingest.Output.Trim());

        var evaluate = Truce("evaluate");
        var (code, output, error) = Truce("violations", "--format", "json");

        Assert.Equal(0, evaluate.Code);
        Assert.Contains("20 violation(s)", evaluate.Output, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (code, error));
        ExpectedViolations.AssertMatches(_copy.PathOf("expected-violations.json"), output);
    }

    [Fact]
    public void EvaluatingTwiceGivesTheSameBytes()
    {
        Truce("init", _copy.PathOf("agreement.yaml"));
        Truce("ingest", _copy.PathOf("observations.geojson"), _copy.PathOf("observations.ndjson"));
        Truce("evaluate");
        var first = Truce("violations", "--format", "json").Output;

        Truce("evaluate");

        Assert.Equal(first, Truce("violations", "--format", "json").Output);
        using var store = SqliteMissionStore.Open(_copy.Data);
        Assert.Equal(36, store.CountObservations());
    }
}
