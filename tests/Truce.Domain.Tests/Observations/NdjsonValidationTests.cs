using Truce.Domain.Observations;
using static Truce.Domain.Tests.Observations.Batches;

namespace Truce.Domain.Tests.Observations;

public sealed class NdjsonValidationTests
{
    private static string With(string from, string to) => Valid.Replace(from, to, StringComparison.Ordinal);

    private static void AssertError(string line, string field, int column, string message, int lineNumber = 1, string? text = null)
    {
        var error = Single(Ndjson(text ?? line));
        Assert.Equal(("obs.ndjson", lineNumber, column, field, message), (error.File, error.Line, error.Column, error.Field, error.Message));
    }

    [Fact]
    public void AValidLineGivesOneObservationWithItsFieldsInUtc()
    {
        var result = Ndjson(With("\"2025-03-20T02:15:00Z\"", "\"2025-03-20T05:15:00+03:00\""));

        var observation = Assert.Single(result.Observations);
        Assert.Empty(result.Errors);
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 2, 15, 0, TimeSpan.Zero), observation.ObservedAt.From);
        Assert.Equal(TimeSpan.Zero, observation.ObservedAt.From.Offset);
        Assert.Equal((35.9, 47.6), (observation.Location.Coordinate.X, observation.Location.Coordinate.Y));
        Assert.Equal(0, observation.UncertaintyM);
        Assert.Equal("monitor", observation.Source.Kind);
    }

    [Fact]
    public void TheErrorColumnOfAHandCountedLineIsExact()
    {
        // {"id":"a1","type":"fire.artilery"}: the value's opening quote is the 19th character.
        var error = Ndjson("""{"id":"a1","type":"fire.artilery","observed_at":"2025-03-20T02:15:00Z","lat":1,"lon":2,"source":{"kind":"m"}}""").Errors.Single();
        Assert.Equal((1, 19), (error.Line, error.Column));
    }

    [Fact]
    public void AMisspelledFieldIsUnknownWithAHint()
    {
        var line = With("\"observed_at\"", "\"obsrved_at\"");
        var errors = Ndjson(line).Errors;
        Assert.Contains(errors, e => e.Field == "obsrved_at" && e.Column == ColumnOf(line, "\"obsrved_at\"")
            && e.Message == "unknown field 'obsrved_at' (did you mean 'observed_at'?)");
    }

    [Fact]
    public void AnUnknownSourceFieldIsNamedWithItsPath()
    {
        var line = With("{\"kind\":\"monitor\"}", "{\"kind\":\"monitor\",\"relability\":\"B\"}");
        AssertError(line, "source.relability", ColumnOf(line, "\"relability\""), "unknown field 'relability' (did you mean 'reliability'?)");
    }

    [Fact]
    public void AMissingIdIsReportedAtTheStartOfTheLine() =>
        AssertError(With("\"id\":\"a1\",", string.Empty), "id", 1, "required");

    [Fact]
    public void AMissingTimeIsReported() =>
        AssertError(With("\"observed_at\":\"2025-03-20T02:15:00Z\",", string.Empty), "observed_at", 1,
            "required: give observed_at, or observed_from + observed_to");

    [Fact]
    public void AnIntervalEndingBeforeItStartsIsRefusedAtItsEnd()
    {
        var line = With("\"observed_at\":\"2025-03-20T02:15:00Z\"", "\"observed_from\":\"2025-03-20T02:15:00Z\",\"observed_to\":\"2025-03-20T01:00:00Z\"");
        AssertError(line, "observed_to", ColumnOf(line, "\"2025-03-20T01:00:00Z\""),
            "ends (2025-03-20T01:00:00Z) before observed_from (2025-03-20T02:15:00Z)");
    }

    [Fact]
    public void AnIntervalWithOneEndIsIncomplete() =>
        AssertError(With("\"observed_at\"", "\"observed_from\""), "observed_to", 1,
            "required with observed_from: an interval needs both ends");

    [Fact]
    public void AnInstantAndAnIntervalTogetherAreRefused()
    {
        var line = With("\"lat\"", "\"observed_from\":\"2025-03-20T02:15:00Z\",\"lat\"");
        AssertError(line, "observed_at", ColumnOf(line, "\"2025-03-20T02:15:00Z\""), "give either observed_at or observed_from + observed_to, not both");
    }

    [Theory]
    [InlineData("2025-03-20T02:15:00")]
    [InlineData("2025-03-20 02:15:00Z")]
    [InlineData("2025-02-30T02:15:00Z")]
    [InlineData("2025-03-20T02:15:00+0300")]
    [InlineData("2025-03-20T02:15:00.123456789Z")]
    public void ATimeWithoutOffsetOrOtherwiseNotRfc3339IsRefused(string time)
    {
        var line = With("2025-03-20T02:15:00Z", time);
        AssertError(line, "observed_at", ColumnOf(line, "\"" + time), $"'{time}' is not an RFC 3339 time with offset, such as 2025-03-20T02:15:00Z or 2025-03-20T05:15:00+03:00");
    }

    [Fact]
    public void ALatitudeOutOfRangeIsRefused()
    {
        var line = With("47.6", "91");
        AssertError(line, "lat", ColumnOf(line, "91"), "must be a latitude in degrees, −90 ≤ lat ≤ 90 (got 91)");
    }

    [Fact]
    public void ALongitudeGivenAsAStringIsRefused()
    {
        var line = With("35.9", "\"35.9\"");
        AssertError(line, "lon", ColumnOf(line, "\"35.9\""), "must be a number, not a string");
    }

    [Fact]
    public void ALatitudeWithoutLongitudeIsIncomplete() =>
        AssertError(With(",\"lon\":35.9", string.Empty), "lon", 1, "required with lat");

    [Fact]
    public void NoPlaceAtAllIsReported() =>
        AssertError(With("\"lat\":47.6,\"lon\":35.9,", string.Empty), "lat", 1, "required: give lat + lon, or a GeoJSON geometry");

    [Fact]
    public void ANegativeUncertaintyIsRefused()
    {
        var line = With("\"type\"", "\"uncertainty_m\":-5,\"type\"");
        AssertError(line, "uncertainty_m", ColumnOf(line, "-5"), "must be a finite number of metres ≥ 0 (got -5)");
    }

    [Fact]
    public void AnUnknownTypeSuggestsTheNearestCode()
    {
        var line = With("fire.artillery", "fire.artilery");
        AssertError(line, "type", ColumnOf(line, "\"fire.artilery\""), "unknown type 'fire.artilery' (did you mean 'fire.artillery'?)");
    }

    [Fact]
    public void ACodeTheAgreementAddsIsKnown() =>
        Assert.Single(Ndjson(With("fire.artillery", "fire.thermobaric")).Observations);

    [Fact]
    public void AMissingSourceKindIsReported() =>
        AssertError(With("{\"kind\":\"monitor\"}", "{\"id\":\"p7\"}"), "source.kind", 1, "required");

    [Fact]
    public void AReliabilityOutsideAToFIsRefused()
    {
        var line = With("{\"kind\":\"monitor\"}", "{\"kind\":\"monitor\",\"reliability\":\"G\"}");
        AssertError(line, "source.reliability", ColumnOf(line, "\"G\""), "'G' is no Admiralty source rating; use one letter A–F");
    }

    [Fact]
    public void ACredibilityOutsideOneToSixIsRefused()
    {
        var line = With("{\"kind\":\"monitor\"}", "{\"kind\":\"monitor\",\"credibility\":7}");
        AssertError(line, "source.credibility", ColumnOf(line, "7}"), "must be an Admiralty credibility rating, a whole number 1–6 (got 7)");
    }

    [Fact]
    public void AnUnknownPerceptionIsRefused()
    {
        var line = With("{\"kind\":\"monitor\"}", "{\"kind\":\"monitor\",\"perception\":\"smelt\"}");
        AssertError(line, "source.perception", ColumnOf(line, "\"smelt\""), "'smelt' is not one of seen, heard, sensor, reported");
    }

    [Fact]
    public void APartyOutsideTheMissionIsRefused()
    {
        var line = With("\"source\"", "\"attributed_to\":\"XX\",\"source\"");
        AssertError(line, "attributed_to", ColumnOf(line, "\"XX\""), "unknown party 'XX'; the mission's parties are RU, UA");
    }

    [Fact]
    public void AnUppercaseEvidenceHashIsRefused()
    {
        var hash = new string('A', 64);
        var line = With("\"source\"", $"\"evidence\":[{{\"sha256\":\"{hash}\"}}],\"source\"");
        AssertError(line, "evidence[0].sha256", ColumnOf(line, "\"" + hash), "must be a SHA-256 as 64 lowercase hex digits");
    }

    [Fact]
    public void AShortEvidenceHashIsRefused()
    {
        var line = With("\"source\"", "\"evidence\":[{\"sha256\":\"9f86d081884c7d65\"}],\"source\"");
        AssertError(line, "evidence[0].sha256", ColumnOf(line, "\"9f86"), "must be a SHA-256 as 64 lowercase hex digits");
    }

    [Fact]
    public void ANegativeCountIsRefused()
    {
        var line = With("\"source\"", "\"count\":-1,\"source\"");
        AssertError(line, "count", ColumnOf(line, "-1"), "must be a whole number ≥ 0 (got -1)");
    }

    [Fact]
    public void ABearingOf360IsRefused()
    {
        var line = With("\"source\"", "\"bearing_deg\":360,\"source\"");
        AssertError(line, "bearing_deg", ColumnOf(line, "360"), "must be a bearing in degrees, 0 ≤ bearing < 360 (got 360)");
    }

    [Fact]
    public void ABrokenLineIsReportedWithItsPosition()
    {
        var error = Single(Ndjson(Valid + "\n{\"id\": \"b\",,}\n"));
        Assert.Equal((2, "(line)"), (error.Line, error.Field));
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASelfIntersectingPolygonIsRefusedWithItsPath()
    {
        var bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";
        var line = With("\"lat\":47.6,\"lon\":35.9", "\"geometry\":" + bowtie);
        var error = Single(Ndjson(line));
        Assert.Equal(("geometry.coordinates", ColumnOf(line, "[[[")), (error.Field, error.Column));
        Assert.StartsWith("invalid polygon: Self-intersection at (0.5, 0.5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpenRingIsRefused()
    {
        var line = With("\"lat\":47.6,\"lon\":35.9", "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}");
        AssertError(line, "geometry.coordinates[0]", ColumnOf(line, "[[0,0]"), "a linear ring must end at its first position (closed ring)");
    }

    [Fact]
    public void APolygonGeometryGivesAPolygonLocation()
    {
        var line = With("\"lat\":47.6,\"lon\":35.9", "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
        Assert.Equal("Polygon", Assert.Single(Ndjson(line).Observations).Location.GeometryType);
    }

    [Fact]
    public void ADuplicateIdNamesTheFirstOccurrence()
    {
        var error = Single(Ndjson(Valid + "\n\n" + Valid));
        Assert.Equal((3, 7, "id"), (error.Line, error.Column, error.Field));
        Assert.Equal("duplicate id 'a1' in this batch; first at obs.ndjson:1:7", error.Message);
    }

    [Fact]
    public void EveryErrorOfEveryLineIsListedAndNoObservationAccepted()
    {
        var lines = Enumerable.Range(0, 1000).Select(i => Valid.Replace("a1", $"id-{i}", StringComparison.Ordinal)).ToArray();
        lines[10] = lines[10].Replace("fire.artillery", "fire.nope", StringComparison.Ordinal);
        lines[500] = lines[500].Replace("47.6", "99", StringComparison.Ordinal).Replace("monitor", string.Empty, StringComparison.Ordinal);
        lines[999] = lines[999].Replace("\"observed_at\"", "\"observed\"", StringComparison.Ordinal);

        var result = Ndjson(string.Join('\n', lines));

        Assert.Empty(result.Observations);
        Assert.Equal(
            [(11, "type"), (501, "lat"), (501, "source.kind"), (1000, "observed"), (1000, "observed_at")],
            result.Errors.Select(e => (e.Line, e.Field)).Order().ToArray());
    }

    [Fact]
    public void AByteOrderMarkWindowsLineEndsAndBlankLinesAreAccepted()
    {
        var text = "\uFEFF" + Valid + "\r\n\r\n" + Valid.Replace("a1", "a2", StringComparison.Ordinal) + "\r\n";

        Assert.Equal(["a1", "a2"], Ndjson(text).Observations.Select(o => o.Id.Value));
    }

    [Fact]
    public void ErrorsPrintAsFileLineColumnFieldMessage() =>
        Assert.Equal("obs.ndjson:3:8: type: bad", new ObservationError("obs.ndjson", 3, 8, "type", "bad").ToString());
}
