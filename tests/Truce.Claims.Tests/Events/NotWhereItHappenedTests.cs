namespace Truce.Claims.Tests.Events;

/// <summary>
/// Places a sentence names that do not say where its action happened: where drones came from ("emanating from India"), a
/// party to a deal ("since a ceasefire deal between Hamas and Israel"), and the state that set up a position ("near a
/// position Israel has established in Lebanese territory"). Round 18 found each given as an event's place in tuning copy.
/// Sentences written for the test.
/// </summary>
public sealed class NotWhereItHappenedTests
{
    [Theory]
    [InlineData("Pakistan has shot down 25 drones emanating from India in the last two days, the army said.")]
    [InlineData("Israeli strikes have killed at least 73 people since a ceasefire deal between Hamas and Israel was announced, the health ministry said.")]
    [InlineData("Israeli forces fired on peacekeepers from a tank near a position Israel has established, UNIFIL said.")]
    public void TheEventHasNoPlace(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Null(claim.Place);
    }
}
