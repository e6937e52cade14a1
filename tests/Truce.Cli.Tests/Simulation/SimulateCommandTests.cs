using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Truce.Cli.Agreements;
using Truce.Cli.Missions;
using Truce.Cli.Observations;
using Truce.Cli.Simulation;
using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Xunit;

namespace Truce.Cli.Tests.Simulation;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("truce-simulate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string ExampleAgreement
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Truce.slnx not found"), "examples", "example-30-day", "agreement.yaml");
        }
    }

    /// <summary>Runs commands through the real parser and handlers, in process, capturing output.</summary>
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Add(SimulateCommand.Create());
        root.Add(InitCommand.Create(TimeProvider.System));
        root.Add(IngestCommand.Create(TimeProvider.System));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private string Simulate(string name, long seed = 42, int days = 3)
    {
        var folder = Path.Combine(_directory, name);
        var (code, _, error) = Run("simulate", "--agreement", ExampleAgreement, "--days", days.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", folder);
        Assert.True(code == 0, error);
        return folder;
    }

    private static byte[] Bytes(string folder, string file) => File.ReadAllBytes(Path.Combine(folder, file));

    [Fact]
    public void SimulatingTwiceWithTheSameSeedWritesTheSameBytes()
    {
        var first = Simulate("a");
        var second = Simulate("b");
        var other = Simulate("c", seed: 43);

        Assert.True(Bytes(first, "observations.ndjson").Length > 10_000);
        Assert.Equal(Bytes(first, "observations.ndjson"), Bytes(second, "observations.ndjson"));
        Assert.Equal(Bytes(first, "truth.ndjson"), Bytes(second, "truth.ndjson"));
        Assert.NotEqual(Bytes(first, "observations.ndjson"), Bytes(other, "observations.ndjson"));
    }

    [Fact]
    public void TheSimulatedObservationsAreIngestedByAMissionWithTheSameAgreement()
    {
        var folder = Simulate("run");
        var observations = Path.Combine(folder, "observations.ndjson");
        var lines = File.ReadLines(observations).Count(line => line.Length > 0);
        var data = Path.Combine(_directory, "data");
        Assert.Equal(0, Run("init", ExampleAgreement, "--data", data).Code);

        var (code, output, error) = Run("ingest", observations, "--data", data);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal($"{lines} accepted ({lines} new, 0 already present)", output.Trim());
    }

    [Fact]
    public void EveryTrueEventBreaksWhatTheEngineFindsAgainstItsPartyForAPerfectReportOfIt()
    {
        var folder = Simulate("run");
        var agreement = AgreementFiles.Load(ExampleAgreement).Agreement!;
        var evaluator = new ComplianceEvaluator(agreement);
        var observationIds = File.ReadLines(Path.Combine(folder, "observations.ndjson"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var withBreaks = 0;
        foreach (var line in File.ReadLines(Path.Combine(folder, "truth.ndjson")))
        {
            var e = JsonDocument.Parse(line).RootElement;
            var party = new PartyCode(e.GetProperty("party").GetString()!);
            var perfect = new Observation
            {
                Id = new ObservationId("perfect-" + e.GetProperty("id").GetString()),
                ObservedAt = ObservedInterval.At(DateTimeOffset.Parse(e.GetProperty("at").GetString()!, CultureInfo.InvariantCulture)),
                Location = new Point(e.GetProperty("lon").GetDouble(), e.GetProperty("lat").GetDouble()),
                Type = new ObservationType(e.GetProperty("type").GetString()!),
                Count = e.GetProperty("count").GetInt32(),
                AttributedTo = party,
                AttributionBasis = "seen",
                Source = new Source("monitor", null, 'A', 1, Perception.Seen),
            };
            var expected = evaluator.Evaluate([perfect]).Where(v => v.Party == party).Select(v => v.Term.Value).Distinct().Order(StringComparer.Ordinal);
            var breaks = e.GetProperty("breaks").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(expected, breaks);
            Assert.All(e.GetProperty("reported_by").EnumerateArray(), id => Assert.Contains(id.GetString()!, observationIds));
            withBreaks += breaks.Count > 0 ? 1 : 0;
        }

        Assert.True(withBreaks > 100, $"only {withBreaks} true events break a term");
    }

    [Fact]
    public void ProgressGoesToTheErrorStreamAndNeverToTheOutput()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var request = new SimulationRequest(ExampleAgreement, Path.Combine(_directory, "run"), 3, 42, 1, Measure: false) { ProgressEvery = 100 };

        var code = SimulateMission.Run(request, output, error);

        Assert.Equal(0, code);
        var progress = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(progress.Length >= 3, error.ToString());
        Assert.All(progress, line => Assert.Matches(@"^simulate: [\d,]+ observations, [\d,]+ true events so far\r?$", line));
        Assert.DoesNotContain("so far", output.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("simulated 3 day(s) from 2025-03-14 under example-30-day (seed 42, scale 1)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MeasuringPrintsPrecisionAndRecallPerTermKind()
    {
        var (code, output, _) = Run("simulate", "--agreement", ExampleAgreement, "--days", "3", "--out", Path.Combine(_directory, "run"), "--measure");

        Assert.Equal(0, code);
        foreach (var kind in new[] { "prohibit-activity", "keep-away", "protect-sites", "freedom-of-movement" })
        {
            Assert.Contains($"| {kind} |", output, StringComparison.Ordinal);
        }

        Assert.Contains("raw precision | unique precision", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAgreementWithMistakesIsReportedWithItsLocationAndNothingIsWritten()
    {
        var agreement = Path.Combine(_directory, "bad.yaml");
        File.WriteAllText(agreement, "id: x\ntitle: y\nwindow: { start: 2025-03-14T00:00:00Z, end: 2025-03-13T00:00:00Z }\n");
        var folder = Path.Combine(_directory, "run");

        var (code, output, error) = Run("simulate", "--agreement", agreement, "--out", folder);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.yaml:3:", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void ANegativeScaleIsAUserError()
    {
        var (code, _, error) = Run("simulate", "--agreement", ExampleAgreement, "--out", Path.Combine(_directory, "run"), "--scale", "-1");

        Assert.Equal(1, code);
        Assert.Contains("--scale must be a finite number ≥ 0", error, StringComparison.Ordinal);
    }
}
