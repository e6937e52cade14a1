namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A phrase of time before the speaker says when they spoke, never who: a time of day with its zone ("at about 3:30 a.m.
/// Eastern Time"), which also ends no sentence, and a span back from the story's day ("A day earlier", "Two weeks ago").
/// Round 18 found "Time" and "day" given as speakers in tuning copy. Sentences written for the test.
/// </summary>
public sealed class WhenNotWhoTests
{
    [Theory]
    [InlineData("Later, at about 3:30 a.m. Eastern Time, the Israeli military said it had identified missiles launched from the west.")]
    [InlineData("At 3:30 a.m. Eastern Time the Israeli military said it had identified missiles launched from the west.")]
    [InlineData("At 14:00 GMT, the Israeli military said it had identified missiles launched from the west.")]
    [InlineData("Shortly after 11 p.m. Moscow time, the Israeli military said it had identified missiles launched from the west.")]
    public void ATimeOfDayIsNoSpeaker(string text)
    {
        var statement = Extract.Only(text);
        Assert.Equal(("Israeli military", "it had identified missiles launched from the west"), (statement.Speaker, statement.Text));
    }

    [Theory]
    [InlineData("A day earlier")]
    [InlineData("Two weeks ago")]
    [InlineData("Three days later")]
    [InlineData("This week")]
    public void ASpanOfDaysIsNoSpeaker(string opening)
    {
        var statement = Extract.Only($"{opening}, the Lasvan army said it carried out an air strike on a depot near Brova.");
        Assert.Equal("Lasvan army", statement.Speaker);
    }

    // Round 18: "Last month UNIFIL said Israeli soldiers shot at its troops" was dropped.
    [Theory]
    [InlineData("Last month")]
    [InlineData("Earlier this week")]
    public void ASpanWithoutItsCommaIsNoSpeaker(string opening)
    {
        var statement = Extract.Only($"{opening} UNIFIL said soldiers shot at its troops in the south.");
        Assert.Equal(("UNIFIL", "soldiers shot at its troops in the south"), (statement.Speaker, statement.Text));
    }

    // Round 18: "Operation Sindoor: India on Friday said that …" gave the speaker "Operation Sindoor India".
    [Fact]
    public void AHeadlineTopicBeforeAColonIsNoSpeaker()
    {
        var statement = Extract.Only("Operation Lasva: Brova on Friday said that the Lasvan army repeatedly violated its airspace during the night.");
        Assert.Equal("Brova", statement.Speaker);
    }

    // Round 18: "In general, according to the Coordination Headquarters, Ukrainians … are returning home" reported "In general".
    [Theory]
    [InlineData("In general")]
    [InlineData("Meanwhile")]
    public void AnOpeningAdverbBeforeAccordingToIsNoPartOfTheReport(string opening)
    {
        var statement = Extract.Only($"{opening}, according to the Coordination Headquarters, soldiers who fought near Lasva are returning home.");
        Assert.Equal(("Coordination Headquarters", "soldiers who fought near Lasva are returning home"), (statement.Speaker, statement.Text));
    }
}
