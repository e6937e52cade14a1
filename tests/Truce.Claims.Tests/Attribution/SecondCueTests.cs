namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A second cue in the same sentence with no subject of its own ("said … and accused X of …") is a second report by the
/// same speaker, and "claimed the capture of X" reports a claimed event though no clause follows. Sentences written for the test.
/// </summary>
public sealed class SecondCueTests
{
    [Fact]
    public void AnAccusationJoinedByAndIsASecondReportOfTheSameSpeaker()
    {
        const string text = "The border agency said 300 lorries had crossed at Lasva in the past week and accused the UN of failing to unload them on time.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("border agency", s.Speaker));
        Assert.Equal("300 lorries had crossed at Lasva in the past week", statements[0].Text);
        Assert.Equal("failing to unload them on time", statements[1].Text);
    }

    [Fact]
    public void SidesAccusingEachOtherAfterAReportAddNothing()
    {
        const string text = "The border agency said 300 lorries had crossed at Lasva in the past week and accused each other of delays.";
        var statement = Extract.Only(text);
        Assert.Equal("border agency", statement.Speaker);
    }

    [Theory]
    [InlineData("claimed the capture of Lasva in the Brod region")]
    [InlineData("announced the liberation of Lasva")]
    [InlineData("reported the downing of two helicopters over Brod")]
    public void AClaimedEventAsANounIsAReport(string claim)
    {
        var text = "In a separate statement, Serbia's defence ministry " + claim + ".";
        var statement = Extract.Only(text);
        Assert.Equal("Serbia's defence ministry", statement.Speaker);
        Assert.Equal(claim[(claim.IndexOf(' ', StringComparison.Ordinal) + 1)..], statement.Text);
    }

    [Fact]
    public void ClaimingResponsibilityIsNoReportOfAnEvent()
    {
        const string text = "No group claimed responsibility for the blast in Brod.";
        Assert.Empty(Extract.From(text).Statements);
    }
}
