namespace Truce.Claims.Tests.Events;

/// <summary>
/// A definite action noun inside a phrase about something else ("details of the attack", "anger over the strikes",
/// "before carrying out the strikes") takes up an event the article has told; it asserts no new one (README: a noun
/// phrase that refers back to an event already told asserts nothing new). Sentences written for the test.
/// </summary>
public sealed class EventTakenUpInAPhraseTests
{
    [Theory]
    [InlineData("Russian drones struck the port of Izmail overnight. Officials gave no details of the attack on the port.")]
    [InlineData("Israeli jets struck targets in southern Lebanon on Sunday. There was anger in Beirut over the strikes on villages.")]
    [InlineData("Israeli jets struck targets in Gaza. Officials said Israel had informed Washington before carrying out the strikes.")]
    public void ADefiniteActionNounInAPhraseAfterTheEventIsToldAddsNoEvent(string text)
    {
        Assert.Single(Extract.From(text).Events);
    }

    [Fact]
    public void TheSameNounWithoutAnEventToldBeforeIsStillAClaim()
    {
        var claim = Assert.Single(Extract.From("Officials gave details of the attack on Izmail, which damaged a grain terminal.").Events);
        Assert.Equal(("attack", "Izmail"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AnIndefiniteActionOfAnotherKindAfterAnEventToldIsStillAClaim()
    {
        var events = Extract.From("Russian drones struck the port of Izmail overnight. Ukrainian troops later recaptured the village of Pishchane.").Events;
        Assert.Equal(["strike", "recapture"], events.Select(e => e.Action));
    }
}
