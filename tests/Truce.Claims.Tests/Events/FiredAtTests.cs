namespace Truce.Claims.Tests.Events;

/// <summary>
/// Weapons fired at a place are an attack on it, counted or not (README: "launched/fired N drones|missiles"
/// is an attack); one missile or rocket fired at it is a strike there; when a participle tells what they hit, the firing and the hit are one strike. Sentences written for
/// the test.
/// </summary>
public sealed class FiredAtTests
{
    [Theory]
    [InlineData("Hezbollah fired rockets at Haifa on Saturday evening.", "Haifa")]
    [InlineData("The army said militants had fired mortars and rockets into Sderot overnight.", "Sderot")]
    [InlineData("The military said Iran had fired ballistic missiles towards Tel Aviv.", "Tel Aviv")]
    public void WeaponsFiredAtAPlaceAreAnAttackOnIt(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Iran launched a ballistic missile at Tel Aviv, the military said.", "Tel Aviv")]
    [InlineData("The army said the enemy fired a rocket at Ashkelon before dawn.", "Ashkelon")]
    public void OneMissileOrRocketFiredAtAPlaceIsAStrikeThere(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void WeaponsFiredAtAPlaceThatHitSomethingAreOneStrike()
    {
        var claim = Assert.Single(Extract.From("Militants fired rockets into Israel, hitting a school in Ashkelon.").Events);
        Assert.Equal(("strike", "Ashkelon"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Hezbollah could fire rockets at Haifa if the talks fail.")]
    [InlineData("The group denied firing rockets at Haifa.")]
    [InlineData("The army warned that militants were preparing to fire drones at Sderot.")]
    public void WeaponsFiredOnlyInThreatOrDenialAreNoEvent(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }
}
