namespace Truce.Claims.Tests.Events;

/// <summary>
/// Russian Defence Ministry summaries in real 2025 copy tell one strike campaign and then break it down: "launched a series
/// of strikes, including one massive and five targeted strikes on …". The breakdown is the same action, and "targeted"
/// before a strike noun describes the strikes. Sentences written for the test.
/// </summary>
public sealed class IncludedStrikesWordingTests
{
    [Fact]
    public void StrikesListedAfterIncludingAreTheStrikesJustTold()
    {
        var only = Assert.Single(Extract.From("The ministry said its forces launched a wave of airstrikes, including two massive and four targeted strikes on fuel depots.").Events);
        Assert.Equal("strike", only.Action);
    }

    [Fact]
    public void TargetedBeforeAStrikeNounDescribesIt()
    {
        var only = Assert.Single(Extract.From("The army reported five targeted strikes on depots near Donetsk.").Events);
        Assert.Equal(("strike", "Donetsk"), (only.Action, only.Place));
    }

    [Fact]
    public void AStrikeOfAnotherFamilyAfterIncludingIsItsOwnEvent()
    {
        Assert.Equal(2, Extract.From("Russian troops captured two villages, including Berestok, after strikes on Kostiantynivka.").Events.Count);
    }
}
