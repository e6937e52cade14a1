namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Capitalised names of treaties, accords and lines are no people: a pronoun after one means the person who spoke, in
/// sentences written for the test.
/// </summary>
public sealed class CapitalisedThingTests
{
    [Theory]
    [InlineData("the Helmand Waters Treaty")]
    [InlineData("the Black Sea Grain Agreement")]
    [InlineData("the old Minsk Protocol")]
    [InlineData("the Green Line")]
    public void HeAfterANamedTreatyMeansTheSpeaker(string thing)
    {
        var text = "An interior ministry spokesman told reporters the border would stay closed. He accused the neighbours of breaking " + thing +
            ". Any new violation, he said, would be \"answered in kind\".";
        var statements = Extract.From(text).Statements;
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("interior ministry spokesman", s.Speaker));
    }
}
