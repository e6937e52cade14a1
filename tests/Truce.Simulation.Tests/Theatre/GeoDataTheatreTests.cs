using NetTopologySuite.Geometries;
using Truce.Domain.Parties;
using Truce.Simulation.Theatre;

namespace Truce.Simulation.Tests.Theatre;

public sealed class GeoDataTheatreTests
{
    private static readonly PartyCode Ru = new("RU");
    private static readonly PartyCode Ua = new("UA");

    private static Point At(double lat, double lon) => new(lon, lat);

    [Fact]
    public void TheBundledTheatreHasBothPartiesThePowerPlantsAndTownsOnTheLineAsFlashpoints()
    {
        var theatre = TestTheatres.Default;

        Assert.Equal([Ru, Ua], theatre.Parties);
        Assert.Equal(118, theatre.ProtectedSites.Count); // the rows of power_plants_ua_ru.csv
        Assert.All(theatre.ProtectedSites, s => Assert.Equal(2_000, s.RadiusM));
        var names = theatre.Flashpoints.Select(f => f.Name).ToHashSet();
        Assert.Contains("Kupiansk", names);
        Assert.Contains("Pokrovsk", names);
        Assert.Contains("Orikhiv", names);
        Assert.DoesNotContain("Kyiv", names);
        Assert.DoesNotContain("Kharkiv", names); // about 70 km from the line
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero), theatre.WindowStart);
        Assert.Equal(30, theatre.Days);
    }

    // The sanity list of the shared geo README, with GeoNames coordinates.
    [Theory]
    [InlineData("Donetsk", 48.023, 37.80224, "RU")]
    [InlineData("Mariupol", 47.09514, 37.54131, "RU")]
    [InlineData("Melitopol", 46.84735, 35.38196, "RU")]
    [InlineData("Enerhodar", 47.49048, 34.66199, "RU")]
    [InlineData("Luhansk", 48.56952, 39.32857, "RU")]
    [InlineData("Sevastopol", 44.60795, 33.52134, "RU")]
    [InlineData("Kursk region outside the salient", 51.73, 36.19, "RU")]
    [InlineData("Kyiv", 50.45466, 30.5238, "UA")]
    [InlineData("Kharkiv", 49.98081, 36.25272, "UA")]
    [InlineData("Pokrovsk", 48.28198, 37.17585, "UA")]
    [InlineData("Kramatorsk", 48.73049, 37.58793, "UA")]
    [InlineData("Kupiansk", 49.71003, 37.61581, "UA")]
    [InlineData("Nikopol", 47.56826, 34.39126, "UA")]
    [InlineData("Sudzha", 51.1976, 35.2726, "UA")]
    public void ControlledAreasPutKnownPlacesOnTheRightSide(string place, double lat, double lon, string party)
    {
        var areas = TestTheatres.Default.ControlledAreas;
        var point = At(lat, lon);

        Assert.True(areas[new PartyCode(party)].Covers(point), $"{place} is not in {party}'s area");
        Assert.False(areas.Where(a => a.Key.Value != party).Any(a => a.Value.Covers(point)), $"{place} is also in another party's area");
    }

    [Fact]
    public void TheBundledSubsetAndTheSharedOriginalsGiveTheSameTheatre()
    {
        var bundled = TestTheatres.Default;
        var shared = SimulationTheatre.FromGeoData(TestTheatres.SharedGeoDirectory);

        Assert.Equal(bundled.Flashpoints.Select(f => f.Name), shared.Flashpoints.Select(f => f.Name));
        Assert.Equal(bundled.ProtectedSites.Select(s => s.Name), shared.ProtectedSites.Select(s => s.Name));
        Assert.True(bundled.ContactLine.EqualsExact(shared.ContactLine));
        Assert.Equal(shared.ControlledAreas[Ua].Area, bundled.ControlledAreas[Ua].Area, 6);
    }

    [Fact]
    public void FlashpointsForAnotherLineAreTheTownsNearThatLine()
    {
        // A short line through Huliaipole and Orikhiv, written by hand (GeoNames coordinates ≈ 47.66 N 36.26 E and 47.58 N 35.78 E).
        var line = new LineString([new Coordinate(35.70, 47.55), new Coordinate(36.35, 47.68)]);

        var names = SimulationTheatre.FlashpointsNear(line).Select(f => f.Name).ToList();

        Assert.Contains("Orikhiv", names);
        Assert.Contains("Hulyaypole", names); // GeoNames spelling of Huliaipole
        Assert.DoesNotContain("Kupiansk", names);
        Assert.DoesNotContain("Pokrovsk", names);
    }

    [Fact]
    public void PowerPlantsComeWithTheRequestedRadius()
    {
        var plants = SimulationTheatre.PowerPlants(5_000);

        Assert.Equal(118, plants.Count);
        Assert.All(plants, p => Assert.Equal(5_000, p.RadiusM));
    }
}
