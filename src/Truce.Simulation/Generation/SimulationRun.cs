using NetTopologySuite.Geometries;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Simulation.Geography;
using Truce.Simulation.Randomness;
using Truce.Simulation.Sources;
using Truce.Simulation.Theatre;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Generation;

/// <summary>
/// The state of one pass over the simulated window. Each UTC day draws from its own generator,
/// seeded from (seed, day); everything else iterates lists in a fixed order, so the stream is a
/// function of the theatre and the options alone. Holds nothing that grows with the output.
/// </summary>
internal sealed class SimulationRun
{
    public const ulong EventIdDomain = 1;

    /// <summary>Share of fire falling in 18:00–06:00 UTC (night weighted 3:1 against day).</summary>
    public const double FireNightShare = 0.75;

    public const double FlashpointFireShare = 0.35;

    public const double SiteReportRadiusM = 10_000;

    private static readonly (EventCategory Category, double PerFireEvent)[] Categories =
    [
        (EventCategory.Fire, 1.0),
        (EventCategory.Strike, 0.15),
        (EventCategory.SiteStrike, 0.03),
        (EventCategory.EquipmentInside, 0.10),
        (EventCategory.EquipmentBeyond, 0.08),
        (EventCategory.Ground, 0.04),
        (EventCategory.Restriction, 0.03),
        (EventCategory.CivilianHarm, 0.05),
    ];

    private static readonly Kind[] FireKinds =
    [
        new("fire.artillery", 0.30, 3, ["122 mm howitzer", "152 mm howitzer"]),
        new("fire.mortar", 0.20, 3, ["82 mm mortar", "120 mm mortar"]),
        new("fire.small-arms", 0.15, 8, ["small arms"]),
        new("fire.heavy-machine-gun", 0.08, 6, ["12.7 mm heavy machine gun"]),
        new("fire.explosion", 0.08, 1, []),
        new("fire.mlrs", 0.07, 10, ["122 mm MLRS (BM-21 Grad)"]),
        new("fire.tank", 0.05, 2, ["125 mm tank gun"]),
        new("fire.anti-aircraft", 0.03, 4, ["23 mm anti-aircraft gun (ZU-23-2)"]),
        new("fire.illumination-flare", 0.02, 1, []),
        new("fire.projectile-in-flight", 0.02, 1, []),
    ];

    private static readonly Kind[] StrikeKinds =
    [
        new("strike.drone", 0.50, 1, ["FPV drone", "loitering munition"]),
        new("strike.glide-bomb", 0.20, 1, ["KAB glide bomb"]),
        new("strike.missile", 0.15, 1, ["ballistic missile", "cruise missile"]),
        new("strike.air", 0.15, 2, ["aircraft-delivered munition"]),
    ];

    private static readonly Kind[] SiteStrikeKinds =
    [
        new("strike.drone", 0.50, 2, ["loitering munition"]),
        new("strike.missile", 0.50, 1, ["cruise missile", "ballistic missile"]),
    ];

    private static readonly Kind[] EquipmentKinds =
    [
        new("equipment.artillery-100mm-plus", 0.35, 2, ["122 mm self-propelled howitzer (2S1)", "152 mm towed howitzer (2A65)"]),
        new("equipment.tank", 0.25, 2, ["T-72 tank", "T-80 tank"]),
        new("equipment.mlrs", 0.15, 2, ["BM-21 Grad"]),
        new("equipment.mortar", 0.10, 2, ["120 mm mortar"]),
        new("equipment.mlrs-long-range", 0.08, 1, ["BM-27 Uragan", "BM-30 Smerch"]),
        new("equipment.tactical-missile", 0.07, 0, ["Tochka-U launcher"]),
    ];

    private static readonly Kind[] GroundKinds =
    [
        new("ground.assault", 0.55, 0, []),
        new("ground.advance", 0.40, 0, []),
        new("ground.capture", 0.05, 0, []),
    ];

    private static readonly Kind[] RestrictionKinds =
    [
        new("restriction.access-denied", 0.60, 0, []),
        new("restriction.uav-jamming", 0.30, 0, []),
        new("restriction.monitor-threatened", 0.10, 0, []),
    ];

    private static readonly Kind[] HarmKinds =
    [
        new("impact.damage-civilian", 0.70, 0, []),
        new("impact.civilian-casualty", 0.30, 1, []),
    ];

    private static readonly Kind[] FalseReportKinds =
    [
        new("fire.artillery", 0.35, 3, []),
        new("fire.mortar", 0.20, 3, []),
        new("fire.mlrs", 0.10, 10, []),
        new("strike.drone", 0.20, 1, []),
        new("equipment.artillery-100mm-plus", 0.10, 2, []),
        new("equipment.tank", 0.05, 2, []),
    ];

    private readonly SimulationTheatre _theatre;
    private readonly SimulationOptions _options;
    private readonly IReadOnlyList<PartyCode> _parties;
    private readonly PartyActivity[] _activity;
    private readonly LineOfContact _line;
    private readonly ControlMap _control;
    private readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);
    private readonly ReportingModel _reporting;
    private readonly (ProtectedSite Site, PartyCode? Controller)[] _sites;
    private readonly Dictionary<PartyCode, ProtectedSite[]> _sitesOthersHold;
    private readonly Dictionary<PartyCode, PartyCode[]> _opponents;
    private readonly Kind[] _equipmentKinds;
    private readonly Func<TrueEvent, IReadOnlyList<string>> _termsBroken;
    private ulong _eventCounter;

    public SimulationRun(SimulationTheatre theatre, SimulationOptions options)
    {
        _theatre = theatre;
        _options = options;
        _parties = theatre.Parties;
        _activity = _parties.Select((party, index) => options.Activity.FirstOrDefault(a => a.Party == party) ?? DefaultActivity(party, index)).ToArray();
        _line = new LineOfContact(theatre.ContactLine);
        _control = new ControlMap(_parties, theatre.ControlledAreas);
        _reporting = new ReportingModel(options.Seed, _parties, _factory);
        _sites = theatre.ProtectedSites.Select(site => (site, _control.ControllerOf(site.Location.Y, site.Location.X))).ToArray();
        _opponents = _parties.ToDictionary(party => party, party => _parties.Where(other => other != party).ToArray());
        _sitesOthersHold = _parties.ToDictionary(
            party => party,
            party => _sites.Where(s => s.Controller is not null && s.Controller != party).Select(s => s.Site).ToArray());
        _equipmentKinds = EquipmentKinds
            .Where(kind => theatre.WithdrawalDistancesKm.ContainsKey(kind.Code))
            .Concat(theatre.WithdrawalDistancesKm.Keys
                .Where(code => EquipmentKinds.All(kind => kind.Code != code))
                .OrderBy(code => code, StringComparer.Ordinal)
                .Select(code => new Kind(code, 0.05, 1, [])))
            .ToArray();
        _termsBroken = options.TermsBroken ?? (_ => []);
    }

    public static PartyActivity DefaultActivity(PartyCode party, int index) => index switch
    {
        0 => new PartyActivity(party, 40, 0.01),
        1 => new PartyActivity(party, 30, -0.01),
        _ => new PartyActivity(party, 20, 0),
    };

    public IEnumerable<SimulatedEvent> Events()
    {
        var counts = new int[_parties.Count, Categories.Length];
        for (var day = 0; day < _theatre.Days; day++)
        {
            var rng = new Xoshiro256(Xoshiro256.Finalise(unchecked((ulong)_options.Seed) ^ Xoshiro256.Finalise((ulong)day + 1)));
            var dayStart = _theatre.WindowStart.ToUniversalTime().AddDays(day);
            for (var p = 0; p < _parties.Count; p++)
            {
                var mean = _activity[p].MeanFireEventsOn(day) * _options.Scale * rng.Gamma(_options.DayToDayShape, 1.0 / _options.DayToDayShape);
                for (var c = 0; c < Categories.Length; c++)
                {
                    counts[p, c] = rng.Poisson(mean * Categories[c].PerFireEvent);
                }
            }

            var observationsBefore = _reporting.ObservationsMade;
            for (var p = 0; p < _parties.Count; p++)
            {
                for (var c = 0; c < Categories.Length; c++)
                {
                    for (var i = 0; i < counts[p, c]; i++)
                    {
                        var category = Categories[c].Category;
                        var trueEvent = Draw(category, _parties[p], dayStart, rng);
                        var observations = _reporting.Report(trueEvent, category, rng);
                        trueEvent = trueEvent with { ReportedBy = observations.Select(o => o.Id).ToArray() };
                        trueEvent = trueEvent with { Breaks = _termsBroken(trueEvent) };
                        yield return new SimulatedEvent(trueEvent, observations);
                    }
                }
            }

            var trueObservations = _reporting.ObservationsMade - observationsBefore;
            var share = _options.FalseReportShare;
            var falseReports = rng.Poisson(trueObservations * share / (1.0 - share));
            for (var i = 0; i < falseReports; i++)
            {
                var (phantom, category) = Phantom(dayStart, rng);
                yield return new SimulatedEvent(null, [_reporting.FalseReport(phantom, category, rng)]);
            }
        }
    }

    private TrueEvent Draw(EventCategory category, PartyCode party, DateTimeOffset dayStart, Xoshiro256 rng)
    {
        switch (category)
        {
            case EventCategory.Fire:
                {
                    var kind = Pick(FireKinds, rng);
                    var (lat, lon) = _theatre.Flashpoints.Count > 0 && rng.Chance(FlashpointFireShare)
                        ? NearFlashpoint(2_000, rng)
                        : OwnSide(party, Truncated(rng.Exponential(3_000), 25_000, rng), rng);
                    return Build(kind, party, FireTime(dayStart, rng), lat, lon, rng, (distance, _) =>
                        distance <= SecurityZoneM ? EventClass.FireInSecurityZone : EventClass.FireBeyondSecurityZone);
                }

            case EventCategory.Strike:
                {
                    var kind = Pick(StrikeKinds, rng);
                    var (lat, lon) = OwnSide(Opponent(party, rng), Truncated(rng.Exponential(10_000), 80_000, rng), rng);
                    return Build(kind, party, Uniform(dayStart, 0, 24, rng), lat, lon, rng, StrikeClass);
                }

            case EventCategory.SiteStrike:
                {
                    var targets = _sitesOthersHold[party];
                    if (targets.Length == 0)
                    {
                        goto case EventCategory.Strike;
                    }

                    var kind = Pick(SiteStrikeKinds, rng);
                    var site = rng.Pick(targets);
                    var (lat, lon) = Scatter(site.Location.Y, site.Location.X, 700, rng);
                    return Build(kind, party, Uniform(dayStart, 0, 24, rng), lat, lon, rng, StrikeClass);
                }

            case EventCategory.EquipmentInside:
            case EventCategory.EquipmentBeyond:
                {
                    if (_equipmentKinds.Length == 0)
                    {
                        goto case EventCategory.Fire;
                    }

                    var kind = Pick(_equipmentKinds, rng);
                    var limitM = _theatre.WithdrawalDistancesKm[kind.Code] * 1000;
                    var distance = category == EventCategory.EquipmentInside
                        ? rng.Uniform(Math.Min(500, limitM / 2), Math.Max(limitM - 500, limitM / 2))
                        : rng.Uniform(limitM + 1_000, limitM + 40_000);
                    var (lat, lon) = OwnSide(party, distance, rng);
                    return Build(kind, party, Uniform(dayStart, 5, 17, rng), lat, lon, rng, (d, controller) =>
                        controller == party && d < limitM ? EventClass.EquipmentInsideWithdrawalDistance : EventClass.EquipmentBeyondWithdrawalDistance);
                }

            case EventCategory.Ground:
                {
                    var kind = Pick(GroundKinds, rng);
                    var (lat, lon) = _theatre.Flashpoints.Count > 0 && rng.Chance(0.5)
                        ? NearFlashpoint(1_500, rng)
                        : OwnSide(Opponent(party, rng), Truncated(rng.Exponential(1_500), 8_000, rng), rng);
                    return Build(kind, party, Uniform(dayStart, 0, 24, rng), lat, lon, rng, (distance, _) =>
                        distance <= SecurityZoneM ? EventClass.GroundActionInSecurityZone : EventClass.GroundActionBeyondSecurityZone);
                }

            case EventCategory.Restriction:
                {
                    var kind = Pick(RestrictionKinds, rng);
                    var (lat, lon) = OwnSide(party, rng.Uniform(0, SecurityZoneM), rng);
                    return Build(kind, party, Uniform(dayStart, 6, 16, rng), lat, lon, rng, (_, _) => EventClass.MonitorRestriction);
                }

            case EventCategory.CivilianHarm:
                {
                    var kind = Pick(HarmKinds, rng);
                    var (lat, lon) = _theatre.Flashpoints.Count > 0
                        ? NearFlashpoint(1_500, rng)
                        : OwnSide(Opponent(party, rng), Truncated(rng.Exponential(5_000), 30_000, rng), rng);
                    return Build(kind, party, FireTime(dayStart, rng), lat, lon, rng, (_, _) => EventClass.HarmToCivilians);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(category), category, "unknown category");
        }
    }

    private (TrueEvent Phantom, EventCategory Category) Phantom(DateTimeOffset dayStart, Xoshiro256 rng)
    {
        var kind = Pick(FalseReportKinds, rng);
        var accused = rng.Pick(_parties);
        var isStrike = kind.Code.StartsWith("strike.", StringComparison.Ordinal);
        var (lat, lon) = OwnSide(isStrike ? Opponent(accused, rng) : accused, Truncated(rng.Exponential(5_000), 30_000, rng), rng);
        var category = isStrike ? EventCategory.Strike
            : kind.Code.StartsWith("equipment.", StringComparison.Ordinal) ? EventCategory.EquipmentInside
            : EventCategory.Fire;
        var phantom = new TrueEvent
        {
            Id = string.Empty,
            At = Uniform(dayStart, 0, 24, rng),
            Location = _factory.CreatePoint(new Coordinate(lon, lat)),
            Type = new ObservationType(kind.Code),
            Party = accused,
            Count = 1 + rng.Poisson(kind.ExtraCountMean),
            Class = EventClass.FireBeyondSecurityZone,
            DistanceToLineM = 0,
        };
        return (phantom, category);
    }

    private TrueEvent Build(Kind kind, PartyCode party, DateTimeOffset at, double lat, double lon, Xoshiro256 rng, Func<double, PartyCode?, EventClass> classify)
    {
        lat = Math.Round(lat, 6);
        lon = Math.Round(lon, 6);
        var distance = _line.DistanceM(lat, lon);
        var controller = _control.ControllerOf(lat, lon);
        var (site, siteDistance) = NearestSite(lat, lon);
        var eventClass = classify(distance, controller);
        if (site is not null && siteDistance <= site.RadiusM && kind.Code.StartsWith("strike.", StringComparison.Ordinal))
        {
            eventClass = EventClass.StrikeOnProtectedSite;
        }

        return new TrueEvent
        {
            Id = DeterministicIds.Uuid(_options.Seed, EventIdDomain, _eventCounter++),
            At = at,
            Location = _factory.CreatePoint(new Coordinate(lon, lat)),
            Type = new ObservationType(kind.Code),
            Party = party,
            Count = 1 + rng.Poisson(kind.ExtraCountMean),
            Weapon = kind.Weapons.Length == 0 ? null : kind.Weapons[rng.NextInt(kind.Weapons.Length)],
            Class = eventClass,
            DistanceToLineM = Math.Round(distance),
            ControlledBy = controller,
            Site = site?.Name,
            DistanceToSiteM = site is null ? null : Math.Round(siteDistance),
        };
    }

    private EventClass StrikeClass(double distance, PartyCode? controller) =>
        distance <= SecurityZoneM ? EventClass.StrikeInSecurityZone : EventClass.StrikeBeyondSecurityZone;

    private double SecurityZoneM => _theatre.SecurityZoneKm * 1000;

    private (ProtectedSite? Site, double DistanceM) NearestSite(double lat, double lon)
    {
        const double latWindow = SiteReportRadiusM / 111_000.0;
        ProtectedSite? best = null;
        var bestDistance = double.MaxValue;
        foreach (var (site, _) in _sites)
        {
            if (Math.Abs(site.Location.Y - lat) > latWindow)
            {
                continue;
            }

            var distance = Geodesy.DistanceM(lat, lon, site.Location.Y, site.Location.X);
            if (distance <= SiteReportRadiusM && distance < bestDistance)
            {
                best = site;
                bestDistance = distance;
            }
        }

        return (best, bestDistance);
    }

    /// <summary>
    /// A place on <paramref name="party"/>'s side, about <paramref name="distanceM"/> from the line:
    /// a random point of the line moved square to it, on whichever side the party controls. Falls
    /// back to the point on the line when the party controls neither side after many tries.
    /// </summary>
    private (double Lat, double Lon) OwnSide(PartyCode party, double distanceM, Xoshiro256 rng)
    {
        (double Lat, double Lon) fallback = default;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var (lat, lon, bearing) = _line.PointAt(rng.NextDouble() * _line.TotalLengthM);
            fallback = (lat, lon);
            var first = rng.Chance(0.5) ? 90.0 : -90.0;
            foreach (var turn in (ReadOnlySpan<double>)[first, -first])
            {
                var candidate = Geodesy.Destination(lat, lon, Geodesy.NormaliseBearing(bearing + turn), distanceM);
                if (_control.ControllerOf(candidate.Lat, candidate.Lon) == party)
                {
                    return candidate;
                }
            }
        }

        return fallback;
    }

    private (double Lat, double Lon) NearFlashpoint(double sigmaM, Xoshiro256 rng)
    {
        var flashpoint = rng.Pick(_theatre.Flashpoints);
        return Scatter(flashpoint.Location.Y, flashpoint.Location.X, sigmaM, rng);
    }

    private PartyCode Opponent(PartyCode party, Xoshiro256 rng)
    {
        var others = _opponents[party];
        return others.Length == 0 ? party : rng.Pick(others);
    }

    private static (double Lat, double Lon) Scatter(double lat, double lon, double sigmaM, Xoshiro256 rng)
    {
        var (perLat, perLon) = Geodesy.MetresPerDegree(lat);
        return (lat + (sigmaM * rng.Normal() / perLat), lon + (sigmaM * rng.Normal() / perLon));
    }

    private static double Truncated(double value, double max, Xoshiro256 rng) => value <= max ? value : rng.Uniform(0, max);

    private static DateTimeOffset FireTime(DateTimeOffset dayStart, Xoshiro256 rng) =>
        rng.Chance(FireNightShare)
            ? dayStart.AddSeconds(Math.Floor(((18 * 3600) + rng.Uniform(0, 12 * 3600)) % 86_400))
            : dayStart.AddSeconds(Math.Floor((6 * 3600) + rng.Uniform(0, 12 * 3600)));

    private static DateTimeOffset Uniform(DateTimeOffset dayStart, double fromHour, double toHour, Xoshiro256 rng) =>
        dayStart.AddSeconds(Math.Floor(rng.Uniform(fromHour * 3600, toHour * 3600)));

    private static Kind Pick(Kind[] kinds, Xoshiro256 rng)
    {
        Span<double> weights = stackalloc double[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            weights[i] = kinds[i].Weight;
        }

        return kinds[rng.PickWeighted(weights)];
    }

    private sealed record Kind(string Code, double Weight, double ExtraCountMean, string[] Weapons);
}
