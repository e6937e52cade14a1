using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Truce.Domain.Parties;

namespace Truce.Simulation.Geography;

/// <summary>
/// Which party controls a place, from the parties' controlled areas. Indexes are built lazily by
/// NetTopologySuite and are not thread-safe: one instance per simulator run.
/// </summary>
internal sealed class ControlMap
{
    private readonly (PartyCode Party, IndexedPointInAreaLocator Locator, Envelope Envelope)[] _areas;

    public ControlMap(IReadOnlyList<PartyCode> parties, IReadOnlyDictionary<PartyCode, Geometry> areas)
    {
        _areas = parties
            .Where(areas.ContainsKey)
            .Select(party => (party, new IndexedPointInAreaLocator(areas[party]), areas[party].EnvelopeInternal))
            .ToArray();
    }

    /// <summary>The first party (in the theatre's party order) whose area holds the point, or null (sea, third country).</summary>
    public PartyCode? ControllerOf(double lat, double lon)
    {
        var coordinate = new Coordinate(lon, lat);
        foreach (var (party, locator, envelope) in _areas)
        {
            if (envelope.Contains(coordinate) && locator.Locate(coordinate) != Location.Exterior)
            {
                return party;
            }
        }

        return null;
    }
}
