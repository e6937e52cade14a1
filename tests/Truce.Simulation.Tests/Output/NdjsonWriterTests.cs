using System.Text;
using NetTopologySuite.Geometries;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Simulation.Output;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Tests.Output;

public sealed class NdjsonWriterTests
{
    [Fact]
    public void ATrueEventIsWrittenAsOneSnakeCaseLine()
    {
        var trueEvent = new TrueEvent
        {
            Id = "ev-1",
            At = new DateTimeOffset(2025, 3, 20, 2, 15, 7, TimeSpan.Zero),
            Location = new Point(35.912, 47.621),
            Type = new ObservationType("fire.artillery"),
            Party = new PartyCode("RU"),
            Count = 4,
            Weapon = "122 mm howitzer",
            Class = EventClass.FireInSecurityZone,
            DistanceToLineM = 3200,
            ControlledBy = new PartyCode("RU"),
            ReportedBy = [new ObservationId("a"), new ObservationId("b")],
            Breaks = ["T1"],
        };
        using var stream = new MemoryStream();
        using (var writer = new TruthNdjsonWriter(stream))
        {
            writer.Write(trueEvent);
            writer.Write(trueEvent with { Weapon = null, ControlledBy = null, Site = "Zaporizhzhia", DistanceToSiteM = 950, ReportedBy = [], Breaks = [] });
        }

        var expected =
            "{\"id\":\"ev-1\",\"at\":\"2025-03-20T02:15:07Z\",\"lat\":47.621,\"lon\":35.912,\"type\":\"fire.artillery\",\"party\":\"RU\",\"count\":4,"
            + "\"weapon\":\"122 mm howitzer\",\"class\":\"fire-in-security-zone\",\"distance_to_line_m\":3200,\"controlled_by\":\"RU\","
            + "\"reported_by\":[\"a\",\"b\"],\"breaks\":[\"T1\"]}\n"
            + "{\"id\":\"ev-1\",\"at\":\"2025-03-20T02:15:07Z\",\"lat\":47.621,\"lon\":35.912,\"type\":\"fire.artillery\",\"party\":\"RU\",\"count\":4,"
            + "\"class\":\"fire-in-security-zone\",\"distance_to_line_m\":3200,\"site\":\"Zaporizhzhia\",\"distance_to_site_m\":950,"
            + "\"reported_by\":[],\"breaks\":[]}\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void AnObservationIsWrittenInTheDesignFieldNames()
    {
        var observation = new Observation
        {
            Id = new ObservationId("0b9f6f0e-3c1a-4e0b-9d7e-0d6f1f3b2a10"),
            ObservedAt = ObservedInterval.At(new DateTimeOffset(2025, 3, 20, 2, 15, 0, TimeSpan.Zero)),
            Location = new Point(35.912, 47.621),
            UncertaintyM = 300,
            Type = new ObservationType("fire.artillery"),
            Count = 4,
            Weapon = "122 mm howitzer",
            BearingDeg = 270,
            AttributedTo = new PartyCode("RU"),
            AttributionBasis = "crater analysis",
            Source = new Source("monitor", "patrol-7", 'B', 2, Perception.Heard),
            Evidence = [new Evidence("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "image/jpeg", null)],
            Narrative = "Four artillery rounds heard 3-5 km west of the patrol position.",
        };
        var interval = observation with
        {
            ObservedAt = new ObservedInterval(new DateTimeOffset(2025, 3, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 20, 3, 0, 0, TimeSpan.Zero)),
            Count = null,
            Weapon = null,
            BearingDeg = null,
            AttributedTo = null,
            AttributionBasis = null,
            Source = new Source("osint", null, null, null, null),
            Evidence = [],
            Narrative = null,
        };
        using var stream = new MemoryStream();
        using (var writer = new TemporaryObservationNdjsonWriter(stream))
        {
            writer.Write(observation);
            writer.Write(interval);
        }

        var expected =
            "{\"id\":\"0b9f6f0e-3c1a-4e0b-9d7e-0d6f1f3b2a10\",\"observed_at\":\"2025-03-20T02:15:00Z\",\"lat\":47.621,\"lon\":35.912,\"uncertainty_m\":300,"
            + "\"type\":\"fire.artillery\",\"count\":4,\"weapon\":\"122 mm howitzer\",\"bearing_deg\":270,\"attributed_to\":\"RU\",\"attribution_basis\":\"crater analysis\","
            + "\"source\":{\"kind\":\"monitor\",\"id\":\"patrol-7\",\"reliability\":\"B\",\"credibility\":2,\"perception\":\"heard\"},"
            + "\"evidence\":[{\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"media_type\":\"image/jpeg\"}],"
            + "\"narrative\":\"Four artillery rounds heard 3-5 km west of the patrol position.\"}\n"
            + "{\"id\":\"0b9f6f0e-3c1a-4e0b-9d7e-0d6f1f3b2a10\",\"observed_from\":\"2025-03-20T00:00:00Z\",\"observed_to\":\"2025-03-20T03:00:00Z\","
            + "\"lat\":47.621,\"lon\":35.912,\"uncertainty_m\":300,\"type\":\"fire.artillery\",\"source\":{\"kind\":\"osint\"}}\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
