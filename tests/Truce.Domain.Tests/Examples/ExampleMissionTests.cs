using System.Text.Json;
using Truce.Domain.Agreements;
using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using Truce.Domain.Violations;

namespace Truce.Domain.Tests.Examples;

public sealed class ExampleMissionTests
{
    private static readonly string Mission = Path.Combine(Fixtures.RepositoryRoot(), "examples", "example-30-day");

    private static Agreement LoadAgreement()
    {
        var file = Path.Combine(Mission, "agreement.yaml");
        var result = AgreementParser.Parse(file, File.ReadAllText(file), relative => File.ReadAllText(Path.Combine(Mission, relative)));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Agreement!;
    }

    [Fact]
    public void TheExampleAgreementIsValidAndLabelsItsFrontLineIllustrative()
    {
        var agreement = LoadAgreement();

        Assert.Contains("illustrative", agreement.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(8, agreement.Terms.Count);
        Assert.All(
            new[] { "contact-line", "ru-held", "ua-held" }.Select(id => agreement.Zone(new ZoneId(id))),
            zone => Assert.Contains("illustrative", zone.Origin, StringComparison.Ordinal));

        // The source file states about 113,458 km2 for the RU-held area (computed by its authors on
        // their own projection); ours must agree within 0.5 %.
        Assert.InRange(agreement.Zone(new ZoneId("ru-held")).AreaKm2, 113_458 * 0.995, 113_458 * 1.005);
    }

    [Fact]
    public void TheExampleObservationsGiveExactlyTheHandWorkedViolations()
    {
        var agreement = LoadAgreement();
        var file = Path.Combine(Mission, "observations.ndjson");
        var rules = new ObservationRules(agreement.Taxonomy, agreement.Parties.Select(p => p.Code).ToHashSet());
        var read = ObservationReader.Read(File.ReadAllBytes(file), ObservationFormat.Ndjson, file, rules);
        Assert.True(read.IsAccepted, string.Join("\n", read.Errors));
        var observations = read.Observations;

        var actual = ComplianceEvaluator.Evaluate(agreement, observations);

        using var expectedDocument = JsonDocument.Parse(File.ReadAllText(Path.Combine(Mission, "expected-violations.json")));
        var expected = expectedDocument.RootElement.EnumerateArray().ToList();
        Assert.Equal(
            expected.Select(e => $"{e.GetProperty("incident").GetString()} {e.GetProperty("term").GetString()} {e.GetProperty("party").GetString() ?? "-"} {e.GetProperty("day").GetString()} {e.GetProperty("category").GetString()}"),
            actual.Select(v => $"{v.Incident} {v.Term} {v.Party?.Value ?? "-"} {ViolationJson.Day(v.Day)} {ViolationJson.CategoryName(v.Category)}"));
        for (var i = 0; i < expected.Count; i++)
        {
            var want = expected[i].GetProperty("confidence").GetDouble();
            var tolerance = expected[i].GetProperty("tolerance").GetDouble();
            Assert.True(Math.Abs(actual[i].Confidence - want) <= tolerance, $"{actual[i].Incident} {actual[i].Term}: confidence {actual[i].Confidence}, expected {want} ± {tolerance}");
            Assert.Equal(
                expected[i].GetProperty("observations").EnumerateArray().Select(id => id.GetString()),
                actual[i].Observations.Select(id => id.Value));
        }
    }
}
