using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Truce.Cli.Claims;
using Truce.Cli.Missions;
using Truce.Storage.Sqlite;
using Truce.Storage.Transparency;
using Xunit;

namespace Truce.Cli.Tests.Claims;

/// <summary>
/// <c>truce claims accept</c> end to end through the real parser and handlers, on a mission made
/// with the example agreement. Expected coordinates come from the gazetteer file's rows
/// (Vovchansk 50.29078, 36.94108, population 19,486; Kharkiv 49.98081, 36.25272, 1,433,886).
/// </summary>
public sealed class AcceptClaimTests : IDisposable
{
    private const string Article =
        "The Russian Defense Ministry said its forces had captured the town of Vovchansk.\n\n" +
        "Ukraine's General Staff said Russian drones had struck Kharkiv overnight.\n\n" +
        "Ukrainian forces shelled positions in the Donetsk region, the Russian Defense Ministry said.\n\n" +
        "Ukraine's air force said Russia struck Odesa overnight.\n";

    private readonly string _root = Directory.CreateTempSubdirectory("truce-accept-").FullName;

    public AcceptClaimTests()
    {
        var agreement = Path.Combine(RepositoryRoot(), "examples", "example-30-day", "agreement.yaml");
        var (code, _, error) = Run("init", agreement, "--data", Data);
        Assert.True(code == 0, error);
        File.WriteAllText(ArticlePath, Article);
    }

    private string Data => Path.Combine(_root, "data");

    private string ArticlePath => Path.Combine(_root, "article.txt");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void AcceptingACaptureClaimStoresAnObservationAtTheTownForThePublicationDay()
    {
        var (code, output, error) = Accept(1);

        Assert.True(code == 0, error);
        Assert.Equal("stored", error.Trim());
        using var json = JsonDocument.Parse(output);
        var o = json.RootElement;
        Assert.Equal(ExpectedId(1), o.GetProperty("id").GetString());
        Assert.Equal("2025-03-20T00:00:00Z", o.GetProperty("observed_from").GetString());
        Assert.Equal("2025-03-21T00:00:00Z", o.GetProperty("observed_to").GetString());
        Assert.Equal(50.29078, o.GetProperty("lat").GetDouble());
        Assert.Equal(36.94108, o.GetProperty("lon").GetDouble());
        Assert.Equal(5000, o.GetProperty("uncertainty_m").GetDouble());
        Assert.Equal("ground.capture", o.GetProperty("type").GetString());
        Assert.Equal("RU", o.GetProperty("attributed_to").GetString());
        Assert.Equal("claimed by Russian Defense Ministry in Test Wire", o.GetProperty("attribution_basis").GetString());
        var source = o.GetProperty("source");
        Assert.Equal("party", source.GetProperty("kind").GetString());
        Assert.Equal("Test Wire", source.GetProperty("id").GetString());
        Assert.Equal("F", source.GetProperty("reliability").GetString());
        Assert.Equal(6, source.GetProperty("credibility").GetInt32());
        Assert.Equal("reported", source.GetProperty("perception").GetString());
        Assert.Equal("The Russian Defense Ministry said its forces had captured the town of Vovchansk.", o.GetProperty("narrative").GetString());
        Assert.Equal(1, Count());
    }

    [Fact]
    public void AcceptingTheSameClaimTwiceStoresItOnce()
    {
        Assert.Equal(0, Accept(1).Code);

        var (code, output, error) = Accept(1);

        Assert.Equal(0, code);
        Assert.Equal("already present", error.Trim());
        Assert.Contains(ExpectedId(1), output, StringComparison.Ordinal);
        Assert.Equal(1, Count());
    }

    [Fact]
    public void TheActorIsThePartyTheClaimSaysActedNotTheClaimant()
    {
        var (code, output, error) = Accept(2);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var o = json.RootElement;
        Assert.Equal("strike.drone", o.GetProperty("type").GetString());
        Assert.Equal("RU", o.GetProperty("attributed_to").GetString());
        Assert.Equal("claimed by Ukraine's General Staff in Test Wire", o.GetProperty("attribution_basis").GetString());
        Assert.Equal(49.98081, o.GetProperty("lat").GetDouble());
        Assert.Equal(20_000, o.GetProperty("uncertainty_m").GetDouble());
    }

    [Fact]
    public void AClaimPlacedOnlyInARegionIsRefusedWithoutCoordinates()
    {
        var (code, output, error) = Accept(3);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Donetsk Oblast", error, StringComparison.Ordinal);
        Assert.Contains("--lat and --lon", error, StringComparison.Ordinal);
        Assert.Equal(0, Count());

        var (withCoordinates, stored, _) = Accept(3, "--lat", "48.1", "--lon", "37.7");
        Assert.Equal(0, withCoordinates);
        using var json = JsonDocument.Parse(stored);
        Assert.Equal(48.1, json.RootElement.GetProperty("lat").GetDouble());
        Assert.Equal(5000, json.RootElement.GetProperty("uncertainty_m").GetDouble());
        Assert.Equal("fire.artillery", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("UA", json.RootElement.GetProperty("attributed_to").GetString());
    }

    [Fact]
    public void AStrikeOfUnknownKindNeedsAType()
    {
        var (code, _, error) = Accept(4);

        Assert.Equal(1, code);
        Assert.Contains("strike.*", error, StringComparison.Ordinal);
        Assert.Contains("--type", error, StringComparison.Ordinal);
        Assert.Contains("strike.missile", error, StringComparison.Ordinal);
        Assert.Equal(0, Count());

        var (typed, output, _) = Accept(4, "--type", "strike.missile");
        Assert.Equal(0, typed);
        Assert.Contains("\"type\":\"strike.missile\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ATypeOutsideTheMissionsTaxonomyIsRefused()
    {
        var (code, _, error) = Accept(4, "--type", "strike.laser");

        Assert.Equal(1, code);
        Assert.Contains("'strike.laser' is not a type", error, StringComparison.Ordinal);
        Assert.Equal(0, Count());
    }

    [Fact]
    public void AnEventNumberBeyondTheListIsRefused()
    {
        var (code, _, error) = Accept(9);

        Assert.Equal(1, code);
        Assert.Contains("the article has 4 event claim(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReliabilityAndCredibilityCanBeRaisedByTheAnalyst()
    {
        var (code, output, _) = Accept(1, "--reliability", "B", "--credibility", "2");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("B", json.RootElement.GetProperty("source").GetProperty("reliability").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("source").GetProperty("credibility").GetInt32());
    }

    [Fact]
    public void TheAnalystWhoAcceptsIsRecordedInTheLogEntry()
    {
        var (code, _, error) = Accept(1, "--by", "analyst.dana");

        Assert.True(code == 0, error);
        using var log = SqliteMissionLog.OpenSnapshot(Data);
        var index = Assert.Single(log.FindRecord(ExpectedId(1)));
        using var entry = JsonDocument.Parse(log.ReadEntries(index, 1)[0]);
        Assert.Equal("analyst.dana", entry.RootElement.GetProperty("by").GetString());
    }

    private (int Code, string Output, string Error) Accept(int number, params string[] more) =>
        Run(["claims", "accept", ArticlePath, "--event", number.ToString(CultureInfo.InvariantCulture), "--data", Data,
            "--published", "2025-03-20", "--source", "Test Wire", .. more]);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Add(InitCommand.Create(TimeProvider.System));
        root.Add(ClaimsCommand.Create(TimeProvider.System));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    // The id the command's contract promises, computed here from that contract.
    private string ExpectedId(int number)
    {
        var bytes = File.ReadAllBytes(ArticlePath).Concat(Encoding.UTF8.GetBytes($"#event={number}")).ToArray();
        return "claim-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }

    private long Count()
    {
        using var store = SqliteMissionStore.Open(Data);
        return store.CountObservations();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Truce.slnx not found");
    }
}
