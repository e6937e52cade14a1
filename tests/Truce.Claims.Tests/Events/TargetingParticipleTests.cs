namespace Truce.Claims.Tests.Events;

/// <summary>
/// Real 2025 copy names a campaign's target with a participle right after its noun: "drone strikes targeting the Belgorod
/// region", "stepped up drone attacks targeting Russian territory". The participle is that action's target, not a second
/// strike. Sentences written for the test.
/// </summary>
public sealed class TargetingParticipleTests
{
    private static (string? Claimant, string Action, string? Place)[] Claims(string text) =>
        [.. Extract.From(text).Events.Select(e => (e.Claimant, e.Action, e.Place))];

    [Fact]
    public void StrikesTargetingAPlaceAreOneStrikeThere()
    {
        Assert.Equal([(null, "strike", "Belgorod")], Claims("Ukraine launched drone strikes targeting Belgorod overnight."));
    }

    [Fact]
    public void AttacksSteppedUpTargetingAPlaceAreAnAttack()
    {
        Assert.Equal([(null, "attack", "Bryansk")], Claims("Ukraine has stepped up drone attacks targeting Bryansk this month."));
    }
}
