using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Geometries;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Simulation.Generation;
using Truce.Simulation.Geography;
using Truce.Simulation.Randomness;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Sources;

/// <summary>
/// Turns a true event into the noisy observations that report it: detection, duplicate reports,
/// location and time error by perception, misattribution. One instance per run; not thread-safe.
/// </summary>
internal sealed class ReportingModel(long seed, IReadOnlyList<PartyCode> parties, GeometryFactory factory)
{
    public const ulong ObservationIdDomain = 2;

    /// <summary>Standard deviation per axis of the location error of what a monitor saw, metres (Rayleigh median ≈ 24 m).</summary>
    public const double SeenSigmaM = 20;

    public const double SensorSigmaM = 150;

    public const double ReportedSigmaM = 1_500;

    /// <summary>Standard deviation of the bearing a monitor estimates for a sound, degrees.</summary>
    public const double HeardBearingSigmaDeg = 8;

    /// <summary>Log-normal sigma of the distance a monitor estimates for a sound.</summary>
    public const double HeardDistanceLogSigma = 0.35;

    private static readonly string[] OsintReliability = ["B", "C", "D", "E", "F"];
    private static readonly double[] OsintReliabilityWeights = [0.15, 0.35, 0.30, 0.15, 0.05];
    private static readonly int[] ReportedWindowHours = [1, 2, 3, 6, 12];
    private static readonly ObservationType Explosion = new("fire.explosion");
    private static readonly ObservationType EnergyDamage = new("impact.damage-energy");

    private ulong _observationCounter;

    public long ObservationsMade => (long)_observationCounter;

    /// <summary>The observations of one true event; empty when every source missed it.</summary>
    public List<Observation> Report(TrueEvent trueEvent, EventCategory category, Xoshiro256 rng)
    {
        var profile = ReportingProfile.For(category);
        var observations = new List<Observation>();
        if (!rng.Chance(profile.DetectionProbability))
        {
            return observations;
        }

        var reports = 1 + rng.Poisson(profile.ExtraReportsMean);
        for (var i = 0; i < reports; i++)
        {
            var channel = (SourceChannel)rng.PickWeighted(profile.ChannelWeights);
            observations.Add(Make(trueEvent, category, channel, isFalse: false, rng));
        }

        return observations;
    }

    /// <summary>A report of something that did not happen, shaped like a real report of <paramref name="phantom"/>.</summary>
    public Observation FalseReport(TrueEvent phantom, EventCategory category, Xoshiro256 rng)
    {
        var channel = (SourceChannel)rng.PickWeighted(ReportingProfile.FalseReportChannelWeights);
        return Make(phantom, category, channel, isFalse: true, rng);
    }

    private Observation Make(TrueEvent ev, EventCategory category, SourceChannel channel, bool isFalse, Xoshiro256 rng)
    {
        var id = DeterministicIds.Uuid(seed, ObservationIdDomain, _observationCounter++);
        var lat = ev.Location.Y;
        var lon = ev.Location.X;
        double? bearing = null;
        double uncertainty;
        string where;
        switch (channel)
        {
            case SourceChannel.MonitorSeen:
                (lat, lon) = Scatter(lat, lon, SeenSigmaM, rng);
                uncertainty = 50;
                where = "seen";
                break;
            case SourceChannel.MonitorHeard:
                var monitorDistance = rng.Uniform(2_000, 8_000);
                var monitor = Geodesy.Destination(lat, lon, rng.Uniform(0, 360), monitorDistance);
                var trueBearing = Geodesy.BearingDeg(monitor.Lat, monitor.Lon, lat, lon);
                var estimatedBearing = Geodesy.NormaliseBearing(trueBearing + (HeardBearingSigmaDeg * rng.Normal()));
                var estimatedDistance = monitorDistance * Math.Exp(HeardDistanceLogSigma * rng.Normal());
                (lat, lon) = Geodesy.Destination(monitor.Lat, monitor.Lon, estimatedBearing, estimatedDistance);
                bearing = Math.Round(estimatedBearing) % 360;
                uncertainty = Math.Round(Math.Max(1_000, 0.5 * estimatedDistance) / 100) * 100;
                where = string.Create(CultureInfo.InvariantCulture, $"heard about {estimatedDistance / 1000:0.0} km away at bearing {bearing:0}");
                break;
            case SourceChannel.Sensor:
                (lat, lon) = Scatter(lat, lon, SensorSigmaM, rng);
                uncertainty = 500;
                where = "recorded by sensor";
                break;
            default:
                (lat, lon) = Scatter(lat, lon, ReportedSigmaM, rng);
                uncertainty = channel == SourceChannel.PartyAllegation ? 3_000 : 5_000;
                where = "reported";
                break;
        }

        var (source, perception, attributedTo, basisIfAttributed) = Attribute(ev, category, channel, isFalse, rng);
        var basis = attributedTo is null ? null : basisIfAttributed;
        var type = ReportedType(ev, category, channel, rng);
        var count = ReportedCount(ev, category, channel, rng);
        var weapon = channel is SourceChannel.MonitorSeen or SourceChannel.Sensor
            || (channel == SourceChannel.PartyAllegation && rng.Chance(0.5)) ? ev.Weapon : null;
        var narrative = string.Create(
            CultureInfo.InvariantCulture,
            $"{(count is null ? string.Empty : count + " x ")}{type.Value} {where} ({source.Id}){(attributedTo is null ? string.Empty : ", attributed to " + attributedTo)}.");

        return new Observation
        {
            Id = new ObservationId(id),
            ObservedAt = ReportedTime(ev.At, perception, rng),
            Location = factory.CreatePoint(new Coordinate(Math.Round(lon, 6), Math.Round(Math.Clamp(lat, -90, 90), 6))),
            UncertaintyM = uncertainty,
            Type = type,
            Count = count,
            Weapon = weapon,
            BearingDeg = bearing,
            AttributedTo = attributedTo,
            AttributionBasis = basis,
            Source = source,
            Evidence = MakeEvidence(id, channel, rng),
            Narrative = narrative,
        };
    }

    private (Source Source, Perception Perception, PartyCode? AttributedTo, string? Basis) Attribute(
        TrueEvent ev, EventCategory category, SourceChannel channel, bool isFalse, Xoshiro256 rng)
    {
        switch (channel)
        {
            case SourceChannel.PartyAllegation:
                // A party alleges against its opponent; now and then the actor itself alleges, shifting blame.
                var alleger = isFalse || rng.Chance(0.9) ? Opponent(ev.Party, rng) : ev.Party;
                var accused = alleger == ev.Party ? Opponent(ev.Party, rng) : ev.Party;
                var partySource = new Source("party", alleger.Value + "-liaison", rng.Chance(0.5) ? 'C' : 'D', rng.Chance(0.5) ? 3 : 4, Perception.Reported);
                return (partySource, Perception.Reported, accused, "party statement");
            case SourceChannel.MonitorSeen:
                var seen = new Source("monitor", Patrol(rng), rng.Chance(0.6) ? 'A' : 'B', rng.Chance(0.7) ? 1 : 2, Perception.Seen);
                var seenBasis = category switch
                {
                    EventCategory.Restriction => "controlled area",
                    EventCategory.EquipmentInside or EventCategory.EquipmentBeyond => "markings and position",
                    _ => "direction of fire observed",
                };
                return category == EventCategory.Restriction
                    ? (seen, Perception.Seen, ev.Party, seenBasis)
                    : (seen, Perception.Seen, Attribution(ev.Party, 0.7, 0.05, isFalse, rng), seenBasis);
            case SourceChannel.MonitorHeard:
                var heard = new Source("monitor", Patrol(rng), rng.Chance(0.6) ? 'A' : 'B', rng.Chance(0.6) ? 2 : 3, Perception.Heard);
                return (heard, Perception.Heard, Attribution(ev.Party, 0.4, 0.15, isFalse, rng), "direction of sound");
            case SourceChannel.Sensor:
                var sensor = new Source("sensor", "sensor-" + (1 + rng.NextInt(25)).ToString(CultureInfo.InvariantCulture), 'B', 2, Perception.Sensor);
                return (sensor, Perception.Sensor, Attribution(ev.Party, 0.5, 0.05, isFalse, rng), "imagery analysis");
            default:
                var reliability = OsintReliability[rng.PickWeighted(OsintReliabilityWeights)][0];
                var osint = new Source("osint", "osint-" + (1 + rng.NextInt(60)).ToString(CultureInfo.InvariantCulture), reliability, 2 + rng.NextInt(5), Perception.Reported);
                return (osint, Perception.Reported, Attribution(ev.Party, 0.6, 0.2, isFalse, rng), "open-source analysis");
        }
    }

    /// <summary>Attributed with probability <paramref name="attributed"/>; of those, wrongly with probability <paramref name="wrong"/>.</summary>
    private PartyCode? Attribution(PartyCode actor, double attributed, double wrong, bool isFalse, Xoshiro256 rng)
    {
        if (!rng.Chance(attributed))
        {
            return null;
        }

        return !isFalse && rng.Chance(wrong) ? Opponent(actor, rng) : actor;
    }

    private PartyCode Opponent(PartyCode party, Xoshiro256 rng)
    {
        if (parties.Count < 2)
        {
            return party;
        }

        var index = rng.NextInt(parties.Count - 1);
        var candidate = parties[index];
        return candidate == party ? parties[parties.Count - 1] : candidate;
    }

    private static ObservationType ReportedType(TrueEvent ev, EventCategory category, SourceChannel channel, Xoshiro256 rng)
    {
        if (channel == SourceChannel.MonitorHeard
            && ev.Type.Value is "fire.artillery" or "fire.mortar" or "fire.mlrs" or "fire.tank"
            && rng.Chance(0.3))
        {
            return Explosion;
        }

        if (category == EventCategory.SiteStrike && channel != SourceChannel.MonitorHeard && rng.Chance(0.3))
        {
            return EnergyDamage;
        }

        return ev.Type;
    }

    private static int? ReportedCount(TrueEvent ev, EventCategory category, SourceChannel channel, Xoshiro256 rng)
    {
        if (category == EventCategory.Restriction)
        {
            return null;
        }

        if (channel is SourceChannel.MonitorSeen or SourceChannel.Sensor)
        {
            return ev.Count;
        }

        return Math.Max(1, (int)Math.Round(ev.Count * Math.Exp(0.3 * rng.Normal())));
    }

    private static ObservedInterval ReportedTime(DateTimeOffset at, Perception perception, Xoshiro256 rng)
    {
        switch (perception)
        {
            case Perception.Seen:
                return ObservedInterval.At(ToMinute(at.AddSeconds(60 * rng.Normal())));
            case Perception.Heard:
                return ObservedInterval.At(ToMinute(at.AddSeconds(180 * rng.Normal())));
            case Perception.Sensor:
                return ObservedInterval.At(at);
            default:
                // "During the night", "between 02:00 and 05:00": an hour-aligned window holding the true time.
                var hours = ReportedWindowHours[rng.NextInt(ReportedWindowHours.Length)];
                var from = FloorHour(at.AddHours(-hours * rng.NextDouble()));
                var end = from.AddHours(hours);
                var to = CeilHour(end > at ? end : at);
                return new ObservedInterval(from, to);
        }
    }

    private static List<Evidence> MakeEvidence(string id, SourceChannel channel, Xoshiro256 rng)
    {
        var mediaType = channel switch
        {
            SourceChannel.MonitorSeen when rng.Chance(0.6) => "image/jpeg",
            SourceChannel.Sensor => rng.Chance(0.5) ? "video/mp4" : "image/jpeg",
            SourceChannel.Osint when rng.Chance(0.5) => "video/mp4",
            _ => null,
        };
        if (mediaType is null)
        {
            return [];
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id + ":evidence")));
        return [new Evidence(hash, mediaType, null)];
    }

    private static string Patrol(Xoshiro256 rng) => "patrol-" + (1 + rng.NextInt(40)).ToString(CultureInfo.InvariantCulture);

    private static (double Lat, double Lon) Scatter(double lat, double lon, double sigmaM, Xoshiro256 rng)
    {
        var (perLat, perLon) = Geodesy.MetresPerDegree(lat);
        return (lat + (sigmaM * rng.Normal() / perLat), lon + (sigmaM * rng.Normal() / perLon));
    }

    private static DateTimeOffset ToMinute(DateTimeOffset t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    private static DateTimeOffset FloorHour(DateTimeOffset t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerHour), TimeSpan.Zero);

    private static DateTimeOffset CeilHour(DateTimeOffset t)
    {
        var floor = FloorHour(t);
        return floor == t ? t : floor.AddHours(1);
    }
}
