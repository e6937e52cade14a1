namespace Truce.Claims.Places;

/// <summary>
/// One place the gazetteer knows: its display name, GeoNames id (0 for countries, regions,
/// first-level units and news areas, which come from Natural Earth, are derived, or are our own), ISO 3166-1
/// alpha-2 country (null for world regions and areas shared by several countries), WGS84 point in degrees, population (0 when unknown) and, for
/// places in Ukraine and Russia, the ISO 3166-2 code of the first-level unit.
/// </summary>
public sealed record GazetteerEntry(
    string Name,
    long GeonamesId,
    string? Country,
    double Lat,
    double Lon,
    PlaceKind Kind,
    long Population,
    string? Admin1);
