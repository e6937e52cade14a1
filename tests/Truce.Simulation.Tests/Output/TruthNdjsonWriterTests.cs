using System.Text;
using NetTopologySuite.Geometries;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Simulation.Output;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Tests.Output;

public sealed class TruthNdjsonWriterTests
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
}
