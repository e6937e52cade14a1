using static Truce.Domain.Tests.Observations.Batches;

namespace Truce.Domain.Tests.Observations;

/// <summary>Every remaining message of the record rules, each with the exact column it points at (found by plain text search).</summary>
public sealed class MoreValidationMessagesTests
{
    [Theory]
    [InlineData("\"id\":\"a1\"", "\"id\":\"a1\",\"id\":\"a2\"", "id", "\"a2\"", "given more than once")]
    [InlineData("\"id\":\"a1\"", "\"id\":\"a 1\"", "id", "\"a 1\"", "an id must be at most 200 characters without whitespace (a UUID or ULID)")]
    [InlineData("\"id\":\"a1\"", "\"id\":17", "id", "17", "must be a string, not a number")]
    [InlineData("\"lat\":47.6", "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"lat\":47.6", "lat", "47.6", "give either lat + lon or a geometry, not both")]
    [InlineData("\"source\"", "\"origin_lat\":47.1,\"source\"", "origin_lon", null, "required with origin_lat")]
    [InlineData("fire.artillery", "weather.rain", "type", "\"weather.rain\"", "unknown type 'weather.rain'; see the taxonomy in DESIGN.md §3 or the agreement's taxonomy_extensions")]
    [InlineData("fire.artillery", "Fire Artillery", "type", "\"Fire Artillery\"", "unknown type 'Fire Artillery' (did you mean 'fire.artillery'?)")]
    [InlineData("{\"kind\":\"monitor\"}", "{\"kind\":\"\"}", "source.kind", "\"\"}", "must not be empty")]
    [InlineData("{\"kind\":\"monitor\"}", "\"monitor\"", "source", "\"monitor\"", "must be an object with kind, id, reliability, credibility, perception, not a string")]
    [InlineData("\"source\"", "\"evidence\":{\"sha256\":\"x\"},\"source\"", "evidence", "{\"sha256\"", "must be an array of {sha256, media_type, uri} objects")]
    [InlineData("\"source\"", "\"evidence\":[\"abc\"],\"source\"", "evidence[0]", "\"abc\"", "must be an object with sha256, not a string")]
    [InlineData("\"source\"", "\"evidence\":[{\"media_type\":\"image/jpeg\"}],\"source\"", "evidence[0].sha256", "{\"media_type\"", "required: the evidence's SHA-256")]
    [InlineData("\"source\"", "\"evidence\":[{\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"sha265\":\"x\"}],\"source\"", "evidence[0].sha265", "\"sha265\"", "unknown field 'sha265' (did you mean 'sha256'?)")]
    [InlineData("\"source\"", "\"narrative\":[\"x\"],\"source\"", "narrative", "[\"x\"]", "must be a string, not an array")]
    [InlineData("\"source\"", "\"count\":4.5,\"source\"", "count", "4.5", "must be a whole number ≥ 0 (got 4.5)")]
    [InlineData("\"source\"", "\"colour\":\"red\",\"source\"", "colour", "\"colour\"", "unknown field 'colour'")]
    [InlineData("\"lat\":47.6,\"lon\":35.9", "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}", "geometry.coordinates[0]", "[[0,0]", "a linear ring needs at least 4 positions, it has 3")]
    [InlineData("\"lat\":47.6,\"lon\":35.9", "\"geometry\":{\"type\":\"Point\",\"coordinates\":[181,0]}", "geometry.coordinates", "[181", "position [181, 0] is outside longitude −180…180 / latitude −90…90")]
    [InlineData("\"lat\":47.6,\"lon\":35.9", "\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"1\",0]}", "geometry.coordinates", "[\"1\"", "a position must be [longitude, latitude] (optionally with altitude), in numbers")]
    [InlineData("\"lat\":47.6,\"lon\":35.9", "\"geometry\":{\"type\":\"Point\",\"coords\":[1,0]}", "geometry.coords", "\"coords\"", "unknown geometry member 'coords'")]
    public void EachRuleHasItsMessageAndPlace(string from, string to, string field, string? at, string message)
    {
        var line = Valid.Replace(from, to, StringComparison.Ordinal);

        var errors = Ndjson(line).Errors;

        var error = errors.FirstOrDefault(e => e.Field == field && e.Message == message);
        Assert.True(error is not null, $"no '{field}: {message}' among: {string.Join(" | ", errors)}");
        Assert.Equal((1, at is null ? 1 : ColumnOf(line, at)), (error.Line, error.Column));
    }

    [Fact]
    public void ALineThatIsNoObjectIsRefused()
    {
        var error = Single(Ndjson("[1, 2]"));
        Assert.Equal((1, 1, "(line)", "each line must hold one JSON object, not an array"), (error.Line, error.Column, error.Field, error.Message));
    }

    [Fact]
    public void ACsvFileWithoutAHeaderIsRefused()
    {
        var error = Single(Csv(string.Empty));
        Assert.Equal((1, 1, "(header)"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void AFeatureIdInsteadOfAPropertyIdIsRefused()
    {
        const string text = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "a1", "geometry": {"type": "Point", "coordinates": [35.9, 47.6]},
               "properties": {"id": "a1", "observed_at": "2025-03-20T02:15:00Z", "type": "fire.artillery", "source": {"kind": "monitor"}}}]}
            """;

        var error = Single(GeoJson(text));

        Assert.Equal((2, ColumnOf(text.Split('\n')[1], "\"id\""), "$.features[0].id"), (error.Line, error.Column, error.Field));
        Assert.Equal("put the observation id in properties.id, not in the feature's id", error.Message);
    }

    [Fact]
    public void AFeatureWithoutPropertiesIsRefused()
    {
        var error = Single(GeoJson("""{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null}]}"""));
        Assert.Equal(("$.features[0].properties", "required: an object carrying the observation's fields"), (error.Field, error.Message));
    }
}
