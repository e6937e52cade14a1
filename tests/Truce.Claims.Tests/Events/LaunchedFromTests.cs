namespace Truce.Claims.Tests.Events;

/// <summary>
/// Weapons said to have been launched from one place at or toward another are an attack on the second (README: drones
/// or missiles launched at a place are an attack); where they were launched from is no target. Sentences written for
/// the test.
/// </summary>
public sealed class LaunchedFromTests
{
    [Theory]
    [InlineData("The army said three rockets were launched from Lebanon toward Haifa on Monday.", "Haifa")]
    [InlineData("Officials said drones had been launched from the Kursk region at Sumy overnight.", "Sumy")]
    public void WeaponsLaunchedFromOnePlaceAtAnotherAreAnAttackOnTheOther(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The army said three rockets were launched from Lebanon on Monday.")]
    [InlineData("Officials said the drones that were launched from Kursk toward Sumy had been stored in a barn.")]
    public void WeaponsLaunchedWithNoTargetOrDescribedByARelativeClauseAreNoAttack(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }
}
