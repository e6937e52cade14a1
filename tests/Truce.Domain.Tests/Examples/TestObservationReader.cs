using System.Globalization;
using System.Text.Json;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Tests.Examples;

/// <summary>
/// A minimal, test-only reader of the NDJSON observation format (DESIGN.md §4) for the example
/// mission; it trusts its input. The real parser with validation lives with ingestion.
/// </summary>
internal static class TestObservationReader
{
    public static List<Observation> Read(string path) =>
        [.. File.ReadAllLines(path).Where(line => line.Length > 0).Select(Parse)];

    private static Observation Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var o = document.RootElement;
        string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var interval = Text(o, "observed_at") is { } at
            ? ObservedInterval.At(Instant(at))
            : new ObservedInterval(Instant(Text(o, "observed_from")!), Instant(Text(o, "observed_to")!));
        var source = o.GetProperty("source");
        var perception = Text(source, "perception") is { } p ? Enum.Parse<Perception>(p, ignoreCase: true) : (Perception?)null;
        return new Observation
        {
            Id = new ObservationId(Text(o, "id")!),
            ObservedAt = interval,
            Location = new NetTopologySuite.Geometries.Point(o.GetProperty("lon").GetDouble(), o.GetProperty("lat").GetDouble()),
            UncertaintyM = o.TryGetProperty("uncertainty_m", out var u) ? u.GetDouble() : 0,
            Type = new ObservationType(Text(o, "type")!),
            Count = o.TryGetProperty("count", out var c) ? c.GetInt32() : null,
            Weapon = Text(o, "weapon"),
            AttributedTo = Text(o, "attributed_to") is { } party ? new PartyCode(party) : null,
            AttributionBasis = Text(o, "attribution_basis"),
            Source = new Source(
                Text(source, "kind")!,
                Text(source, "id"),
                Text(source, "reliability")?[0],
                source.TryGetProperty("credibility", out var cred) ? cred.GetInt32() : null,
                perception),
            Narrative = Text(o, "narrative"),
        };
    }
}
