using static Truce.Domain.Tests.Observations.Batches;

namespace Truce.Domain.Tests.Observations;

public sealed class GeoJsonValidationTests
{
    private const string Collection = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.9, 47.6]},
           "properties": {"id": "a1", "observed_at": "2025-03-20T02:15:00Z", "type": "fire.artillery", "source": {"kind": "monitor"}}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.9, 47.6]},
           "properties": {"id": "a2", "observed_at": "2025-03-20T02:15:00Z", "type": "fire.artillery", "source": {"kind": "monitor"}}}
        ]}
        """;

    [Fact]
    public void FeaturesGiveObservationsPlacedByTheirGeometry()
    {
        var result = GeoJson(Collection);

        Assert.Equal(["a1", "a2"], result.Observations.Select(o => o.Id.Value));
        Assert.Equal((35.9, 47.6), (result.Observations[0].Location.Coordinate.X, result.Observations[0].Location.Coordinate.Y));
    }

    [Fact]
    public void AnErrorInTheSecondFeatureNamesItsPathLineAndColumn()
    {
        var text = Collection.Replace("\"id\": \"a2\", \"observed_at\": \"2025-03-20T02:15:00Z\"", "\"id\": \"a2\", \"observed_at\": \"yesterday\"", StringComparison.Ordinal);
        var line5 = text.Split('\n')[4];

        var error = Single(GeoJson(text));

        Assert.Equal(("obs.geojson", 5, ColumnOf(line5, "\"yesterday\""), "$.features[1].properties.observed_at"), (error.File, error.Line, error.Column, error.Field));
    }

    [Fact]
    public void LatitudeInPropertiesIsRefusedBecauseTheGeometryGivesThePlace()
    {
        var text = Collection.Replace("{\"id\": \"a1\",", "{\"id\": \"a1\", \"lat\": 47.6,", StringComparison.Ordinal);
        var line3 = text.Split('\n')[2];

        var error = Single(GeoJson(text));

        Assert.Equal((3, ColumnOf(line3, "\"lat\""), "$.features[0].properties.lat"), (error.Line, error.Column, error.Field));
        Assert.Equal("'lat' is not allowed in a feature's properties: the feature's geometry gives the place", error.Message);
    }

    [Fact]
    public void AFeatureWithoutGeometryIsRefused()
    {
        var text = Collection.Replace("\"geometry\": {\"type\": \"Point\", \"coordinates\": [35.9, 47.6]},\n   \"properties\": {\"id\": \"a1\"", "\"geometry\": null,\n   \"properties\": {\"id\": \"a1\"", StringComparison.Ordinal);

        var error = Single(GeoJson(text));

        Assert.Equal((2, 3, "$.features[0].properties.geometry", "required: the feature needs a Point or Polygon geometry"), (error.Line, error.Column, error.Field, error.Message));
    }

    [Fact]
    public void ALineStringIsNotAnObservationPlace()
    {
        var text = Collection.Replace("{\"type\": \"Point\", \"coordinates\": [35.9, 47.6]},\n   \"properties\": {\"id\": \"a2\"", "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]},\n   \"properties\": {\"id\": \"a2\"", StringComparison.Ordinal);

        var error = Single(GeoJson(text));

        Assert.Equal(("$.features[1].geometry.type", "geometry type 'LineString' is not supported; use Point or Polygon"), (error.Field, error.Message));
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void NotAFeatureCollectionIsRefused() =>
        Assert.Equal("$", Single(GeoJson("""{"type": "Feature"}""")).Field);

    [Fact]
    public void BrokenJsonIsReportedWithItsLine()
    {
        var error = Single(GeoJson("{\"type\": \"FeatureCollection\",\n \"features\": [,]}"));
        Assert.Equal(2, error.Line);
    }
}
