using System.Text.Json;
using Truce.Storage.Sqlite;
using Xunit;

namespace Truce.Cli.Tests.EndToEnd;

/// <summary>The example mission through the real CLI: init, ingest, evaluate, violations, against the hand-worked file.</summary>
public sealed class ExampleMissionEndToEndTests(ExampleMission mission) : IClassFixture<ExampleMission>
{
    private List<JsonElement> Expected()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(mission.ExpectedFile));
        return [.. document.RootElement.EnumerateArray().Select(element => element.Clone())];
    }

    [Fact]
    public void TheViolationsAsJsonAreTheHandWorkedOnes()
    {
        var (code, output, error) = mission.Truce("violations", "--format", "json");

        Assert.Equal((0, string.Empty), (code, error));
        ExpectedViolations.AssertMatches(mission.ExpectedFile, output);
    }

    [Fact]
    public void TheDayFilterListsExactlyThatDaysViolations()
    {
        var expected = Expected();
        var days = expected.Select(v => v.GetProperty("day").GetString()!).Distinct().ToList();
        Assert.True(days.Count >= 3, "the example should spread over several days");

        foreach (var day in days.Append("2025-04-20"))
        {
            var (code, output, _) = mission.Truce("violations", "--format", "json", "--day", day);

            Assert.Equal(0, code);
            using var actual = JsonDocument.Parse(output);
            Assert.Equal(
                expected.Where(v => v.GetProperty("day").GetString() == day).Select(ExpectedViolations.Key),
                actual.RootElement.EnumerateArray().Select(ExpectedViolations.Key));
        }
    }

    [Fact]
    public void ThePartyFilterListsOnlyViolationsHeldAgainstThatParty()
    {
        var expected = Expected();

        foreach (var party in new[] { "RU", "UA" })
        {
            var (code, output, _) = mission.Truce("violations", "--format", "json", "--party", party);

            Assert.Equal(0, code);
            using var actual = JsonDocument.Parse(output);
            var want = expected.Where(v => v.GetProperty("party").GetString() == party).Select(ExpectedViolations.Key).ToList();
            Assert.NotEmpty(want);
            Assert.Equal(want, actual.RootElement.EnumerateArray().Select(ExpectedViolations.Key));
        }
    }

    [Fact]
    public void AnUnknownPartyOrAMalformedDayIsAUserError()
    {
        var party = mission.Truce("violations", "--party", "XX");
        var day = mission.Truce("violations", "--day", "2025-3-20");

        Assert.Equal(1, party.Code);
        Assert.Contains("'XX' is not a party", party.Error, StringComparison.Ordinal);
        Assert.Equal(1, day.Code);
        Assert.Contains("'2025-3-20' is not a date", day.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCsvParsesBackToTheSameViolationsAsTheJson()
    {
        var json = mission.Truce("violations", "--format", "json").Output;
        var (code, csv, _) = mission.Truce("violations", "--format", "csv");

        Assert.Equal(0, code);
        var rows = Rfc4180.Parse(csv);
        Assert.Equal(["incident", "observations", "term", "party", "day", "category", "confidence", "rationale"], rows[0]);
        using var document = JsonDocument.Parse(json);
        var fromJson = document.RootElement.EnumerateArray().Select(v => new[]
        {
            v.GetProperty("incident").GetString()!,
            string.Join(';', v.GetProperty("observations").EnumerateArray().Select(id => id.GetString())),
            v.GetProperty("term").GetString()!,
            v.GetProperty("party").GetString() ?? string.Empty,
            v.GetProperty("day").GetString()!,
            v.GetProperty("category").GetString()!,
            v.GetProperty("confidence").GetRawText(),
            v.GetProperty("rationale").GetString()!,
        }).ToList();
        Assert.Equal(fromJson, rows.Skip(1).ToList());
        Assert.Contains(rows, row => row[7].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void TheTableNamesEveryViolationAndTheirCount()
    {
        var (code, output, _) = mission.Truce("violations");

        Assert.Equal(0, code);
        var expected = Expected();
        Assert.Contains($"{expected.Count} violation(s)", output, StringComparison.Ordinal);
        Assert.All(expected, v => Assert.Contains(v.GetProperty("incident").GetString()!, output, StringComparison.Ordinal));
    }

    [Fact]
    public void ReIngestingTheSameFileChangesNothing()
    {
        using var copy = new MissionCopy("example-30-day");
        var observations = copy.PathOf("observations.ndjson");
        var total = File.ReadAllLines(observations).Count(line => line.Length > 0);
        Truce(copy, "init", copy.PathOf("agreement.yaml"));
        Assert.Equal($"{total} accepted ({total} new, 0 already present)", Truce(copy, "ingest", observations).Output.Trim());
        Truce(copy, "evaluate");
        var before = Truce(copy, "violations", "--format", "json").Output;

        var (code, output, _) = Truce(copy, "ingest", observations);
        Truce(copy, "evaluate");

        Assert.Equal(0, code);
        Assert.Equal($"{total} accepted (0 new, {total} already present)", output.Trim());
        using (var store = SqliteMissionStore.Open(copy.Data))
        {
            Assert.Equal(total, store.CountObservations());
        }

        Assert.Equal(before, Truce(copy, "violations", "--format", "json").Output);
    }

    private static (int Code, string Output, string Error) Truce(MissionCopy copy, params string[] args) =>
        TruceProcess.Run([.. args, "--data", copy.Data]);
}
