using System.Globalization;
using System.Text.Json;
using Xunit;

namespace Truce.Cli.Tests.EndToEnd;

/// <summary>
/// Compares violations printed as JSON by <c>truce violations --format json</c> with a hand-worked
/// file of the same shape plus a <c>tolerance</c> per confidence: same violations in the same order
/// (incident, observations, term, party, day, category), confidences within the tolerance.
/// </summary>
internal static class ExpectedViolations
{
    public static void AssertMatches(string expectedFile, string actualJson)
    {
        using var expectedDocument = JsonDocument.Parse(File.ReadAllText(expectedFile));
        using var actualDocument = JsonDocument.Parse(actualJson);
        var expected = expectedDocument.RootElement.EnumerateArray().ToList();
        var actual = actualDocument.RootElement.EnumerateArray().ToList();

        Assert.Equal(expected.Select(Key), actual.Select(Key));
        for (var i = 0; i < expected.Count; i++)
        {
            var want = expected[i].GetProperty("confidence").GetDouble();
            var tolerance = Math.Max(expected[i].GetProperty("tolerance").GetDouble(), 0.0005);
            var got = actual[i].GetProperty("confidence").GetDouble();
            Assert.True(
                Math.Abs(got - want) <= tolerance,
                string.Create(CultureInfo.InvariantCulture, $"{Key(actual[i])}: confidence {got}, expected {want} ± {tolerance}"));
            Assert.False(string.IsNullOrWhiteSpace(actual[i].GetProperty("rationale").GetString()));
        }
    }

    public static string Key(JsonElement violation) => string.Join(
        ' ',
        violation.GetProperty("incident").GetString(),
        string.Join(';', violation.GetProperty("observations").EnumerateArray().Select(id => id.GetString())),
        violation.GetProperty("term").GetString(),
        violation.GetProperty("party").GetString() ?? "-",
        violation.GetProperty("day").GetString(),
        violation.GetProperty("category").GetString());
}
