namespace Truce.Claims.Tests.Attribution;

/// <summary>Later, shorter references to people and organisations the article named in full, in sentences written for the test.</summary>
public sealed class BackReferenceTests
{
    [Fact]
    public void APersonNamedAtTheStartOfANarrationSentenceIsTheFullNameOfALaterSurname()
    {
        const string text = "Margit Halvorsen, Norway's chief mediator, arrived in Oslo on Monday.\n\n\"The gap is narrowing,\" Halvorsen said.";
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal("Margit Halvorsen", statement.Speaker);
    }

    [Fact]
    public void AnAndInsideTheAppositionDoesNotStartTheSpeaker()
    {
        const string text = "Arvid Lindqvist, the head of the trade council and Sweden's envoy for reconstruction, told reporters that the talks had been \"very useful\".";
        var statements = Extract.From(text).Statements;
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("Arvid Lindqvist", s.Speaker));
    }

    [Theory]
    [InlineData("Moldova's General Staff said on Monday that two drones had crossed the border. \"The situation is under control,\" the General Staff said.", "Moldova's General Staff")]
    [InlineData("The World Food Organization said its convoys were stuck at the crossing. The WFO said fuel would run out by Friday.", "World Food Organization")]
    [InlineData("Inspectors from the European Monitoring Agency visited the dam. The EMA said the spillway was damaged.", "European Monitoring Agency")]
    public void AShortFormOrAcronymIsTheOrganisationFirstNamedInFull(string text, string speaker) =>
        Assert.All(Extract.From(text).Statements, s => Assert.Equal(speaker, s.Speaker));

    [Fact]
    public void AClassNounIsTheLatestOrganisationOfThatKind()
    {
        const string text = "The London-based Centre for Strategic Analysis said the front line had barely moved in a month. The think tank also said both armies were short of artillery shells.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Centre for Strategic Analysis", s.Speaker));
    }

    [Fact]
    public void TheArmyIsTheMilitaryNamedByItsNationBefore()
    {
        const string text = "Moldova's military said on Monday it had closed two crossings on the river. The army said the closures would last a week.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Moldova's military", s.Speaker));
    }

    [Fact]
    public void WhenTheSpeakerSpokeIsNotPartOfTheirName()
    {
        var statement = Assert.Single(Extract.From("The Foreign Ministry on Friday said the ambassador had been summoned.").Statements);
        Assert.Equal("Foreign Ministry", statement.Speaker);
    }

    [Fact]
    public void APluralPossessiveApostropheStaysInTheName()
    {
        var statement = Assert.Single(Extract.From("Most of the detainees were held without charge, according to the Detainees' Rights Office.").Statements);
        Assert.Equal("Detainees' Rights Office", statement.Speaker);
    }
    [Fact]
    public void ASurnameAfterAFullNameWrittenInThePossessiveIsTheFullName()
    {
        const string text = "Maia Sandu, President Igor Dodonov's chief rival, spoke first.\n\nDodonov said the bridge would reopen on Friday.";
        var statement = Extract.From(text).Statements[^1];
        Assert.Equal("Igor Dodonov", statement.Speaker);
    }

    [Fact]
    public void ATitleBeforeAPersonsOfficeIsNotPartOfTheOfficesName()
    {
        const string text = "Moldovan Prime Minister Igor Dodonov's office said the bridge would reopen on Friday.";
        Assert.Equal("Igor Dodonov's office", Assert.Single(Extract.From(text).Statements).Speaker);
    }

    [Fact]
    public void ADescriptionBeforeACompanysNameIsNotPartOfTheName()
    {
        const string text = "Ukraine's state gas company Naftogaz said supplies to the north had been cut.";
        Assert.Equal("Naftogaz", Assert.Single(Extract.From(text).Statements).Speaker);
    }
    [Fact]
    public void ARoleFollowedByALongNameWithParticlesIsThatPersonAndTheirLaterPronoun()
    {
        const string text = "Oman's foreign minister, Sayyid Badr bin Hamad Al Busaidi, said in Muscat that the talks were at \"a turning point.\"\n\n\"Nobody wants another winter of this,\" he told reporters.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Badr bin Hamad Al Busaidi", s.Speaker));
    }
    [Fact]
    public void APersonKnownByFirstNameWhoActsAgainInTheNarrationIsWhoAFollowingPronounMeans()
    {
        const string text = "Olena, 52, a nurse who gave only her first name, said the shelter had been full since Monday.\n\n"
            + "\"The queues grow every night,\" said Anna Moraru, a volunteer.\n\n"
            + "Back at the clinic, Olena folded blankets for the night shift.\n\n"
            + "\"We sleep in turns now,\" she said.";
        Assert.Equal("Olena", Extract.From(text).Statements[^1].Speaker);
    }

    [Fact]
    public void ADefiniteNationalTitleAfterASentenceAboutANamedLeaderIsThatLeader()
    {
        var statements = Extract.From("Leaders met in Rome on Monday to discuss the reconstruction fund.\n\n"
            + "Maia Sandu, who arrived from Chisinau overnight, thanked the hosts but warned that money alone would not end the threat. "
            + "\"Every week we wait, the bill grows,\" the Moldovan president told reporters.").Statements;
        Assert.Equal("Maia Sandu", statements[^1].Speaker);
        Assert.Equal("Every week we wait, the bill grows", statements[^1].Text);
    }

    [Fact]
    public void AnIndefiniteNationalTitleIsNotTheLeaderNamedBefore()
    {
        var statements = Extract.From("Leaders met in Rome on Monday to discuss the reconstruction fund.\n\n"
            + "Maia Sandu, who arrived from Chisinau overnight, said the hosts had been generous. "
            + "A former Moldovan president said the fund had come too late.").Statements;
        Assert.Equal(("former Moldovan president", "the fund had come too late"), (statements[^1].Speaker, statements[^1].Text));
    }
}
