namespace Truce.Claims.Tests.Events;

/// <summary>
/// "N drones had been launched" reports the night's attack in the passive (README: "launched/fired N drones|missiles"
/// is an attack); drones that only describe what was shot down add none. Sentences written for the test.
/// </summary>
public sealed class PassiveLaunchTests
{
    [Theory]
    [InlineData("The air force said 120 drones and four missiles had been launched overnight.")]
    [InlineData("The air force said more than 300 attack drones were launched during the night.")]
    public void ACountOfDronesThatWereLaunchedIsAnAttack(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("air force", "attack"), (claim.Claimant, claim.Action));
    }

    [Fact]
    public void DronesThatHadBeenLaunchedDescribingTheShotDownAddNoAttack()
    {
        var claim = Assert.Single(Extract.From("The air force said it shot down 52 of the 80 drones that had been launched overnight.").Events);
        Assert.Equal("shoot down", claim.Action);
    }

    [Fact]
    public void DronesLaunchedWithNoCountAreNoAttackOfTheirOwn()
    {
        Assert.Empty(Extract.From("The air force said the drones had been launched from Kursk.").Events);
    }
}
