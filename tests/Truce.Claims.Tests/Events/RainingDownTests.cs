namespace Truce.Claims.Tests.Events;

/// <summary>
/// "Missiles rained down on P" tells a strike on P with the weapons as subject, as "rained missiles on P" does with the
/// attacker as subject. Sentences written for the test.
/// </summary>
public sealed class RainingDownTests
{
    [Theory]
    [InlineData("Russian missiles and drones rained down on Zaporizhzhia for hours, the governor said.", "Zaporizhzhya")]
    [InlineData("Bombs rained on Khan Younis through the night, residents said.", "Khān Yūnis")]
    public void WeaponsRainingDownOnAPlaceAreAStrike(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Criticism rained down on the minister after the vote.")]
    [InlineData("Leaflets rained down on Kherson, urging residents to leave.")]
    public void OtherThingsRainingDownAreNoStrike(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }
}
