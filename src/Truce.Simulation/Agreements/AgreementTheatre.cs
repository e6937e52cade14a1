using NetTopologySuite.Geometries;
using Truce.Domain.Agreements;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Domain.Zones;
using Truce.Simulation.Theatre;

namespace Truce.Simulation.Agreements;

/// <summary>
/// Builds the <see cref="SimulationTheatre"/> an agreement describes, so that the simulated world
/// is the one its terms are checked against (docs/simulation.md, "From an agreement").
/// </summary>
public static class AgreementTheatre
{
    /// <summary>Protected-site radius used when the agreement has no protect-sites term: the bundled power plants, 2 km.</summary>
    public const double FallbackSiteRadiusM = 2_000;

    /// <summary>Security-zone half-width used when no prohibit-activity zone straddles the line.</summary>
    public const double FallbackSecurityZoneKm = 15;

    /// <summary>
    /// The theatre of <paramref name="agreement"/>: the contact line is the line the keep-away terms
    /// name (else the first line zone); each party with a <c>controls</c> area is a simulated party;
    /// protected sites are the sites of the protect-sites terms with their radius; the security zone
    /// half-width is the distance of a prohibit-activity zone's edge from the line; withdrawal
    /// distances come from the keep-away terms; the window starts at the agreement's start and lasts
    /// <paramref name="days"/> days, or the agreement's length in whole days (at least one).
    /// Returns null with a reason when the agreement cannot be simulated (no line, no controlled area).
    /// </summary>
    public static (SimulationTheatre? Theatre, string? Problem) From(Agreement agreement, int? days = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var lineId = agreement.Terms.FirstOrDefault(t => t.Kind == TermKind.KeepAway)?.Line
            ?? agreement.Zones.FirstOrDefault(z => z.Kind == ZoneKind.Line)?.Id;
        if (lineId is not { } contactLineId)
        {
            return (null, $"agreement {agreement.Id} has no line zone to use as the contact line");
        }

        var projection = agreement.Projection;
        var lineMetric = agreement.Zone(contactLineId).Metric;
        var contactLine = ToWgs84(projection, lineMetric);
        var controlled = new Dictionary<PartyCode, Geometry>();
        foreach (var party in agreement.Parties)
        {
            if (party.Controls is { } controls)
            {
                controlled[party.Code] = ToWgs84(projection, agreement.Zone(controls).Metric);
            }
        }

        if (controlled.Count == 0)
        {
            return (null, $"agreement {agreement.Id}: no party declares a controlled area ('controls'), so there is no own side to place events on");
        }

        var wholeDays = (int)Math.Max(1, Math.Floor((agreement.Window.End - agreement.Window.Start).TotalDays));
        var theatre = new SimulationTheatre
        {
            ContactLine = contactLine,
            ControlledAreas = controlled,
            ProtectedSites = Sites(agreement),
            Flashpoints = SimulationTheatre.FlashpointsNear(contactLine),
            WindowStart = agreement.Window.Start,
            Days = days ?? wholeDays,
            SecurityZoneKm = SecurityZoneKm(agreement, lineMetric) ?? FallbackSecurityZoneKm,
            WithdrawalDistancesKm = WithdrawalDistances(agreement),
        };
        return (theatre, null);
    }

    private static Geometry ToWgs84(MetricProjection projection, Geometry metric)
    {
        var wgs84 = projection.Inverse(metric);
        wgs84.SRID = 4326;
        return wgs84;
    }

    private static IReadOnlyList<ProtectedSite> Sites(Agreement agreement)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var sites = new List<ProtectedSite>();
        var seen = new HashSet<ZoneId>();
        foreach (var term in agreement.Terms.Where(t => t.Kind == TermKind.ProtectSites))
        {
            var zone = agreement.Zone(term.Zone!.Value);
            if (!seen.Add(zone.Id) || zone.RadiusKm is not { } radiusKm)
            {
                continue;
            }

            sites.AddRange(zone.Sites.Select(site => new ProtectedSite(site.Name, factory.CreatePoint(new Coordinate(site.Longitude, site.Latitude)), radiusKm * 1000)));
        }

        return sites.Count > 0 ? sites : SimulationTheatre.PowerPlants(FallbackSiteRadiusM);
    }

    /// <summary>
    /// The half-width of the first prohibit-activity zone that straddles the line: the median
    /// distance of its boundary's vertices from the line. For a buffer of the line every such
    /// vertex lies at the buffer distance, so the median is that distance whatever clips the ends.
    /// </summary>
    private static double? SecurityZoneKm(Agreement agreement, Geometry lineMetric)
    {
        foreach (var term in agreement.Terms.Where(t => t.Kind == TermKind.ProhibitActivity))
        {
            var zone = agreement.Zone(term.Zone!.Value);
            if (zone.Kind != ZoneKind.Area || !zone.Metric.Intersects(lineMetric))
            {
                continue;
            }

            var distances = zone.Metric.Boundary.Coordinates
                .Select(c => lineMetric.Distance(lineMetric.Factory.CreatePoint(c)))
                .Order()
                .ToArray();
            if (distances.Length > 0)
            {
                return Math.Round(distances[distances.Length / 2] / 1000, 1);
            }
        }

        return null;
    }

    /// <summary>For every equipment code of the agreement's taxonomy that a keep-away term covers, the largest distance (km).</summary>
    private static Dictionary<string, double> WithdrawalDistances(Agreement agreement)
    {
        var distances = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in agreement.Terms.Where(t => t.Kind == TermKind.KeepAway))
        {
            foreach (var code in agreement.Taxonomy.Codes.Order(StringComparer.Ordinal))
            {
                if (code.StartsWith("equipment.", StringComparison.Ordinal) && term.Covers(new ObservationType(code)))
                {
                    distances[code] = Math.Max(distances.GetValueOrDefault(code), term.DistanceKm!.Value);
                }
            }
        }

        return distances;
    }
}
