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

    [Fact]
    public void KeepingUpAssaultsAroundATownIsAnAttackThere()
    {
        var claim = Assert.Single(Extract.From("Russian units kept up assaults around the town of Siversk on Monday.").Events);
        Assert.Equal(("attack", "Siversk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void KeepingUpAttacksWithNoPlaceNamedIsNoClaim()
    {
        Assert.Empty(Extract.From("The talks went on while artillery kept up attacks along the front.").Events);
    }

    [Fact]
    public void AQuotedVerbAfterHadIsStillTheVerb()
    {
        var claim = Assert.Single(Extract.From("The ministry said its troops had \"liberated\" part of a forest north of Kupiansk.").Events);
        Assert.Equal(("liberate", "Kupiansk"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Leaders want guarantees strong enough to stop Russia attacking again.")]
    [InlineData("The patrols are meant to deter Moscow from striking the port.")]
    public void AnActionToBePreventedIsNotClaimed(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void TheShellingAsAConditionOfDailyLifeIsNotClaimed()
    {
        Assert.Empty(Extract.From("Shops open only when the shelling stops, a volunteer said.").Events);
    }

    [Fact]
    public void AFreshCountOfRepelledAssaultsIsANewAttackInTheVillageNotTheSector()
    {
        var events = Events("The army said it had repelled 30 attacks near Pokrovsk. It said 12 more assaults were repulsed in the Lyman direction, near the village of Drobysheve.");
        Assert.Equal([("attack", "Pokrovsk"), ("attack", "Drobysheve")], events.Select(e => (e.Action, e.Place)));
    }

    [Fact]
    public void RepelledAttacksAlreadyToldAreNotCountedTwice()
    {
        var events = Events("Russian forces attacked near Pokrovsk, and the army said 12 assaults had been repelled there.");
        Assert.Equal([("attack", "Pokrovsk")], events.Select(e => (e.Action, e.Place)));
    }

    [Fact]
    public void ATownARelativeWhereClauseHangsOnLocatesTheAttackInIt()
    {
        var events = Events("The army said its units held the outskirts of Siversk, where Russia has been attacking for weeks.");
        Assert.Contains(("attack", "Siversk"), events.Select(e => (e.Action, e.Place)));
    }

    [Theory]
    [InlineData("The army said its soldiers had come under fire near Rafah.", "attack")]
    [InlineData("The army said its soldiers had come under artillery fire near Kupiansk.", "shell")]
    [InlineData("The town of Nikopol came under fire on Sunday.", "shell")]
    public void TroopsUnderFireWereAttackedWhileATownUnderFireWasShelled(string text, string action)
    {
        Assert.Equal(action, Assert.Single(Extract.From(text).Events).Action);
    }

    [Fact]
    public void PeopleKilledInStrikesTellAStrikeWhereTheSentencePutsThem()
    {
        var claim = Assert.Single(Extract.From("Health officials said nine people had been killed in Russian strikes over the weekend, including four in Kherson.").Events);
        Assert.Equal(("strike", "Kherson"), (claim.Action, claim.Place));
    }

    [Fact]
    public void PeopleWhoCouldHaveBeenKilledInStrikesTellNone()
    {
        Assert.Empty(Extract.From("Officials said dozens could have been killed in strikes had the shelter not held.").Events);
    }
}
