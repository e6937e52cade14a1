namespace Truce.Claims.Tests.Events;

/// <summary>
/// Front-line wordings: pushing the enemy back towards a border or line is an advance, and a repelled
/// counter-offensive is an attack by the other side (README). Sentences written for the test.
/// </summary>
public sealed class PushBackAndCounterOffensiveTests
{
    [Theory]
    [InlineData("Ukrainian forces pushed Russian troops back towards the border near Vovchansk, the General Staff said.", "Vovchansk")]
    [InlineData("The ministry said its units had driven the enemy back across the river in the Kursk region.", "Kursk Oblast")]
    public void PushingTheEnemyBackTowardsABorderIsAnAdvance(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("advance", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void PushingAMeetingBackIsNoAdvance()
    {
        Assert.Empty(Extract.From("The envoys pushed the meeting back to next week.").Events);
    }

    [Theory]
    [InlineData("The General Staff said its troops had repulsed a Russian counter-offensive near Kupiansk.")]
    [InlineData("The ministry said it had repelled two Ukrainian counteroffensives near Kupiansk.")]
    public void ARepelledCounterOffensiveIsAnAttack(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", "Kupiansk"), (claim.Action, claim.Place));
    }
}
