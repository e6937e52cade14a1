using NetTopologySuite.Geometries;
using Truce.Domain.Parties;

namespace Truce.Simulation.Theatre;

/// <summary>
/// Everything the simulator needs to know about the ground: the contact line, who controls what,
/// the protected sites and flashpoints, the simulated window and the reference distances that decide
/// each true event's <see cref="Truth.EventClass"/>. All geometry is WGS84 (x = longitude,
/// y = latitude); distances are in kilometres where the name says so. Build one from the bundled
/// geography with <see cref="FromGeoData()"/>, or from an agreement's zones.
/// </summary>
public sealed record SimulationTheatre
{
    /// <summary>The line of contact: a LineString or MultiLineString.</summary>
    public required Geometry ContactLine { get; init; }

    /// <summary>Each party's controlled area (Polygon or MultiPolygon); its keys are the simulated parties.</summary>
    public required IReadOnlyDictionary<PartyCode, Geometry> ControlledAreas { get; init; }

    public IReadOnlyList<ProtectedSite> ProtectedSites { get; init; } = [];

    public IReadOnlyList<Flashpoint> Flashpoints { get; init; } = [];

    /// <summary>Start of the first simulated UTC day (midnight UTC is expected, but any instant works).</summary>
    public required DateTimeOffset WindowStart { get; init; }

    public required int Days { get; init; }

    /// <summary>Half-width of the security zone around the contact line, in km (fire inside it is a violation).</summary>
    public double SecurityZoneKm { get; init; } = 15;

    /// <summary>
    /// Withdrawal distance in km from the contact line, on the owner's side, per equipment type code.
    /// Defaults to the Minsk II figures: artillery ≥ 100 mm 25 km, MLRS 35 km, long-range MLRS and
    /// tactical missiles 70 km, tanks and mortars 15 km.
    /// </summary>
    public IReadOnlyDictionary<string, double> WithdrawalDistancesKm { get; init; } = MinskWithdrawalDistancesKm;

    public static IReadOnlyDictionary<string, double> MinskWithdrawalDistancesKm { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["equipment.artillery-100mm-plus"] = 25,
        ["equipment.mlrs"] = 35,
        ["equipment.mlrs-long-range"] = 70,
        ["equipment.tactical-missile"] = 70,
        ["equipment.tank"] = 15,
        ["equipment.mortar"] = 15,
    };

    /// <summary>The simulated parties in ordinal order of their codes — the order every loop uses.</summary>
    public IReadOnlyList<PartyCode> Parties => ControlledAreas.Keys.OrderBy(party => party).ToList();

    /// <summary>
    /// The theatre built from the geography bundled with this assembly (copied from the project's
    /// shared geo data; see Data/README.md): the illustrative March 2025 contact line, RU and UA
    /// controlled areas, Ukrainian and border-area Russian power plants as protected sites (2 km)
    /// and flashpoint towns near the line, for 30 days from 14 March 2025.
    /// </summary>
    public static SimulationTheatre FromGeoData() => GeoDataTheatre.Load(GeoDataTheatre.OpenEmbedded, GeoDataTheatre.DefaultFiles);

    /// <summary>
    /// Flashpoints for any contact line in the bundled geography: towns of at least 5,000 people
    /// within 20 km of the line (at most 40, most populous first), from the bundled gazetteer
    /// subset, which holds only places within about 40 km of the illustrative March 2025 line.
    /// For building a theatre from an agreement's zones.
    /// </summary>
    public static IReadOnlyList<Flashpoint> FlashpointsNear(Geometry contactLine) =>
        GeoDataTheatre.Flashpoints(GeoDataTheatre.OpenEmbedded, GeoDataTheatre.DefaultFiles.Places, contactLine);

    /// <summary>Power plants of the bundled geography (Ukraine and the Russian border area) as protected sites of the given radius.</summary>
    public static IReadOnlyList<ProtectedSite> PowerPlants(double radiusM) =>
        GeoDataTheatre.PowerPlants(GeoDataTheatre.OpenEmbedded, GeoDataTheatre.DefaultFiles.PowerPlants, radiusM);

    /// <summary>The same theatre read from a directory holding the original shared geo files (same names as the shared data set).</summary>
    public static SimulationTheatre FromGeoData(string directory) =>
        GeoDataTheatre.Load(name => File.OpenRead(Path.Combine(directory, name)), GeoDataTheatre.SharedFiles);
}
