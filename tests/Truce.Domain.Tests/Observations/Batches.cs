using System.Text;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Tests.Observations;

internal static class Batches
{
    public const string Valid =
        """{"id":"a1","observed_at":"2025-03-20T02:15:00Z","lat":47.6,"lon":35.9,"type":"fire.artillery","source":{"kind":"monitor"}}""";

    public static readonly ObservationRules Rules = new(
        ObservationTaxonomy.Standard.Extend(["fire.thermobaric"]),
        new HashSet<PartyCode> { new("RU"), new("UA") });

    public static ObservationReadResult Ndjson(string text) =>
        ObservationReader.Read(Encoding.UTF8.GetBytes(text), ObservationFormat.Ndjson, "obs.ndjson", Rules);

    public static ObservationReadResult Csv(string text) =>
        ObservationReader.Read(Encoding.UTF8.GetBytes(text), ObservationFormat.Csv, "obs.csv", Rules);

    public static ObservationReadResult GeoJson(string text) =>
        ObservationReader.Read(Encoding.UTF8.GetBytes(text), ObservationFormat.GeoJson, "obs.geojson", Rules);

    /// <summary>The 1-based column where <paramref name="fragment"/> starts in <paramref name="line"/>, found by plain search.</summary>
    public static int ColumnOf(string line, string fragment)
    {
        var index = line.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' not in the test line");
        return index + 1;
    }

    public static ObservationError Single(ObservationReadResult result)
    {
        Assert.Empty(result.Observations);
        return Assert.Single(result.Errors);
    }
}
