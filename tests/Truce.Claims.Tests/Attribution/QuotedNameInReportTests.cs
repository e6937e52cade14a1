namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A quoted name inside a reported clause ("the so-called "yellow line"", or a short phrase the article quotes three times
/// and more) is no one's words: the clause that holds it is the report. A short quote the article gives once ("the "root
/// causes"") is still the speaker's words. Round 18 found "yellow line" reported three times in one tuning article instead of
/// what the military said. Sentences written for the test.
/// </summary>
public sealed class QuotedNameInReportTests
{
    [Fact]
    public void ASoCalledNameLeavesTheClauseReported()
    {
        var statement = Extract.Only("The Lasvan military said it had targeted a vehicle that crossed the so-called “green line” near Brova.");
        Assert.Equal(("Lasvan military", "it had targeted a vehicle that crossed the so-called “green line” near Brova"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ANameQuotedThreeTimesLeavesEachClauseReported()
    {
        var statements = Extract.From("""
            Troops are stationed behind the “green line” under the truce.

            The Lasvan military said a vehicle had been identified crossing the “green line”.

            Several incidents have been reported, with the military saying its troops fired at people who crossed the “green line”.
            """).Statements;
        Assert.Equal(["a vehicle had been identified crossing the “green line”", "its troops fired at people who crossed the “green line”"], statements.Select(s => s.Text));
    }

    [Fact]
    public void AShortQuoteGivenOnceIsStillTheSpeakersWords()
    {
        var statement = Extract.Only("Lavrov said the talks would address the \"root causes\" of the conflict.");
        Assert.Equal(("Lavrov", "root causes"), (statement.Speaker, statement.Text));
    }
}
