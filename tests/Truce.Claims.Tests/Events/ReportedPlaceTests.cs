namespace Truce.Claims.Tests.Events;

/// <summary>
/// Event rules found by reading the misses of sealed sets: the wording of an attack or a strike, and the place that
/// locates it when the speaker's own place or a sector name stands nearby. Sentences written for these tests.
/// </summary>
public sealed class ReportedPlaceTests
{
    private static List<(string? Claimant, string Action, string? Place)> Events(string text) =>
        [.. Extract.From(text).Events.Select(e => (e.Claimant, e.Action, e.Place))];

    [Theory]
    [InlineData("The governor said Russia had fired three cruise missiles at Mykolaiv overnight.")]
    [InlineData("The army said the enemy launched several drones towards Kherson before dawn.")]
    public void FiringANumberOfMissilesSpelledOutIsAnAttack(string text)
    {
        Assert.Equal("attack", Assert.Single(Extract.From(text).Events).Action);
    }

    [Fact]
    public void FiringOneMissileAtATownIsStillAStrike()
    {
        Assert.Equal(("strike", "Kherson"), Assert.Single(Extract.From("The army said the enemy fired a missile at Kherson before dawn.").Events) is var e ? (e.Action, e.Place) : default);
    }

    [Theory]
    [InlineData("Strikes were recorded in the Kharkiv region overnight, the air force said.", "Kharkiv Oblast")]
    [InlineData("Hits were reported at six sites in Dnipro, officials said.", "Dnipro")]
    public void StrikesRecordedSomewhereAreAStrikeThere(string text, string place)
    {
        Assert.Equal(("strike", place), Assert.Single(Extract.From(text).Events) is var e ? (e.Action, e.Place) : default);
    }

    [Fact]
    public void TheSpeakersCityDoesNotLocateAStrikeOnAnotherCountrysTargets()
    {
        var events = Events("In Moscow, the Russian Defence Ministry said its forces had carried out \"a massive strike with precision weapons\" against plants of Ukraine's defence industry.");
        Assert.Equal([("Russian Defence Ministry", "strike", "Ukraine")], events);
    }

    [Fact]
    public void AStrikeOnAnotherCountrysGridIsLocatedThereEvenWhenTheSpeakerStandsElsewhere()
    {
        var events = Events("Speaking in Minsk, the ministry said its forces had struck Ukraine's power grid.");
        Assert.Equal("Ukraine", Assert.Single(events).Place);
    }
}
