using NetTopologySuite.Geometries;
using Truce.Domain.Observations;
using Truce.Domain.Zones;

namespace Truce.Domain.Evaluation;

/// <summary>
/// Where an observation may have happened, in the agreement's metres: its point with the
/// uncertainty radius, or for a non-point location its footprint (the location grown by the radius).
/// </summary>
internal sealed class Place
{
    private const int QuadrantSegments = 32;

    private Place(double x, double y, double radiusM, Geometry? footprint, Envelope envelope)
    {
        X = x;
        Y = y;
        RadiusM = radiusM;
        Footprint = footprint;
        Envelope = envelope;
    }

    public double X { get; }

    public double Y { get; }

    public double RadiusM { get; }

    /// <summary>The observed area, when the location is not a point; null for a point.</summary>
    public Geometry? Footprint { get; }

    public Envelope Envelope { get; }

    public static Place Of(Observation observation, MetricProjection projection)
    {
        var radius = Math.Max(0, observation.UncertaintyM);
        if (observation.Location is Point point)
        {
            var (x, y) = projection.Forward(point.X, point.Y);
            return new Place(x, y, radius, null, new Envelope(x - radius, x + radius, y - radius, y + radius));
        }

        var metric = projection.Forward(observation.Location);
        var footprint = radius > 0 ? metric.Buffer(radius, QuadrantSegments) : metric;
        var centre = metric.Centroid;
        if (footprint.Area <= 0)
        {
            return new Place(centre.X, centre.Y, radius, null, new Envelope(centre.X - radius, centre.X + radius, centre.Y - radius, centre.Y + radius));
        }

        return new Place(centre.X, centre.Y, radius, footprint, footprint.EnvelopeInternal);
    }

    public double FractionIn(IndexedArea area) =>
        Footprint is null ? area.DiskFraction(X, Y, RadiusM) : area.FootprintFraction(Footprint);
}
