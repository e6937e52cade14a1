using Truce.Domain.Naming;
namespace Truce.Domain.Observations;

/// <summary>The field names of DESIGN.md §4 and "did you mean" hints for misspellings.</summary>
internal static class FieldNames
{
    public static readonly string[] Top =
    [
        "id", "observed_at", "observed_from", "observed_to", "lat", "lon", "geometry", "uncertainty_m", "type",
        "count", "weapon", "bearing_deg", "origin_lat", "origin_lon", "attributed_to", "attribution_basis",
        "source", "evidence", "narrative",
    ];

    public static readonly string[] Source = ["kind", "id", "reliability", "credibility", "perception"];

    public static readonly string[] Evidence = ["sha256", "media_type", "uri"];

    /// <summary>CSV columns: the top-level fields without the nested and geometry ones, plus the flattened source.</summary>
    public static readonly string[] Csv =
    [
        .. Top.Where(name => name is not ("source" or "evidence" or "geometry")),
        .. Source.Select(name => "source_" + name),
    ];

    /// <summary>GeoJSON properties: the geometry replaces lat, lon and geometry.</summary>
    public static readonly string[] Properties = [.. Top.Where(name => name is not ("lat" or "lon" or "geometry"))];

    public static string UnknownMessage(string name, IEnumerable<string> known)
    {
        var suggestion = Suggest(name, known);
        return suggestion is null ? $"unknown field '{name}'" : $"unknown field '{name}' (did you mean '{suggestion}'?)";
    }

    public static string? Suggest(string unknown, IEnumerable<string> known) => NearestName.Find(unknown, known, tolerance: 3);
}
