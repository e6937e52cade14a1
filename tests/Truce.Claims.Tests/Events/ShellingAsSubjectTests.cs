namespace Truce.Claims.Tests.Events;

/// <summary>
/// Real copy makes the shelling, or the shell, the subject of a verb of hitting: "militia shelling struck a market", "the
/// shelling that targeted the area", "an artillery shell slammed into a petrol station". That is one shelling, told by
/// what it hit, not a shelling and a strike. Sentences written for the test.
/// </summary>
public sealed class ShellingAsSubjectTests
{
    [Theory]
    [InlineData("Witnesses said militia shelling struck a market in El Fasher on Monday.")]
    [InlineData("Residents fled the heavy shelling that targeted the district overnight.")]
    [InlineData("An artillery shell slammed into a petrol station near the border on Thursday.")]
    [InlineData("Mortar rounds hit a school in the village, the governor said.")]
    public void AShellingThatHitsIsOneShelling(string text)
    {
        Assert.Equal(["shell"], Extract.From(text).Events.Select(e => e.Action));
    }

    [Fact]
    public void AStrikeAfterShellingInAnotherClauseIsStillAStrike()
    {
        Assert.Equal(["shell", "strike"], Extract.From("The shelling went on for hours, and later drones struck a depot in Kherson.").Events.Select(e => e.Action));
    }
}
