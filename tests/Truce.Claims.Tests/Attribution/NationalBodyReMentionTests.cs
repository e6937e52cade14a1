namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "According to the Russian ministry" after "The Russian Defence Ministry said" is that ministry named again, and a report
/// "days after" another is a second report. Round 18 found the first kept as a new body and the second dropped in tuning
/// copy. Sentences written for the test.
/// </summary>
public sealed class NationalBodyReMentionTests
{
    [Fact]
    public void TheNationsMinistryIsTheMinistryNamedBefore()
    {
        var statements = Extract.From("""
            The Russian Defence Ministry said on Friday that its forces had taken control of three more villages.

            According to the Russian ministry, Moscow’s troops took control of Pryvillia in the Dnipropetrovsk region.
            """).Statements;
        Assert.Equal(["Russian Defence Ministry", "Russian Defence Ministry"], statements.Select(s => s.Speaker));
    }

    // Round 18: "…, days after Kyiv admitted for the first time that Moscow's army was advancing into the region" was dropped.
    [Fact]
    public void AReportDaysAfterAnotherIsASecondReport()
    {
        var statements = Extract.From("Ukraine said on Friday Russian strikes had killed two people in the region, days after Kyiv admitted for the first time that Moscow’s army was advancing into the region.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal(("Kyiv", "Moscow’s army was advancing into the region"), (statements[1].Speaker, statements[1].Text));
    }
}
