namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A country's outlet or body introduced by how it stands ("Iran's state-run Press TV", "Ukraine's popular Deepstate war
/// blog") speaks under its proper name, with the standing as its role, so "Press TV" and "Iran's state-run Press TV" both
/// name it; a ministry's city is no part of its name. Round 17 found "TV" as the speaker and Deepstate dropped. Sentences
/// written for the test.
/// </summary>
public sealed class OutletStandingTests
{
    [Theory]
    [InlineData("Iran's state-run Press TV said the truce held.", "Press TV", "Iran's state-run")]
    [InlineData("The truce held, Iran's state-run Press TV said.", "Press TV", "Iran's state-run")]
    [InlineData("Iran's state-run Press TV network also said the truce held.", "Press TV", "Iran's state-run")]
    [InlineData("Ukraine's official Center Against Disinformation said the truce held.", "Center Against Disinformation", "Ukraine's official")]
    [InlineData("Ukraine's popular Deepstate war blog said the truce held.", "Deepstate", "Ukraine's popular")]
    [InlineData("Lebanon's state-run National News Agency reported that the truce held.", "National News Agency", "Lebanon's state-run")]
    [InlineData("Reuters cited Iran's semi-official ISNA student news agency as saying the truce held.", "ISNA", "Iran's semi-official")]
    public void TheOutletSpeaksUnderItsProperNameWithItsStandingAsRole(string text, string speaker, string role)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal((speaker, role, "the truce held"), (statement.Speaker, statement.Role, statement.Text.ToLowerInvariant()));
    }

    [Fact]
    public void TheClaimOfAnOutletCarriesItsStandingToo()
    {
        var claim = Assert.Single(Extract.From("Lebanon's state-run National News Agency said Israeli jets struck the town of Khiam.").Events);
        Assert.Equal(("National News Agency", "Lebanon's state-run"), (claim.Claimant, claim.ClaimantRole));
    }

    [Theory]
    [InlineData("The Defense Ministry in Moscow estimated that Kyiv had lost 76,000 troops.", "Defense Ministry")]
    [InlineData("The United Nations Interim Force in Lebanon said its troops had been fired on.", "United Nations Interim Force in Lebanon")]
    [InlineData("The health ministry in Gaza said 30 people had been killed.", "health ministry in Gaza")]
    public void AMinistrysCityIsNoPartOfItsName(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Statements).Speaker);
    }
}
