namespace Truce.Claims.Tests.Events;

/// <summary>
/// The standfirst (the summary line between the title and the byline) is a second title; titles state nothing
/// (README), and the body tells its events again. Articles written for the test.
/// </summary>
public sealed class StandfirstTests
{
    [Fact]
    public void AStandfirstBetweenTheTitleAndTheBylineClaimsNothing()
    {
        const string article = "Truce talks resume as Russia pounds Odesa\n\nEnvoys meet in Istanbul as drones hit Odesa and Izmail overnight.\n\nBy Staff Reporter\n\n"
            + "Envoys met in Istanbul on Tuesday. The governor said drones struck a port in Izmail overnight.\n";
        var claim = Assert.Single(Extract.From(article).Events);
        Assert.Equal(("strike", "Izmail"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AFirstBodyParagraphAfterTheBylineStillClaims()
    {
        const string article = "Truce talks resume\n\nBy Staff Reporter\n\nDrones hit Odesa overnight, the governor said.\n\nEnvoys met in Istanbul on Tuesday.\n";
        var claim = Assert.Single(Extract.From(article).Events);
        Assert.Equal(("strike", "Odesa"), (claim.Action, claim.Place));
    }
}
