using NetTopologySuite.Geometries;
using Truce.Domain.Agreements;

namespace Truce.Domain.Zones;

/// <summary>
/// A named zone with its geometry resolved into the agreement's <see cref="MetricProjection"/>
/// (metres). A line zone holds (multi)line strings; an area zone polygons; a sites zone the union of
/// its sites' disks, polygonised with 256 segments a circle (the disk edge lies within
/// 0.0075 % of the radius inside the true circle). <see cref="Origin"/> says where it came from
/// ("contact-line.geojson", "buffer 15 km of contact-line").
/// </summary>
public sealed record Zone
{
    public required ZoneId Id { get; init; }

    public required ZoneKind Kind { get; init; }

    public required Geometry Metric { get; init; }

    public required string Origin { get; init; }

    public IReadOnlyList<Site> Sites { get; init; } = [];

    /// <summary>Radius of each site's disk in kilometres; set for sites zones only.</summary>
    public double? RadiusKm { get; init; }

    /// <summary>Area in km² (0 for a line).</summary>
    public double AreaKm2 => Metric.Area / 1e6;

    /// <summary>Length in km of a line zone; for an area, the length of its boundary.</summary>
    public double LengthKm => Metric.Length / 1e3;
}
