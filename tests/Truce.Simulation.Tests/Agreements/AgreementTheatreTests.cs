using System.Text.Json;
using Truce.Domain.Parties;
using Truce.Simulation.Agreements;
using Truce.Simulation.Geography;

namespace Truce.Simulation.Tests.Agreements;

public sealed class AgreementTheatreTests
{
    // The figures below are read off examples/example-30-day/agreement.yaml by hand.
    [Fact]
    public void TheExampleAgreementGivesItsPartiesWindowSecurityZoneAndWithdrawalDistances()
    {
        var (theatre, problem) = AgreementTheatre.From(ExampleAgreement.Value);

        Assert.Null(problem);
        Assert.NotNull(theatre);
        Assert.Equal([new PartyCode("RU"), new PartyCode("UA")], theatre.Parties);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero), theatre.WindowStart);
        Assert.Equal(30, theatre.Days);
        Assert.Equal(15, theatre.SecurityZoneKm);
        var expected = new Dictionary<string, double>
        {
            ["equipment.artillery-100mm-plus"] = 25,
            ["equipment.mlrs"] = 35,
            ["equipment.mlrs-long-range"] = 70,
            ["equipment.tactical-missile"] = 70,
            ["equipment.tank"] = 15,
            ["equipment.mortar"] = 15,
        };
        Assert.Equal(expected.OrderBy(p => p.Key), theatre.WithdrawalDistancesKm.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void ProtectedSitesAreTheAgreementsSitesWithTheirRadius()
    {
        using var sites = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExampleAgreement.Directory, "energy-sites.geojson")));
        var features = sites.RootElement.GetProperty("features").EnumerateArray().ToList();

        var theatre = AgreementTheatre.From(ExampleAgreement.Value).Theatre!;

        Assert.Equal(features.Count, theatre.ProtectedSites.Count);
        Assert.All(theatre.ProtectedSites, site => Assert.Equal(3000, site.RadiusM));
        var first = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(first[0].GetDouble(), theatre.ProtectedSites[0].Location.X, 9);
        Assert.Equal(first[1].GetDouble(), theatre.ProtectedSites[0].Location.Y, 9);
    }

    [Fact]
    public void TheContactLineComesBackToTheAgreementsCoordinates()
    {
        using var line = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExampleAgreement.Directory, "contact-line-illustrative.geojson")));
        var firstFeature = line.RootElement.GetProperty("features")[0].GetProperty("geometry");
        var coordinates = firstFeature.GetProperty("type").GetString() == "LineString"
            ? firstFeature.GetProperty("coordinates")[0]
            : firstFeature.GetProperty("coordinates")[0][0];
        var (lon, lat) = (coordinates[0].GetDouble(), coordinates[1].GetDouble());

        var theatre = AgreementTheatre.From(ExampleAgreement.Value).Theatre!;

        // The file's first vertex lies on the theatre's line, after projection and back: within a metre.
        Assert.True(new LineOfContact(theatre.ContactLine).DistanceM(lat, lon) < 1);
    }

    [Fact]
    public void DaysAskedForOverrideTheWindowLength()
    {
        Assert.Equal(3, AgreementTheatre.From(ExampleAgreement.Value, 3).Theatre!.Days);
    }
}
