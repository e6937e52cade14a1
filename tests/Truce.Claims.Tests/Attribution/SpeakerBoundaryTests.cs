namespace Truce.Claims.Tests.Attribution;

/// <summary>Where a speaker phrase begins and ends in wire copy, in sentences written for the test.</summary>
public sealed class SpeakerBoundaryTests
{
    private static string LastSpeaker(string text) => Extract.From(text).Statements[^1].Speaker;

    [Fact]
    public void ARelativeClauseAfterTheSpeakerIsNotTheSpeaker() =>
        Assert.Equal("Votum", LastSpeaker("The Moldovan observer network Votum, which is close to the opposition, said the count had been delayed in the north."));

    [Fact]
    public void AnIngWordModifyingAnOrganisationNounDoesNotEndTheSpeaker() =>
        Assert.Equal("Votum", LastSpeaker("The Moldovan monitoring project Votum said the count had been delayed in the north."));

    [Fact]
    public void FootageThatShowsSomeoneTellingIsNotTheSpeaker() =>
        Assert.Equal("Ion Rusu", LastSpeaker(
            "Army chief Ion Rusu told President Maia Sandu during a visit to a base that the border had been calm for a week, according to video released by her office."));

    [Fact]
    public void AnOrganisationThatRejectsAClaimIsWhoAFollowingItMeans()
    {
        const string text = "The Transnistrian Interior Ministry said on Monday that troops had crossed the river. Moldova's Defence Ministry rejected the claims. "
            + "In its evening report it said the crossing had stayed open all night.";
        Assert.Equal("Moldova's Defence Ministry", LastSpeaker(text));
    }

    [Fact]
    public void APluralGroupThatSaysInThePresentReportsSpeech()
    {
        var statement = Assert.Single(Extract.From("Western diplomats and analysts say Tiraspol is stalling the talks until the winter.").Statements);
        Assert.Equal(("Western diplomats and analysts", "Tiraspol is stalling the talks until the winter"), (statement.Speaker, statement.Text));
    }
}
