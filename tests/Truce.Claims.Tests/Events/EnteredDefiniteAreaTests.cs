namespace Truce.Claims.Tests.Events;

/// <summary>
/// Troops that entered a definite area ("had entered the region", "entered the east of the city", "entered the town's
/// northern district") advanced into it, as troops that entered a named town did; people, convoys and talks that enter
/// something do not, nor does an entry a time clause sets beside the news ("weeks before its fighters entered the city"). Sentences written for the test.
/// </summary>
public sealed class EnteredDefiniteAreaTests
{
    private static (string? Claimant, string Action, string? Place)[] Claims(string text) =>
        [.. Extract.From(text).Events.Select(e => (e.Claimant, e.Action, e.Place))];

    [Theory]
    [InlineData("Kyiv admitted on Tuesday that Russian troops had entered the region for the first time.")]
    [InlineData("The media office said the army entered the east of the city on Tuesday.")]
    [InlineData("The ministry said its soldiers surrounded a brigade near the depot, and entered the town\u2019s northern district.")]
    public void TroopsEnteringADefiniteAreaAdvance(string text)
    {
        Assert.Equal("advance", Assert.Single(Claims(text)).Action);
    }

    [Fact]
    public void TheAreaEnteredIsLocatedByThePlaceNamedInIt()
    {
        Assert.Equal("Kherson", Assert.Single(Claims("Officials said the army entered the east of Kherson on Tuesday.")).Place);
    }

    [Theory]
    [InlineData("Aid trucks entered the region on Monday.")]
    [InlineData("The talks entered the final stage in Geneva.")]
    [InlineData("Displaced families entered the city after the truce.")]
    [InlineData("The group denied any plan to take the port, as it had weeks before its fighters entered the city.")]
    [InlineData("The station was blown up shortly before Russian troops entered the town.")]
    public void OthersEnteringAnAreaDoNotAdvance(string text)
    {
        Assert.Empty(Claims(text));
    }
}
