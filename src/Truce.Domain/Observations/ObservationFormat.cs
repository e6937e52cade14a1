namespace Truce.Domain.Observations;

/// <summary>The file formats observations arrive in (DESIGN.md §4).</summary>
public enum ObservationFormat
{
    /// <summary>One JSON object a line (<c>.ndjson</c>, <c>.jsonl</c>).</summary>
    Ndjson,

    /// <summary>RFC 4180 CSV with one header row (<c>.csv</c>).</summary>
    Csv,

    /// <summary>A GeoJSON FeatureCollection whose properties carry the fields (<c>.geojson</c>, <c>.json</c>).</summary>
    GeoJson,
}
