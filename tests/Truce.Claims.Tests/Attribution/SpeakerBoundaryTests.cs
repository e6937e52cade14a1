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
    [Fact]
    public void ARoleWithItsRelativeClauseIsTheDescriptionThatSpeaks()
    {
        var statement = Assert.Single(Extract.From("The draft would hand the customs posts to a joint mission, according to a person who has read it.").Statements);
        Assert.Equal("person who has read it", statement.Speaker);
    }

    [Fact]
    public void AWorkplaceNounBeforeOfficialsIsPartOfTheirDescription()
    {
        var statement = Assert.Single(Extract.From("Two shells hit the market in Tiraspol on Sunday, according to clinic officials.").Statements);
        Assert.Equal("clinic officials", statement.Speaker);
    }

    [Fact]
    public void ASpeakerReportingAfterATimePhraseOpeningWithDayAfterIsTheSpeaker()
    {
        const string text = "President Maia Sandu visited the border on Monday.\n\nThe convoy left Chisinau at dawn, a day after Ms Sandu said the crossing was safe again.";
        Assert.Equal("Maia Sandu", LastSpeaker(text));
    }

    [Fact]
    public void AnOrganisationThatDeclinesToCommentButSaysSomethingReportsIt()
    {
        var statement = Assert.Single(Extract.From("Moldova's Defence Ministry did not comment on the claim but said its patrols had seen nothing unusual overnight.").Statements);
        Assert.Equal(("Moldova's Defence Ministry", "its patrols had seen nothing unusual overnight"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void WhatItCalledAfterAReportIsTheReportersWords()
    {
        const string text = "President Maia Sandu spoke in Chisinau on Monday.\n\nThe Transnistrian Interior Ministry said troops had crossed the river, in what it called a \"planned provocation\".";
        Assert.Equal("Transnistrian Interior Ministry", LastSpeaker(text));
    }
    [Fact]
    public void AnAgencyQuotingHimAsSayingGivesTheQuoteToThePersonJustNamed()
    {
        const string text = "Interior Minister Ion Rusu spoke after the vote.\n\nPresident Maia Sandu was calmer. Chisinau's mayor was not.\n\n"
            + "Deputy Minister Andrei Popa was blunter. TASS quoted him as saying that Tiraspol was \"playing for time\" on the bridge.";
        Assert.Equal("Andrei Popa", LastSpeaker(text));
    }
    [Fact]
    public void AnAdverbOpeningTheSentenceWithoutACommaIsNotPartOfTheName()
    {
        const string text = "President Maia Sandu visited the border on Monday. Later Sandu said the crossing would reopen on Friday.";
        Assert.Equal("Maia Sandu", LastSpeaker(text));
    }
    [Theory]
    [InlineData("Moldova's border guard Andrei Munteanu said the crossing was closed.", "Andrei Munteanu")]
    [InlineData("The Moldovan monitoring group Votum said the crossing was closed.", "Votum")]
    public void ANameAfterAKindOfBodyIsTheBodyButANameAfterAServiceIsAPerson(string text, string speaker) =>
        Assert.Equal(speaker, LastSpeaker(text));

    [Theory]
    [InlineData("Maj Gen Piotr Nowak told reporters the brigade had reached the border.", "Piotr Nowak")]
    [InlineData("Lt Col Anna Berg said the patrol had come under fire.", "Anna Berg")]
    [InlineData("Rear Adm Tomas Lind said the convoy had turned back.", "Tomas Lind")]
    public void AMilitaryRankWithoutItsFullStopIsATitleNotPartOfTheName(string text, string speaker) =>
        Assert.Equal(speaker, LastSpeaker(text));
}
