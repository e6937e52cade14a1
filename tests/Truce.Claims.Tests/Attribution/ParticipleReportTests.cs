namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Military briefings reported in Pakistani and Indian copy: "He displayed images of the debris, explaining that the wreckage
/// was being collected" (the participle's subject speaks), and "the general confirmed that, due to the drone activity, one
/// civilian was killed" (a cause set off by commas after "that"). Round 19 found both dropped, and a later "he said" then
/// resolved to a town named in between. Sentences written for the test.
/// </summary>
public sealed class ParticipleReportTests
{
    [Theory]
    [InlineData("explaining")]
    [InlineData("noting")]
    [InlineData("stressing")]
    public void TheSubjectOfTheMainClauseSaysWhatFollowsThat(string participle)
    {
        var statements = Extract.From($"""
            The military spokesman, Lt Gen Tariq Mahmood Awan, briefed reporters on Thursday.

            He displayed images of drone debris, {participle} that the wreckage was being collected from several sites.
            """).Statements;
        var statement = Assert.Single(statements);
        Assert.Equal(("Tariq Mahmood Awan", "the wreckage was being collected from several sites"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ACauseBetweenCommasAfterThatStillReports()
    {
        var statement = Extract.Only("The general also confirmed that, due to the drone activity, one civilian was killed in a village near the border.");
        Assert.Equal(("general", "due to the drone activity, one civilian was killed in a village near the border"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void AVerbWithoutAParticipleOfSpeechReportsNothing()
    {
        Assert.Empty(Extract.From("He displayed images of drone debris, showing that the wreckage was scattered over several sites.").Statements);
    }

    [Fact]
    public void ARankBeforeTheShortNameIsTheSameManAsTheLaterHe()
    {
        var statements = Extract.From("""
            The military spokesman, Lt Gen Tariq Mahmood Awan, confirmed on Thursday that 12 drones were shot down.

            Six towns were hit, including Bhalwal Kalan, Sadiqabad and Sialkot in Punjab.

            DG Awan listed the towns where the drones fell. He displayed images of the debris, explaining that the wreckage was being collected.
            """).Statements;
        Assert.Equal("Tariq Mahmood Awan", statements[^1].Speaker);
    }
}
