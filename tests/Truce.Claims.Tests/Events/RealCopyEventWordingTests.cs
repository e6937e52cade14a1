namespace Truce.Claims.Tests.Events;

/// <summary>
/// Wordings of real 2025 copy: drones launched at a target without a count, a noun-form strike opening a spokesman's
/// sentence, a definite assault repelled after it was told, land described by who overran it, a capital standing for its
/// government. Sentences written for the test.
/// </summary>
public sealed class RealCopyEventWordingTests
{
    private static (string? Claimant, string Action, string? Place)[] Claims(string text) =>
        [.. Extract.From(text).Events.Select(e => (e.Claimant, e.Action, e.Place))];

    [Fact]
    public void DronesLaunchedAtATargetWithoutACountAreAnAttack()
    {
        Assert.Equal([(null, "attack", "Novorossiysk")], Claims("Ukrainian forces also launched drones at an oil terminal in Novorossiysk overnight."));
    }

    [Fact]
    public void AStrikeNounOpeningTheSentenceIsLocatedByItsOwnNounPhrase()
    {
        Assert.Equal(
            [("Dmitry Peskov", "strike", "Ukraine")],
            Claims("Strikes by the Russian army on Ukraine's power grid are a reply to attacks by the Kiev regime and do not hurt talks with Washington, Kremlin spokesman Dmitry Peskov said."));
    }

    [Fact]
    public void ADefiniteAssaultRepelledIsTheAssaultJustTold()
    {
        Assert.Equal(
            [("army officers", "attack", null)],
            Claims("The militia attacked a garrison in the west with drones and artillery, according to two army officers. The officers said troops repelled the assault."));
    }

    [Fact]
    public void CitiesDescribedByWhoOverranThemAreNoCapture()
    {
        Assert.Empty(Claims("The general said the plan would leave the militia in control of the cities it had overrun."));
    }

    [Fact]
    public void TroopsWhoTriedToStormPositionsAttackedThem()
    {
        Assert.Equal([("General Staff", "attack", "Kupiansk")], Claims("The General Staff said Russian units tried to storm its positions near Kupiansk four times."));
    }

    [Fact]
    public void FireOpenedInAListOfSectorsIsLocatedByTheFirstSector()
    {
        Assert.Equal([("Indian Army", "shell", "Kupwara")], Claims("The Indian Army said Pakistani troops opened fire in the Kupwara and Uri sectors overnight."));
    }

    [Theory]
    [InlineData("Syria's interior ministry said a drone strike killed two men on Monday in the country's north.")]
    [InlineData("Syria's interior ministry said two men were killed on Monday in a drone strike on the country's north.")]
    public void TheCountrysPartIsTheCountryTheSentenceNamed(string text)
    {
        Assert.Equal([("Syria's interior ministry", "strike", "Syria")], Claims(text));
    }

    [Fact]
    public void FireOpenedInTheAirIsNoShelling()
    {
        Assert.Empty(Claims("Police opened fire in the air to disperse the crowd."));
    }
}
