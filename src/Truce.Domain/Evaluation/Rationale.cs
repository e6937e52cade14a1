using System.Globalization;
using NetTopologySuite.Geometries;
using Truce.Domain.Agreements;
using Truce.Domain.Observations;
using Truce.Domain.Zones;

namespace Truce.Domain.Evaluation;

/// <summary>The parts of a violation's rationale; plain ASCII so every output format shows it as is.</summary>
internal static class Rationale
{
    public static string Km(double metres) => (metres / 1000).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Factor(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage that never shows 100 % for a share below 1.</summary>
    public static string Percent(double fraction) => fraction >= 1
        ? "100%"
        : (Math.Floor(fraction * 1000) / 10).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Where(Observation observation, Place place, TermTarget target, double placeFactor)
    {
        var term = target.Term;
        var type = observation.Type.Value;
        string where;
        if (term.Kind == TermKind.KeepAway)
        {
            var distance = target.LineDistance!.Distance(new Point(place.X, place.Y));
            where = $"{type} observed {Km(distance)} km from {target.Line!.Id} on {target.Side}'s own side, within the {term.DistanceKm!.Value.ToString("0.###", CultureInfo.InvariantCulture)} km withdrawal distance";
        }
        else if (target.Zone is { Kind: ZoneKind.Sites } sites && sites.Sites.Count > 0)
        {
            var nearest = sites.Sites
                .Select(site => (site, distance: Math.Sqrt(((site.X - place.X) * (site.X - place.X)) + ((site.Y - place.Y) * (site.Y - place.Y)))))
                .OrderBy(pair => pair.distance)
                .ThenBy(pair => pair.site.Name, StringComparer.Ordinal)
                .First();
            where = $"{type} observed {Km(nearest.distance)} km from {nearest.site.Name}, within the {sites.RadiusKm!.Value.ToString("0.###", CultureInfo.InvariantCulture)} km protected radius of {sites.Id}";
        }
        else
        {
            var depth = target.Area.SignedDistanceM(place.X, place.Y);
            where = depth >= 0
                ? $"{type} observed {Km(depth)} km inside the edge of {target.Zone!.Id}"
                : $"{type} observed {Km(-depth)} km outside {target.Zone!.Id}";
        }

        var extent = place.Footprint is not null
            ? $"observed area, {Percent(placeFactor)} of it inside"
            : place.RadiusM > 0
                ? $"uncertainty {place.RadiusM.ToString("0", CultureInfo.InvariantCulture)} m, {Percent(placeFactor)} of the disk inside"
                : "exact position";
        return $"{where} ({extent})";
    }

    public static string Source(Source source)
    {
        var details = new List<string> { source.Kind };
        if (source.Id is { } id)
        {
            details.Add(id);
        }

        if (source.Perception is { } perception)
        {
            details.Add(perception.ToString().ToLowerInvariant());
        }

        return $"source {SourceWeight.Rating(source)} ({string.Join(", ", details)})";
    }

    public static string When(ObservedInterval observed, TimeWindow window, double timeFactor)
    {
        var time = observed.IsInstant
            ? $"time {Instant(observed.From)}"
            : $"time {Instant(observed.From)} to {Instant(observed.To)}";
        return timeFactor >= 1
            ? $"{time} inside the term window"
            : $"{time} only {Percent(timeFactor)} inside the term window [{Instant(window.Start)}, {Instant(window.End)})";
    }

    public static string Confidence(double confidence, double time, double place, double attribution, double source) =>
        $"confidence {Factor(confidence)} = time {Factor(time)} x place {Factor(place)} x attribution {Factor(attribution)} x source {Factor(source)}";

    public static string Confidence(double confidence, double placeTime, double attribution, double source) =>
        $"confidence {Factor(confidence)} = place and time {Factor(placeTime)} x attribution {Factor(attribution)} x source {Factor(source)}";

    private static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
