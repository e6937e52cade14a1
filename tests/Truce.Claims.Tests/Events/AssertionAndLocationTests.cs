namespace Truce.Claims.Tests.Events;

/// <summary>
/// Rules from the corpus README's explicit wordings (repelled assaults, pushed back, launched drones) and from
/// what asserts an action and what locates it, each on sentences written for the test.
/// </summary>
public sealed class AssertionAndLocationTests
{
    [Theory]
    [InlineData("The army said its units had repelled 31 Russian assaults near Siversk.", "Siversk")]
    [InlineData("Ukrainian troops repulsed enemy attacks near Huliaipole overnight.", "Hulyaypole")]
    [InlineData("Defenders beat back two Russian assaults in the Lyman sector.", "Lyman")]
    public void RepellingAssaultsInTheActiveVoiceIsAnAttackClaim(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The brigade said it had pushed the enemy back from the edge of Kostiantynivka.", "Kostiantynivka")]
    [InlineData("Ukrainian units drove Russian troops back from three hamlets east of Siversk.", "Siversk")]
    public void PushingTheEnemyBackFromAPlaceIsAnAdvanceThere(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("advance", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The air force said it had downed 40 of the 65 drones Russia launched on Sunday night.")]
    [InlineData("Air defences intercepted 23 missiles that Moscow had fired at the west.")]
    [InlineData("The navy said it had destroyed nine drones launched by Russia over the sea.")]
    public void DronesThatOnlyDescribeWhatWasShotDownAddNoAttack(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("shoot down", null), (claim.Action, claim.Place));
    }

    [Fact]
    public void LaunchingDronesAsTheClausesOwnVerbIsStillAnAttack()
    {
        var claim = Assert.Single(Extract.From("Russia launched 71 drones at the Odesa region overnight, the air force said.").Events);
        Assert.Equal(("attack", "Odesa Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void FiringACountedNumberOfMissilesIsAnAttackAsTheReadmeSays()
    {
        var claim = Assert.Single(Extract.From("Moscow fired 35 cruise missiles at Lviv before dawn, the air force said.").Events);
        Assert.Equal(("attack", "Lviv"), (claim.Action, claim.Place));
    }

    [Fact]
    public void LaunchingOneMissileAtACityIsAStrikeThere()
    {
        var claim = Assert.Single(Extract.From("Russian forces launched an Iskander missile at Chernihiv on Friday, officials said.").Events);
        Assert.Equal(("strike", "Chernihiv"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The governor of the Kursk region said Ukrainian drones had struck the village of Pushkarnoye.", "strike", "Kursk Oblast")]
    [InlineData("Oleh Syniehubov, head of Ukraine's Kharkiv region, said Russian troops shelled a village near the border.", "shell", "Kharkiv Oblast")]
    public void ARegionTheSentenceNamesLocatesAnActionInAnUnknownVillageOfIt(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Odesa mayor Hennadiy Trukhanov said a missile had hit a school in the city's Kyivskyi district.", "Odesa")]
    [InlineData("Kharkiv's mayor said drones had struck two homes in the north of the capital of the region.", null)]
    [InlineData("Lviv's mayor said a drone had hit a warehouse on the edge of the city overnight.", "Lviv")]
    public void TheCityAfterTheVerbIsTheCityTheSentenceHasNamed(string text, string? place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(place, claim.Place);
    }

    [Theory]
    [InlineData("A Russian strike in Nikopol killed two people on Monday, the governor said.", "Nikopol")]
    [InlineData("The strikes, officials said, were the heaviest of the month. A missile strike on Sumy wounded nine.", "Sumy")]
    [InlineData("Air strikes and gunfire killed 11 people in Khan Younis, medics said.", "Khān Yūnis")]
    public void AStrikeInAPlaceThatKilledIsAStrikeThere(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void TheRegionAfterTheVerbIsTheRegionTheSpeakersRoleNames()
    {
        var claim = Assert.Single(Extract.From("Kherson regional governor Oleksandr Prokudin said Russian shelling had wounded six people in the region overnight.").Events);
        Assert.Equal(("shell", "Kherson Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void APlaceInTheAppositionThatJudgesTheClaimDoesNotLocateTheAction()
    {
        var claim = Assert.Single(Extract.From("Moscow said drones had attacked a depot in the Tula region, a claim Kyiv called absurd.").Events);
        Assert.Equal(("attack", "Tula Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ACaptureOfANamesakeInARegionIsACaptureInTheRegion()
    {
        var claim = Assert.Single(Extract.From("The ministry said its forces had captured Shchyrets, a village in the Donetsk region.").Events);
        Assert.Equal(("capture", "Donetsk Oblast"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The president has ruled out pulling back from the Zaporizhzhia region.")]
    [InlineData("Kyiv rejected withdrawing its brigades from Kramatorsk.")]
    [InlineData("Russia has occupied nearly 20 percent of Ukraine since 2014.")]
    [InlineData("Moscow's army occupied about a fifth of the country by the spring of 2022.")]
    public void RuledOutActionsAndAShareOfTheLandHeldAreNotEvents(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AnAccusationOfStrikingIsAStrike()
    {
        var claim = Assert.Single(Extract.From("The governor accused Russian forces of striking a bus depot in Nikopol.").Events);
        Assert.Equal(("strike", "Nikopol"), (claim.Action, claim.Place));
    }

    [Fact]
    public void StrikingAsAnAdjectiveIsNoStrike()
    {
        Assert.Empty(Extract.From("The envoy noted a striking change of tone in Moscow.").Events);
    }

    [Theory]
    [InlineData("Russian troops seized the hamlet of Zarichne Druhe, near Lyman, the ministry said.", "Lyman")]
    [InlineData("Units pushed the enemy back from Vovchyi Yar, south-east of Dobropillia, the brigade said.", "Dobropillia")]
    public void ATownThatPlacesAnUnknownVillageStillLocatesTheActionBeforeTheAttribution(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(place, claim.Place);
    }

    [Theory]
    [InlineData("Negotiators broke through the impasse over grain shipments, the mediators said.")]
    [InlineData("The envoy pushed forward with his proposal despite objections from Warsaw.")]
    [InlineData("Ceasefire efforts gained ground in Ankara on Friday.")]
    public void DiplomacyThatMovesIsNoAdvance(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void TroopsAdvancingDespiteTalksStillAdvance()
    {
        var claim = Assert.Single(Extract.From("Russian troops advanced near Toretsk despite the peace talks, the army said.").Events);
        Assert.Equal(("advance", "Toretsk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void APlaceTheParticipleLeavesInControlDoesNotLocateAWithdrawal()
    {
        var claim = Assert.Single(Extract.From("The troops withdrew to a new line, leaving Russia in control of the ridge.").Events);
        Assert.Equal(("withdraw", null), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russia pulled out of the UN-brokered Black Sea Grain Initiative in 2023.")]
    [InlineData("The minister struck a conciliatory tone in Brussels.")]
    public void LeavingAnAccordAndStrikingAToneAreNotMilitaryActions(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Russian units have pushed deep into the town of Siversk, analysts say.", "Siversk")]
    [InlineData("Russian troops are closing in on Kupiansk from the north, the institute said.", "Kupiansk")]
    public void PushingDeepIntoOrClosingInOnATownIsAnAdvanceThere(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("advance", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Moscow's plan makes any truce conditional on Ukraine withdrawing its forces from Kherson.")]
    [InlineData("\"Every night of waiting means fresh strikes on our towns,\" the mayor said.")]
    [InlineData("\"Reports about the capture of Siversk are invented,\" the brigade said.")]
    [InlineData("She said every account of a 'liberated' village must be checked.")]
    public void ConditionsHabitsAndClaimsTalkedAboutAreNotClaims(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void ACityFramingTheClauseLocatesAnActionInAnUnknownDistrict()
    {
        var claim = Assert.Single(Extract.From("In Odesa, a missile hit a warehouse in the Peresyp district, the regional governor said.").Events);
        Assert.Equal(("strike", "Odesa"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ACityFramingOnlyTheReportDoesNotLocateAnActionElsewhere()
    {
        var claim = Assert.Single(Extract.From("In Kherson, officials said Russian shelling had wounded three people in the Korabelnyi microdistrict.").Events);
        Assert.Equal(("shell", null), (claim.Action, claim.Place));
    }

    [Fact]
    public void AMonthAfterInIsNotALocation()
    {
        var claim = Assert.Single(Extract.From("In Kharkiv, residents walked past homes in a district where Russian troops had advanced in May.").Events);
        Assert.Equal(("advance", "Kharkiv"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ABombHittingAMarketIsAStrike()
    {
        var claim = Assert.Single(Extract.From("A glide bomb hit a market in Kramatorsk, the mayor said.").Events);
        Assert.Equal(("strike", "Kramatorsk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void LaunchingStrikesIsAStrike()
    {
        var claim = Assert.Single(Extract.From("Israel launched air strikes on targets in Syria overnight.").Events);
        Assert.Equal(("strike", "Syria"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AttackingWithWeaponsAndNoObjectIsStillAnAttack()
    {
        var claim = Assert.Single(Extract.From("The air force said Russia had attacked overnight with four missiles and 70 drones.").Events);
        Assert.Equal("attack", claim.Action);
    }

    [Fact]
    public void ThePassiveSubjectBeforeItsAppositionLocatesTheAction()
    {
        var events = Extract.From("Lyman, a rail junction in the east, was seized by Russia in May 2022 and retaken by Ukraine in October.").Events;
        Assert.Equal([("capture", "Lyman"), ("recapture", "Lyman")], events.Select(e => (e.Action, e.Place)));
    }

    [Fact]
    public void AParticipleGoingOnWithTheSameActionIsNoSecondClaim()
    {
        var claim = Assert.Single(Extract.From("The army said enemy gunners fired rockets at the border post, hitting a depot in Sumy.").Events);
        Assert.Equal(("strike", "Sumy"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AnActionNamedAsTheCauseIsNotLocatedByThePlaceOfTheResponse()
    {
        var events = Extract.From("Israel said it had struck two depots near Tyre in response to rocket attacks on its northern towns.").Events;
        Assert.Equal([("strike", "Tyre"), ("attack", null)], events.Select(e => (e.Action, e.Place)));
    }

    [Fact]
    public void AQuotedLabelForTheTargetDoesNotMakeTheReportersActionAClaim()
    {
        var claim = Assert.Single(Extract.From("On Monday, Israel launched air strikes on what it called \"militant infrastructure\" in Lebanon.").Events);
        Assert.Equal(("strike", null, "Lebanon"), (claim.Action, claim.Claimant, claim.Place));
    }

    [Fact]
    public void AssaultsThatWereRepulsedAreAnAttack()
    {
        var claim = Assert.Single(Extract.From("The army said 19 Russian assaults had been repulsed near Siversk.").Events);
        Assert.Equal(("attack", "Siversk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AnActionInReportsTheSpeakerDismissesIsNotClaimed()
    {
        Assert.Empty(Extract.From("The ministry dismissed as invented the reports that Ukrainian troops had retaken Lyman.").Events);
    }

    [Fact]
    public void AnAccusationOfTargetingAPlaceIsAStrikeClaim()
    {
        var claim = Assert.Single(Extract.From("Kyiv accused Moscow of targeting residential areas in Zaporizhzhia.").Events);
        Assert.Equal(("strike", "Zaporizhzhya"), (claim.Action, claim.Place));
    }

    [Fact]
    public void SayingWhatTheEnemyIsTargetingClaimsNoStrike()
    {
        Assert.Empty(Extract.From("\"They know which roads they are targeting,\" the commander said.").Events);
    }

    [Fact]
    public void AMissileSlammingIntoABuildingIsAStrike()
    {
        var claim = Assert.Single(Extract.From("A ballistic missile slammed into a school in Sumy, the governor said.").Events);
        Assert.Equal(("strike", "Sumy"), (claim.Action, claim.Place));
    }

    [Fact]
    public void RepellingAnAttemptToBreakThroughIsAnAttack()
    {
        var claim = Assert.Single(Extract.From("The brigade said it had repelled an enemy attempt to break through near Lyman.").Events);
        Assert.Equal(("attack", "Lyman"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Moscow's \"liberated\" hamlets are still in Ukrainian hands, the brigade said.")]
    [InlineData("Kyiv called Moscow's claims of capturing Lyman \"pure fiction\".")]
    [InlineData("The army branded reports that its gunners had shelled Donetsk a provocation.")]
    public void ScareQuotedAndRejectedActionsAreNotClaims(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AQuotedVerbWithItsObjectIsStillTheSpeakersClaim()
    {
        var claim = Assert.Single(Extract.From("The ministry said its units had \"liberated\" the village of Berestok in the Donetsk region.").Events);
        Assert.Equal(("liberate", "Donetsk Oblast"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russian artillery pummelled Nikopol through the night.", "strike", "Nikopol")]
    [InlineData("Russian assault groups entered the outskirts of Siversk, the analysts said.", "advance", "Siversk")]
    public void PummellingIsAStrikeAndEnteringATownsOutskirtsAnAdvance(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Fact]
    public void EnteringTalksIsNoAdvance()
    {
        Assert.Empty(Extract.From("Both sides entered the talks in Istanbul with low expectations.").Events);
    }
}
