namespace Truce.Claims.Tests.Events;

/// <summary>
/// Event rules for constructions common in 2025 wire copy (AP, Reuters, AFP style), each on sentences
/// written for the test; the expected action and place follow the corpus annotation rules.
/// </summary>
public sealed class WireCopyEventTests
{
    [Theory]
    [InlineData("Russian troops gained control of Siversk, the ministry said.", "capture", "Siversk")]
    [InlineData("Ukrainian forces regained control of Kupiansk.", "recapture", "Kupiansk")]
    [InlineData("Russian forces bombarded Zaporizhzhia overnight.", "strike", "Zaporizhzhya")]
    [InlineData("Russian artillery fired on Nikopol on Monday.", "shell", "Nikopol")]
    [InlineData("Russian troops opened fire at Kherson overnight.", "shell", "Kherson")]
    [InlineData("Russian troops gained ground near Kostiantynivka.", "advance", "Kostiantynivka")]
    [InlineData("Russian forces broke through near Dobropillia.", "advance", "Dobropillia")]
    [InlineData("Russian forces made significant gains near Pokrovsk.", "advance", "Pokrovsk")]
    [InlineData("Russian forces are pushing toward Zaporizhzhia.", "advance", "Zaporizhzhya")]
    public void LessCommonVerbsOfTheLexiconAreClaims(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Officials said Russia had launched a new wave of sabotage and drone incursions against Lithuania this month.", "Lithuania")]
    [InlineData("Moscow launched a series of raids on Kharkiv overnight, the governor said.", "Kharkiv")]
    [InlineData("Belarus launched balloon incursions against Lithuania in October.", "Lithuania")]
    public void LaunchingAWaveOfRaidsOrIncursionsIsAnAttack(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The vote came after another night of Russian attacks on Odesa.", "Odesa")]
    [InlineData("Residents woke to a new night of drone attacks.", null)]
    public void ANightOfAttacksIsAnAttack(string text, string? place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Drone footage showed recent Russian advances west of Pokrovsk.", "Pokrovsk")]
    [InlineData("Ukrainian advances near Kupiansk have slowed the offensive, analysts said.", "Kupiansk")]
    [InlineData("Satellite images confirmed territorial gains near Siversk, the think tank said.", "Siversk")]
    public void AdvancesOfAnArmyTowardsAPlaceAreAnAdvance(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("advance", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("She rejected his advances in Paris.")]
    [InlineData("Technological advances in Kyiv have drawn investors.")]
    [InlineData("Markets saw steady gains in Kyiv and Warsaw.")]
    [InlineData("The retailer reported strong recent gains in Lviv.")]
    [InlineData("The brigade was sent to halt further Russian advances toward Kramatorsk.")]
    public void AdvancesOfNoArmyOrStillToBeStoppedAreNoClaim(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Kherson, which lost half its people during the occupation, sits on the Dnipro and has been shelled almost daily since.", "shell", "Kherson")]
    [InlineData("The port of Izmail, a hub for grain exports, lies on the Danube and was struck twice in August.", "strike", "Izmail")]
    public void APassiveSharingTheSubjectOfTheSentenceIsLocatedByTheSubject(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Fact]
    public void ASentenceOpenedByItsSpeakerKeepsTheSpeakerWhenTheOnlyQuoteIsALabel()
    {
        var report = Extract.From("Russia's defence ministry said Ukrainian drones had attacked an oil depot in Bryansk, in what it called a \"terrorist act\".");
        var claim = Assert.Single(report.Events);
        Assert.Equal(("Russia's defence ministry", "attack", "Bryansk"), (claim.Claimant, claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("\"There is a truce, but for us there is only less shelling,\" a farmer said.")]
    [InlineData("Officials in Kharkiv reported fewer air strikes this month.")]
    public void LessOrFewerStrikesCompareNoEventIsClaimed(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Moscow launched a cross-border offensive into Kharkiv Oblast in May.", "Kharkiv Oblast")]
    [InlineData("Ukrainian troops launched a surprise counter-offensive near Kupiansk.", "Kupiansk")]
    public void LaunchingAHyphenatedOffensiveIsAnAttack(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russian troops pushed into Kursk Oblast in August.", "advance", "Kursk Oblast")]
    [InlineData("Ukrainian forces advanced into Kursk Oblast last summer.", "advance", "Kursk Oblast")]
    [InlineData("Artillery fired shells into Kherson overnight.", "shell", "Kherson")]
    public void APlaceAfterIntoLocatesTheAction(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The air force said Russia fired 70 drones at Ukraine overnight and that 52 of them were shot down.")]
    [InlineData("Russia launched 120 drones against Ukraine, the air force said, adding that air defences downed 95 of them.")]
    public void DronesShotDownAreNotLocatedByTheCountryTheyWereLaunchedAt(string text)
    {
        var events = Extract.From(text).Events;
        Assert.Equal([("attack", "Ukraine"), ("shoot down", null)], events.Select(e => (e.Action, e.Place)));
    }

    [Theory]
    [InlineData("The air force said it had downed 61 of the 90 drones Russia fired at Ukraine overnight.")]
    [InlineData("Air defences shot down 40 of the 55 drones launched against Ukraine on Sunday, the air force said.")]
    public void TheCountryTheDownedDronesWereLaunchedAtDoesNotLocateTheShootingDown(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("shoot down", null), (claim.Action, claim.Place));
    }

    [Fact]
    public void ARegionTheDownedDronesWereOverStillLocatesTheShootingDown()
    {
        var claim = Assert.Single(Extract.From("The air force said it had downed 61 of the 90 drones Russia fired at Ukraine, most of them over the Poltava region.").Events);
        Assert.Equal(("shoot down", "Poltava Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ARegionNamedByAnEarlierActionStillLocatesTheLaterOne()
    {
        var events = Extract.From("The ministry said troops recaptured the Kursk region, saying they had liberated the village of Oleshnia.").Events;
        Assert.All(events, e => Assert.Equal("Kursk Oblast", e.Place));
    }

    [Theory]
    [InlineData("The army says four of its soldiers have been killed in attacks by militants since June.", null)]
    [InlineData("Two guards were wounded in a drone attack by rebels near Kharkiv, police said.", "Kharkiv")]
    public void PeopleKilledOrWoundedInAttacksByAnotherSideAssertAnAttack(string text, string? place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The spokeswoman said nine civilians were killed in the enemy's drone attacks across Russia last week.", "Russia")]
    [InlineData("Four people have been wounded in drone attacks in the Belgorod region, the governor said.", "Belgorod Oblast")]
    [InlineData("Eleven people were killed during heavy overnight attacks by drones on Ukraine, officials said.", "Ukraine")]
    [InlineData("More than 200 people have been killed in Israeli attacks since then, the ministry said.", null)]
    public void PeopleKilledOrWoundedInAttacksAssertAnAttackWithoutNamingTheAttacker(string text, string? place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void OneAttackThatKilledPeopleWithoutItsAttackerIsNoNewAttack()
    {
        Assert.Empty(Extract.From("Three people were killed in the attack, the mayor said.").Events);
    }

    [Theory]
    [InlineData("Officials fear more people could be killed in attacks by militants.")]
    [InlineData("Officials said more people might have been killed in attacks by militants.")]
    public void PeopleWhoMightBeKilledInAttacksAssertNoAttack(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void APullbackThatTookPlaceIsAWithdrawal()
    {
        var claim = Assert.Single(Extract.From("The first stage brought a prisoner exchange and an Israeli pullback to new lines inside Gaza.").Events);
        Assert.Equal(("withdraw", "Gaza"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Hamas demands a full Israeli pullback from Gaza.")]
    [InlineData("The plan calls for an Israeli pull-back to positions inside Gaza.")]
    public void APullbackDemandedOrPlannedIsNoClaim(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("An attack on Odesa damaged the port.", "attack", "Odesa")]
    [InlineData("Overnight attacks on energy infrastructure in Lviv left thousands without power.", "attack", "Lviv")]
    [InlineData("A Russian drone attack on Dnipro killed two people.", "attack", "Dnipro")]
    [InlineData("Israeli strikes killed 20 people in Gaza City, health officials said.", "strike", "Gaza")]
    [InlineData("Ukrainian troops launched an assault on Huliaipole.", "attack", "Hulyaypole")]
    public void AttacksAndStrikesNamedAsNounsAreClaims(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russian attacks near Pokrovsk were repelled, the General Staff said.", "attack", "Pokrovsk")]
    [InlineData("The ministry said the attacks had been repelled at three of the bases.", "attack", null)]
    [InlineData("Kherson came under shelling overnight.", "shell", "Kherson")]
    [InlineData("The town of Nikopol came under heavy fire on Sunday.", "shell", "Nikopol")]
    [InlineData("Kharkiv was hit overnight.", "strike", "Kharkiv")]
    [InlineData("Three missiles were intercepted over Kyiv.", "shoot down", "Kyiv")]
    [InlineData("Kharkiv came under a massive drone attack overnight, the mayor said.", "attack", "Kharkiv")]
    [InlineData("Ukrainian troops have been pushed back from several positions near Siversk.", "withdraw", "Siversk")]
    public void APassiveIsLocatedByItsSubject(string text, string action, string? place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Fact]
    public void RepelledAttacksTheArticleHasJustNamedAreNotCountedTwice()
    {
        var report = Extract.From("Ukraine's military said Russian troops attacked positions near Kupiansk 14 times. The General Staff said all the attacks had been repelled.");
        Assert.Equal("attack", Assert.Single(report.Events).Action);
    }

    [Theory]
    [InlineData("Russia threatened to strike Kyiv with new missiles.")]
    [InlineData("Officials warned that Russian forces could attack Kramatorsk next.")]
    [InlineData("Analysts said Russia wants to capture Pokrovsk before winter.")]
    [InlineData("It was unclear whether Russian troops had captured Siversk.")]
    [InlineData("If Russia attacked Odesa again, the deal would be off.")]
    [InlineData("Did Russian forces shell Kherson on Sunday?")]
    [InlineData("Kyiv agreed to a pledge to halt attacks on energy infrastructure.")]
    [InlineData("The Kremlin said the moratorium on attacks against energy sites had expired.")]
    [InlineData("She said Russia would respond to any attack on its ships.")]
    [InlineData("The capture of Pokrovsk would open the road to Kramatorsk.")]
    [InlineData("\"Every time our engineers get close, the shelling starts again,\" the governor of the Kherson region said.")]
    public void ThreatsPlansConditionsAndQuestionsAreNotClaims(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("The economy of Kharkiv was hard hit by the war.")]
    [InlineData("\"Our power supply is being hit again and again,\" the mayor of Sumy said.")]
    public void GenericHittingIsNotAStrike(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void TheStrikeTakingUpAStrikeAlreadyReportedIsNotAnotherClaim()
    {
        var report = Extract.From("A Russian missile struck Kramatorsk on Tuesday. The mayor said the strike damaged a school.");
        Assert.Equal("strike", Assert.Single(report.Events).Action);
    }

    [Theory]
    [InlineData("Ukraine's Security Service said its drones had struck airbases deep inside Russia, including Belaya in the Irkutsk region.", "Irkutsk Oblast")]
    [InlineData("Russian forces captured the village of Novomykhailivka in the Donetsk region, the ministry said, while Ukraine reported clashes near Pokrovsk.", "Donetsk Oblast")]
    [InlineData("Russian forces advanced in the Donetsk region's Pokrovsk district.", "Donetsk Oblast")]
    [InlineData("The ministry said air defences destroyed 28 drones over the Black Sea and Crimea.", "Black Sea region")]
    [InlineData("Russian air defences shot down drones over the Kursk and Belgorod regions.", "Kursk Oblast")]
    public void TheMostSpecificPlaceOfTheActionsOwnClauseLocatesIt(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Extract.From(text).Events).Place);
    }

    [Fact]
    public void AnActionNamingItsOwnUnknownLocationTakesNoOtherPlace()
    {
        var report = Extract.From("The General Staff said Russian forces had attacked 37 times in the Kupiansk sector and had advanced near the village of Kindrashivka.");
        Assert.Null(Assert.Single(report.Events, e => e.Action == "advance").Place);
    }

    [Theory]
    [InlineData("Russia launched a massive drone and missile barrage against Kyiv overnight.", "attack", "Kyiv")]
    [InlineData("The air force said Russia fired 653 drones and 51 missiles at Ukraine.", "attack", "Ukraine")]
    [InlineData("The army said Russian forces fired rockets at a hospital in Sumy.", "attack", "Sumy")]
    [InlineData("The ministry said its forces had carried out a \"massive strike\" on energy facilities in Kharkiv.", "strike", "Kharkiv")]
    [InlineData("In the western Lviv region, a drone hit an industrial facility, the governor said.", "strike", "Lviv Oblast")]
    [InlineData("Ukraine's forces carried out a drone attack on the Ryazan oil refinery, the General Staff said.", "attack", "Ryazan\u2019")]
    [InlineData("Ukrainian troops launched a counteroffensive near Kupiansk.", "attack", "Kupiansk")]
    [InlineData("Ukrainian forces counterattacked near Pokrovsk.", "attack", "Pokrovsk")]
    [InlineData("Air defence units neutralised 45 drones over the Kyiv region.", "shoot down", "Kyiv Oblast")]
    public void BarragesVolleysAndQuotedStrikesAreClaims(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Russian air defences intercepted and destroyed 121 Ukrainian drones over the Bryansk region.", "shoot down", "Bryansk Oblast")]
    [InlineData("Witnesses said an airstrike hit a car in Gaza City.", "strike", "Gaza")]
    public void TwoWordsForOneActionMakeOneClaim(string text, string action, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal((action, place), (claim.Action, claim.Place));
    }

    [Fact]
    public void ADestinationIsNotWhereAStrikeHappened()
    {
        var claim = Assert.Single(Extract.From("The ministry said it struck depots used to deliver weapons to Ukraine.").Events);
        Assert.Null(claim.Place);
    }

    [Theory]
    [InlineData("Russia's economy has been hit by sanctions, the central bank in Moscow said.")]
    [InlineData("Oil prices hit a record high in London.")]
    [InlineData("European leaders attacked the plan in Brussels.")]
    [InlineData("Lavrov launched a verbal attack on Zelensky in Moscow.")]
    [InlineData("The U.S. advanced a 28-point plan in Geneva.")]
    [InlineData("Russia withdrew from the grain deal in Istanbul.")]
    [InlineData("The EU seized Russian assets in Belgium.")]
    [InlineData("Footage captured the moment a drone exploded over Kharkiv.")]
    [InlineData("The video was captured in Kherson.")]
    [InlineData("The EU targeted Russian banks with new sanctions in Brussels.")]
    [InlineData("Russia withdrew its ambassador from Warsaw.")]
    [InlineData("Ukraine pulled out of the talks in Istanbul.")]
    public void TheSameVerbsInPoliticsMarketsAndMediaAreNotClaims(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AStrikeJustBeforeTalksIsStillAStrike()
    {
        Assert.Equal("Kyiv", Assert.Single(Extract.From("Russia struck Kyiv hours before talks began in Geneva.").Events).Place);
    }

    [Theory]
    [InlineData("The ministry said its soldiers had \"completed the liberation\" of Pokrovsk.")]
    [InlineData("The ministry said its soldiers had \u201Ccompleted the liberation\u201D of Pokrovsk.")]
    public void AQuoteClosingInsideTheActionPhraseStillLeavesTheClaim(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("liberate", "Pokrovsk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ARelativeClauseOnAPlacesAppositionIsTheArticlesBackgroundNotTheSpeakersClaim()
    {
        var events = Extract.From("The ministry said its soldiers had captured Lyman, a rail town on the Siverskyi Donets that Ukraine retook in 2022.").Events;
        Assert.Equal([("ministry", "capture"), (null, "recapture")], events.Select(e => (e.Claimant, e.Action)));
    }

    [Fact]
    public void HavingTakenTheVillageOfAPlaceIsACapture()
    {
        var claim = Assert.Single(Extract.From("The ministry said its troops had taken the village of Novoselivka, east of Orikhiv.").Events);
        Assert.Equal("capture", claim.Action);
    }

    [Fact]
    public void BeingPushedBackFromTheOutskirtsOfAPlaceIsTheOtherSidesAdvanceThere()
    {
        var claim = Assert.Single(Extract.From("A spokesman said Russian units had been pushed back from the southern outskirts of Lyman.").Events);
        Assert.Equal(("advance", "Lyman"), (claim.Action, claim.Place));
    }

    [Fact]
    public void BeingPushedBackWithNoPlaceLeftIsStillAWithdrawal()
    {
        Assert.Equal("withdraw", Assert.Single(Extract.From("Ukrainian units were pushed back near Lyman.").Events).Action);
    }

    [Fact]
    public void ABareAttackedToldWithWhereAndHowOftenIsAnAttackAndTheTownLocatesWhatFollows()
    {
        var events = Extract.From("The command said enemy troops had attacked near Pokrovsk 21 times, and that Ukrainian units had pulled back from two positions east of the town.").Events;
        Assert.Equal([("attack", "Pokrovsk"), ("withdraw", "Pokrovsk")], events.Select(e => (e.Action, e.Place)));
    }

    [Fact]
    public void AttackingTheTownIsLocatedInTheTownNotInTheVillageTakenBefore()
    {
        var events = Extract.From("The ministry said its forces had captured the village of Zarichne, south of Lyman, and were attacking the town from two sides.").Events;
        Assert.Equal(("attack", "Lyman"), (events[^1].Action, events[^1].Place));
    }

    [Fact]
    public void ABareTookCapturesAPlaceTheGazetteerKnowsAndNothingElse()
    {
        var events = Extract.From("The rebels seized Goma in March and took Bukavu a month later. The remark took Putin by surprise.").Events;
        Assert.Equal([("capture", "Goma"), ("capture", "Bukavu")], events.Select(e => (e.Action, e.Place)));
    }

    [Theory]
    [InlineData("It was one of the deadliest attacks on the Kharkiv region this year.")]
    [InlineData("Poltava has been struck less often than cities near the front.")]
    public void AComparisonWithOtherAttacksClaimsNone(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void OneOfTheWeaponsHittingIsStillAStrike()
    {
        Assert.Equal("strike", Assert.Single(Extract.From("The governor said one of the missiles hit a school in Kharkiv.").Events).Action);
    }

    [Fact]
    public void AssaultsRepulsedAfterTheyWereToldAreNoSecondAttack()
    {
        var claim = Assert.Single(Extract.From("The army said rebels had attacked its positions near Lyman on Friday, and that the assaults had been repulsed.").Events);
        Assert.Equal(("attack", "Lyman"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AnAttackOnADayIsWhenNotWhatWasAttacked()
    {
        var events = Extract.From("Drones struck Odesa overnight. The attack on Friday came a day after talks ended in Geneva.").Events;
        Assert.Equal([("strike", "Odesa")], events.Select(e => (e.Action, e.Place)));
    }

    [Theory]
    [InlineData("Kyiv's General Staff said its units repelled 31 assaults near Kupiansk. Another 40 attacks were repulsed near Lyman, it said.")]
    [InlineData("Troops beat back 12 attacks near Huliaipole. Further 9 attacks were repelled near Lyman, the staff said.")]
    public void ACapitalisedNewCountOfRepelledAttacksIsAnAttackOfItsOwn(string text)
    {
        var events = Extract.From(text).Events;
        Assert.Equal(2, events.Count(e => e.Action == "attack"));
        Assert.Contains(events, e => e.Action == "attack" && e.Place == "Lyman");
    }

    [Theory]
    [InlineData("The Thai army said on Sunday it had carried out airstrikes on Cambodian positions.")]
    [InlineData("Israel said it conducted airstrikes against Hezbollah sites overnight.")]
    [InlineData("Airstrikes on the port continued through the night, officials said.")]
    public void AirstrikesWrittenAsOneWordAreStrikes(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal("strike", claim.Action);
    }

    [Theory]
    [InlineData("Two men were killed in a drone strike near Kherson, the governor said.", "Kherson")]
    [InlineData("A woman was wounded in an air strike on Kharkiv, medics said.", "Kharkiv")]
    public void PeopleKilledInAStrikeClaimTheStrike(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("strike", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void PeopleKilledInTheStrikeAlreadyToldClaimNoSecondStrike()
    {
        var events = Extract.From("A missile struck Dnipro on Monday. Three people were killed in the strike, the mayor said.").Events;
        Assert.Equal([("strike", "Dnipro")], events.Select(e => (e.Action, e.Place)));
    }

    [Theory]
    [InlineData("The president said Russia had launched more than 1,200 drones against Ukraine this week.")]
    [InlineData("The air force said Russia launched nearly 90 missiles against Ukraine in October.")]
    public void LaunchingALargeCountOfDronesOrMissilesIsAnAttack(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", "Ukraine"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The official said Moscow still insisted on a complete Ukrainian withdrawal from the Donetsk region.")]
    [InlineData("European leaders called for a withdrawal from Zaporizhzhia of all Russian troops.")]
    public void AWithdrawalInsistedOnOrCalledForIsNoClaim(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void TheCountryNamingTheWarDoesNotLocateAnActionOfIt()
    {
        var claim = Assert.Single(Extract.From("Envoys met in Geneva to discuss ending the war in Ukraine, while the army said its troops had captured three villages.").Events);
        Assert.Equal(("capture", (string?)null), (claim.Action, claim.Place));
    }

    [Fact]
    public void TheWarInACountryDoesNotLocateAnActionToldInTheSameClause()
    {
        var claim = Assert.Single(Extract.From("In the fourth winter of the war in Ukraine, the ministry said its troops had captured two villages.").Events);
        Assert.Equal(("capture", (string?)null), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Shelling of Kupiansk intensified, and Moscow's troops have pushed into the town's northern districts.", "Kupiansk")]
    [InlineData("Pressure on Lyman has grown and Moscow's forces have pushed into the town's southern outskirts, officers said.", "Lyman")]
    public void ACapitalStandingForItsArmyIsNotTheTownTheActionTakes(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events, e => e.Action == "advance");
        Assert.Equal(place, claim.Place);
    }

    [Fact]
    public void AnOccupiedAreaThatFramesTheSentenceLocatesAnUnknownTown()
    {
        var claim = Assert.Single(Extract.From("In the occupied West Bank, Israeli troops stormed the village of Beit Ummar at dawn.").Events);
        Assert.Equal(("attack", "West Bank"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("The mayor said that about 200 drones and 15 missiles had been launched at the city since Friday.")]
    [InlineData("Officials said 70 rockets were launched at border towns overnight.")]
    public void DronesOrMissilesThatHadBeenLaunchedAtATargetAreAnAttack(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal("attack", claim.Action);
    }

    [Theory]
    [InlineData("Air defences shot down 40 of the 60 drones launched at the capital.")]
    [InlineData("Most of the drones that were launched at the capital overnight were shot down, the mayor said.")]
    public void DronesLaunchedThatOnlyDescribeWhatWasShotDownAddNoAttack(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal("shoot down", claim.Action);
    }

    [Fact]
    public void RespondingToAttacksByAnotherSideClaimsThoseAttacks()
    {
        var claim = Assert.Single(Extract.From("The militia's spokesman said its fighters had only responded to attacks by the army near Kherson.").Events);
        Assert.Equal(("attack", "Kherson"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AVowToRespondToAnyAttackIsNoClaim()
    {
        Assert.Empty(Extract.From("The army vowed to respond to any attack by the rebels.").Events);
    }

    [Theory]
    [InlineData("The army said soldiers had opened fire at a man who approached the fence near Kherson.")]
    [InlineData("Police said officers fired on a suspect in Kharkiv.")]
    [InlineData("Troops opened fire at \"an armed attacker\" near Odesa, the army said.")]
    public void OpeningFireAtOnePersonIsNoShelling(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void OpeningFireAtPositionsIsStillShelling()
    {
        var claim = Assert.Single(Extract.From("Russian troops opened fire at Ukrainian positions near Kherson.").Events);
        Assert.Equal(("shell", "Kherson"), (claim.Action, claim.Place));
    }

    [Fact]
    public void APlaceOpeningTheSentenceStillFramesAClauseJoinedByWhile()
    {
        var claim = Assert.Single(Extract.From("In Kharkiv, families slept in metro stations, while drones struck overnight.").Events);
        Assert.Equal(("strike", "Kharkiv"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ACallForHelpDoesNotHideAnAttackToldAfterIt()
    {
        var claim = Assert.Single(Extract.From("The president called for more air defence systems after Russia attacked Kharkiv overnight.").Events);
        Assert.Equal(("attack", "Kharkiv"), (claim.Action, claim.Place));
    }
}
