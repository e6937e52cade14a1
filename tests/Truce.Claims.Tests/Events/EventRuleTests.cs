using Truce.Claims.Events;
using Truce.Claims.Parties;

namespace Truce.Claims.Tests.Events;

/// <summary>The event rules added after the second held-out set: each construction on text written for it.</summary>
public sealed class EventRuleTests
{
    private static readonly PartyMatcher Parties = new(PartyAliases.RussiaUkraineDefaults);

    [Theory]
    [InlineData("The General Staff said Russian forces continue to attack near Kupiansk.", "attack", "Kupiansk")]
    [InlineData("Officials said Russian troops kept shelling the outskirts of Kherson.", "shell", "Kherson")]
    [InlineData("Analysts said Russian units continued to advance towards Pokrovsk.", "advance", "Pokrovsk")]
    public void AnActionThatContinuesIsAClaim(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The ministry said its forces had carried out a massive strike on energy facilities.", "strike")]
    [InlineData("Ukraine's air force said Russia launched 94 drones and two ballistic missiles overnight.", "attack")]
    [InlineData("The air force said Russia launched dozens of Shahed drones at the city.", "attack")]
    public void StrikesAndAttacksNamedAsNounsAreClaims(string text, string action)
    {
        Assert.Equal(action, Assert.Single(Extract.From(text).Events).Action);
    }

    [Fact]
    public void APossessiveRightAfterTheVerbLocatesTheTarget()
    {
        var claim = Assert.Single(Extract.From("The agency said a new wave of strikes on Ukraine's power plants had damaged two substations.").Events);
        Assert.Equal("Ukraine", claim.Place);
    }

    [Fact]
    public void APossessiveBeforeTheVerbIsTheActorNotThePlace()
    {
        var claim = Assert.Single(Extract.From("Ukraine's air force said it had shot down 20 drones.").Events);
        Assert.Null(claim.Place);
    }

    [Theory]
    [InlineData("The commander said his soldiers had captured four Russian servicemen near Borova.")]
    [InlineData("He said some of these men were captured in Mariupol in 2022.")]
    public void PrisonersCapturedAreNotATerritorialCapture(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void TerritoryCapturedIsStillACapture()
    {
        Assert.Equal("capture", Assert.Single(Extract.From("The ministry said its troops had captured the village of Stepnohirsk.").Events).Action);
    }

    [Theory]
    [InlineData("The governor of the occupied part of the Zaporizhzhia region said the roads were open.")]
    [InlineData("Residents returned to the recently liberated village of Stepnohirsk.")]
    public void AParticipleUsedAsAnAdjectiveIsNotAClaim(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AStrikeWithoutAWeaponWordSuggestsTheStrikeFamilyNotAGuess()
    {
        Assert.Equal("strike.*", Assert.Single(Extract.From("Ukraine's air force said Russia struck Odesa overnight.").Events).Taxonomy);
    }

    [Theory]
    [InlineData("Ukraine's air force said Russia launched 94 drones.", "Ukraine's air force said Russia ", "launched", "UA", "RU")]
    [InlineData("The Russian Defense Ministry said its forces had captured the town.", "The Russian Defense Ministry said its forces had ", "captured", "RU", "RU")]
    [InlineData("Kyiv said Ukrainian drones had attacked a bus.", "Kyiv said Ukrainian drones had ", "attacked", "UA", "UA")]
    [InlineData("The governor said we struck their positions.", "The governor said we ", "struck", "RU", "RU")]
    [InlineData("The governor said the school was shelled by Russian forces.", "The governor said the school was ", "shelled", "UA", "RU")]
    [InlineData("The governor said the school was shelled overnight.", "The governor said the school was ", "shelled", "UA", null)]
    [InlineData("Svitlana said she left after a drone struck the house.", "Svitlana said she left after a drone ", "struck", null, null)]
    public void TheActorIsWhoTheSentenceSaysActed(string sentence, string before, string verb, string? claimantParty, string? actor)
    {
        Assert.StartsWith(before, sentence, StringComparison.Ordinal);
        Assert.Equal(actor, EventActor.Of(sentence, before.Length, before.Length + verb.Length, claimantParty, Parties));
    }

    [Fact]
    public void ExtractedEventsCarryTheClaimantsAndTheActorsParty()
    {
        var claim = Assert.Single(Extract.From("Ukraine's air force said Russia launched 94 drones overnight.").Events);
        Assert.Equal("UA", claim.ClaimantParty);
        Assert.Equal("RU", claim.ActorParty);
    }
}
