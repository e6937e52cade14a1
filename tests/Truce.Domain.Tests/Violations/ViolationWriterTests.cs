using Truce.Domain.Agreements;
using Truce.Domain.Incidents;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Violations;

namespace Truce.Domain.Tests.Violations;

public sealed class ViolationWriterTests
{
    private static readonly Violation Attributed = new(
        new IncidentId("0b9f6f0e"),
        [new ObservationId("0b9f6f0e")],
        new TermId("T1"),
        new PartyCode("RU"),
        new DateOnly(2025, 3, 20),
        new DateTimeOffset(2025, 3, 20, 2, 15, 0, TimeSpan.Zero),
        Category.Certain,
        0.80999999,
        "fire.artillery observed 3.2 km inside security-zone; RU's \"own\" side, source B2");

    private static readonly Violation Unattributed = Attributed with
    {
        Incident = new IncidentId("buildup:T4:UA:2025-03-21"),
        Observations = [new ObservationId("a"), new ObservationId("b")],
        Party = null,
        Category = Category.Possible,
        Confidence = 0.0625,
        Rationale = "plain",
    };

    [Fact]
    public void JsonHasTheDesignFieldsInOrderWithRoundedConfidence()
    {
        var json = ViolationJson.ToJson([Attributed, Unattributed]);

        Assert.Equal(
            "[\n"
            + "{\"incident\":\"0b9f6f0e\",\"observations\":[\"0b9f6f0e\"],\"term\":\"T1\",\"party\":\"RU\",\"day\":\"2025-03-20\",\"category\":\"certain\",\"confidence\":0.81,\"rationale\":\"fire.artillery observed 3.2 km inside security-zone; RU's \\\"own\\\" side, source B2\"},\n"
            + "{\"incident\":\"buildup:T4:UA:2025-03-21\",\"observations\":[\"a\",\"b\"],\"term\":\"T1\",\"party\":null,\"day\":\"2025-03-20\",\"category\":\"possible\",\"confidence\":0.063,\"rationale\":\"plain\"}\n"
            + "]\n",
            json);
    }

    [Fact]
    public void NoViolationsIsAnEmptyArray()
    {
        Assert.Equal("[]\n", ViolationJson.ToJson([]));
    }

    [Fact]
    public void CsvQuotesFieldsWithCommasAndQuotes()
    {
        var csv = ViolationCsv.ToCsv([Attributed, Unattributed]);

        Assert.Equal(
            "incident,observations,term,party,day,category,confidence,rationale\n"
            + "0b9f6f0e,0b9f6f0e,T1,RU,2025-03-20,certain,0.81,\"fire.artillery observed 3.2 km inside security-zone; RU's \"\"own\"\" side, source B2\"\n"
            + "buildup:T4:UA:2025-03-21,a;b,T1,,2025-03-20,possible,0.063,plain\n",
            csv);
    }
}
