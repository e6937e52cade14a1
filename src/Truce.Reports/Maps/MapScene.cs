using NetTopologySuite.Geometries;

namespace Truce.Reports.Maps;

/// <summary>
/// What a map shows, in WGS84: the extent, labelled areas and lines drawn over the basemap, and
/// points grouped into legend entries (for example one group per party). Groups are drawn and
/// coloured in the order given.
/// </summary>
public sealed record MapScene(
    string Title,
    Envelope Extent,
    IReadOnlyList<MapFeature> Areas,
    IReadOnlyList<MapFeature> Lines,
    IReadOnlyList<string> Groups,
    IReadOnlyList<MapPoint> Points,
    string Caption);
