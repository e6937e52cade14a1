namespace Truce.Claims.Tests.Events;

/// <summary>
/// Real copy names what was launched or fired at with a participle: "launching drones targeting Indian cities", "launched
/// operations targeting army posts", "opening fire with heavy weapons, targeting civilian areas". The launching or the
/// firing is an attack and "targeting" tells its target, as "launched drones at" does; it is no strike of its own.
/// Sentences written for the test.
/// </summary>
public sealed class LaunchedTargetingTests
{
    [Theory]
    [InlineData("Pakistan said India was secretly launching cheap drones targeting border towns.")]
    [InlineData("The rebels launched operations targeting army posts along the frontier.")]
    [InlineData("The spokesman accused the army of opening fire with light and heavy weapons, targeting homes.")]
    public void LaunchingOrFiringTargetingIsAnAttack(string text)
    {
        Assert.Equal(["attack"], Extract.From(text).Events.Select(e => e.Action));
    }

    [Fact]
    public void StrikesLaunchedTargetingAPlaceStayAStrike()
    {
        Assert.Equal(["strike"], Extract.From("Ukraine launched drone strikes targeting Belgorod overnight.").Events.Select(e => e.Action));
    }
}
