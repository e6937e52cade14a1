namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Speakers that front-line and street reporting describes rather than names (a soldier known by a call sign, a woman
/// given by first name and age, "the official" after an anonymous official), in sentences written for the test.
/// </summary>
public sealed class DescribedSpeakerTests
{
    [Fact]
    public void APrepositionOpeningASentenceIsNoPersonsName()
    {
        var statement = Extract.Only("Around Sloviansk, which Ukraine has held since 2022, Russian drones hit a depot.\n\n"
            + "A paratrooper with the call sign \"Grim\" described the night in a cellar.\n\n\"Nobody slept at all,\" he said.");
        Assert.Equal("paratrooper", statement.Speaker);
    }

    [Fact]
    public void ASoldierIntroducedByDescriptionInTheNarrationIsWhomTheNextHeMeans()
    {
        var statements = Extract.From("Serhiy Lysak, the regional governor, said four people were hurt.\n\n"
            + "In a trench near the river, a soldier with the call sign \"Kit\" checked his drone.\n\n\"They come every night,\" he said.").Statements;
        Assert.Equal(["Serhiy Lysak", "soldier"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ACallSignGivenAfterADescribedSpeakerNamesThemLater()
    {
        var statements = Extract.From("\"The line holds for now,\" said a company commander in the 47th Brigade, who uses the call sign \"Bober\" under military rules.\n\n"
            + "The General Staff said 40 attacks had been repelled.\n\nBober said his men had slept in turns for a week.").Statements;
        Assert.Equal(
            ["company commander in the 47th Brigade", "General Staff", "company commander in the 47th Brigade"],
            statements.Select(s => s.Speaker));
        Assert.Equal("his men had slept in turns for a week", statements[2].Text);
        Assert.All(statements.Where(s => s.Speaker != "General Staff"), s => Assert.Equal("Bober", s.CallSign));
        Assert.Null(statements[1].CallSign);
    }

    [Fact]
    public void APersonKilledOrWoundedInTheNarrationIsNotWhoSpeaksNext()
    {
        var statements = Extract.From("Maksym Petrenko, the mayor, said the drone hit a school.\n\nA man was wounded in the blast.\n\n\"We are rebuilding,\" he said.").Statements;
        Assert.All(statements, s => Assert.Equal("Maksym Petrenko", s.Speaker));
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void AnAgeBeforeAFirstNameIsNoTitle()
    {
        var statement = Extract.Only("Standing by her gate, 71-year-old Halyna told reporters she had heard three explosions.");
        Assert.Equal(("Halyna", "she had heard three explosions"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void UmmOpensAWomansNameSoSheMeansHer()
    {
        var statements = Extract.From("Umm Yusuf al-Najjar, who lives in a tent by the sea, said the night had been cold.\n\n"
            + "Envoy Adam Brooks is due in the region next week.\n\n\"We cannot sleep,\" she said.").Statements;
        Assert.Equal("Umm Yusuf al-Najjar", statements[^1].Speaker);
    }

    [Fact]
    public void TheOfficialIsTheAnonymousOfficialJustQuotedNotANamedOfficialBefore()
    {
        var statements = Extract.From("Kremlin official Yuri Sokolov said the talks would resume. A Turkish official, speaking on condition of anonymity, said the venue was not agreed.\n\n"
            + "\"Nobody wants to host them twice,\" the official said.").Statements;
        Assert.Equal(["Yuri Sokolov", "Turkish official", "Turkish official"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void TheOfficialStillMeansTheNamedOfficialWhenNoAnonymousOneCameAfter()
    {
        var statements = Extract.From("A Turkish official said the venue was not agreed. Kremlin official Yuri Sokolov said the talks would resume.\n\n"
            + "\"Nobody wants to host them twice,\" the official said.").Statements;
        Assert.Equal("Yuri Sokolov", statements[^1].Speaker);
    }

    [Theory]
    [InlineData("The United States said the ships would leave the strait by Friday.", "United States")]
    [InlineData("The Netherlands said it would send two more air defence systems.", "Netherlands")]
    public void ACountryNamedWithItsArticleSpeaksWholeForItsGovernment(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);

    [Theory]
    [InlineData("Russian military bloggers said the bridge had been hit twice.", "Russian military bloggers")]
    [InlineData("Aid agencies say fuel deliveries have stopped for a week.", "aid agencies")]
    [InlineData("A Ukrainian infantryman said his unit had not been relieved for a month.", "Ukrainian infantryman")]
    public void AGroupOrSoldierDescribedWithoutANameSpeaksUnderTheDescription(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker, ignoreCase: true);

    [Fact]
    public void TheMilitaryAfterANamedArmedForceIsThatForce()
    {
        var statements = Extract.From("The Israel Defense Forces said it had struck a rocket launcher. In a statement, the military said the launcher had been used that morning.").Statements;
        Assert.Equal(["Israel Defense Forces", "Israel Defense Forces"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void AnAbbreviationInTheClauseAfterAClosingAttributionDoesNotHideIt()
    {
        var statement = Extract.Only("Russian troops entered the outskirts of the town, Ukrainian officers said, as envoys met to discuss a U.S. draft.");
        Assert.Equal(("Ukrainian officers", "Russian troops entered the outskirts of the town"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ADemandThatReportsWhatTheSpeakerWants()
    {
        var statement = Extract.Only("Moscow demands that Kyiv withdraw its troops from the whole region.");
        Assert.Equal(("Moscow", "Kyiv withdraw its troops from the whole region"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void AnAnonymousSourceWithALongRelativeClauseIsTheDescriptionBeforeIt()
    {
        var statements = Extract.From("The ceasefire held through the night, according to a European official who spoke on condition of anonymity because the talks were confidential. "
            + "The official said the monitors would arrive on Friday.").Statements;
        Assert.Equal(["European official", "European official"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void OneOfThemSpeaksForTheGroupJustDescribed()
    {
        var statements = Extract.From("The vote was delayed, according to three diplomats familiar with the negotiations who were not authorised to speak. "
            + "One of them said the draft still had \"far too many gaps in it\" and would be redone.").Statements;
        Assert.Equal("diplomats familiar with the negotiations", statements[^1].Speaker);
        Assert.Equal("far too many gaps in it", statements[^1].Text);
    }

    [Fact]
    public void ASecondOfficialIsSomeoneNewNotTheOfficialBefore()
    {
        var statements = Extract.From("A U.N. official said the convoy was delayed. A second official said the road had been cleared. \"We expect it tomorrow,\" the official said.").Statements;
        Assert.Equal(["U.N. official", "official", "official"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void AddingThatAfterAClosingAttributionIsASecondReportBySameSpeaker()
    {
        var statements = Extract.From("Russia fired 40 drones overnight, Ukraine's air force said, adding that 31 had been shot down.").Statements;
        Assert.Equal(
            [("Ukraine's air force", "Russia fired 40 drones overnight"), ("Ukraine's air force", "31 had been shot down")],
            statements.Select(s => (s.Speaker, s.Text)));
    }

    [Theory]
    [InlineData("The envoy is expected in Riyadh next week, Saudi media report.", "Saudi media", "The envoy is expected in Riyadh next week")]
    [InlineData("The announcement came as EU foreign ministers, gathering in Luxembourg, warned that sanctions would stay in place.", "EU foreign ministers", "sanctions would stay in place")]
    [InlineData("Poland has made clear it will not send troops to Ukraine.", "Poland", "it will not send troops to Ukraine")]
    public void LessCommonReportingCuesStillNameTheirSpeaker(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal((speaker, words), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void AMeetingHostedInTheReportedClauseDoesNotMakeItsGuestTheSpeaker()
    {
        var statement = Extract.Only("Foreign Minister Ana Lopes, who chaired the session, said Lisbon was ready to host a meeting between the two presidents.");
        Assert.Equal("Ana Lopes", statement.Speaker);
    }

    [Fact]
    public void AClockTimeEndingASentenceDoesNotJoinItToTheNextOnesAttribution()
    {
        var statements = Extract.From("Mayor Ivan Koval said the depot was hit twice after 2 a.m. A bus driver waiting at the gate was wounded, he said.").Statements;
        Assert.Equal(
            [("Ivan Koval", "the depot was hit twice after 2 a.m"), ("Ivan Koval", "A bus driver waiting at the gate was wounded")],
            statements.Select(s => (s.Speaker, s.Text)));
    }

    [Fact]
    public void AClockTimeFollowedByItsDayStaysInItsSentence()
    {
        var statement = Extract.Only("Mayor Ivan Koval said the depot was hit at 2 a.m. Tuesday and again at dawn.");
        Assert.Equal("the depot was hit at 2 a.m. Tuesday and again at dawn", statement.Text);
    }

    [Fact]
    public void ANationsSideSpeaksForItsDelegation()
    {
        var statement = Extract.Only("The Russian side has insisted that any deal must include the whole region.");
        Assert.Equal(("Russian side", "any deal must include the whole region"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void TheNationsAdjectiveWithABodysHeadNounIsTheBodyNamedBefore()
    {
        var statements = Extract.From("Ukraine's Defence Ministry said its drones had hit a depot.\n\n"
            + "The Ukrainian ministry gave no figures, saying only that the depot had been \"destroyed\" overnight.").Statements;
        Assert.Equal("Ukraine's Defence Ministry", statements[^1].Speaker);
        Assert.Equal("destroyed", statements[^1].Text);
    }

    [Fact]
    public void AQuotedCallSignInsideAnInvertedAttributionKeepsTheQuoteAndNamesTheSpeakerLater()
    {
        var statements = Extract.From("\"The mortars start at dawn and go on until noon,\" says Andriy, a 27-year-old gunner with the call sign \"Hrim,\" who gave only his first name. "
            + "\"We sleep in the afternoon, if at all.\"\n\nThe regional governor, Ivan Kovalenko, said two villages had lost power.\n\n"
            + "Hrim said his crew had moved its position three times this month.").Statements;
        Assert.Equal(["Andriy", "Andriy", "Ivan Kovalenko", "Andriy"], statements.Select(s => s.Speaker));
        Assert.Equal("The mortars start at dawn and go on until noon", statements[0].Text);
        Assert.Equal("his crew had moved its position three times this month", statements[3].Text);
    }

    [Fact]
    public void ADescriptionWithARelativeClauseHoldingACallSignSpeaksAfterTheQuote()
    {
        var statements = Extract.From("\"Nobody here has heard of any truce on this stretch of the river,\" the battalion's chief of staff, who goes by the call sign \"Sych,\" told reporters.\n\n"
            + "Sych said the enemy had landed boats on the island twice. He said two of his men were wounded.").Statements;
        Assert.Equal(
            ["battalion's chief of staff", "battalion's chief of staff", "battalion's chief of staff"],
            statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ACallSignThatIsAlsoAVillageNameIsNoPlace()
    {
        var report = Extract.From("\"We have held this road for a month under fire,\" the platoon's commander, who goes by the call sign \"Kosa,\" told reporters. "
            + "Kosa said the shelling had eased overnight.");
        Assert.DoesNotContain(report.Places, p => p.Place.Name == "Kosa");
    }

    [Fact]
    public void ADescriptionWithThePlaceItSpeaksFromIsAPersonTheNextDefiniteRoleMeans()
    {
        var statements = Extract.From("An Asian diplomat in Geneva said the new round of talks could slip into the spring. "
            + "\"Nobody in the room wants to be the one who walks out first,\" the diplomat said.").Statements;
        Assert.Equal(["Asian diplomat", "Asian diplomat"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void OfficialsInAPlaceAreTheyNotTheSheWhoSpeaksAfterAWoman()
    {
        var statements = Extract.From("District officials in Laos said about 3,000 people had left their homes near the river.\n\n"
            + "Somchai Keo, a 52-year-old fisherman who fled to a school, said he heard the blasts before dawn.\n\n"
            + "\"We left everything in the boat and ran,\" he said.").Statements;
        Assert.Equal(["District officials", "Somchai Keo", "Somchai Keo"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void NarrationAboutACallSignMakesItsBearerTheOneHeMeans()
    {
        var statements = Extract.From("\"The mortars start at dawn and go on until noon,\" says Andriy, a 27-year-old gunner with the call sign \"Hrim,\" who gave only his first name.\n\n"
            + "Ivan Kovalenko, the regional governor, said two villages had lost power overnight.\n\n"
            + "Back at the gun, Hrim loads another round.\n\n\"Now we wait for their answer,\" he says.").Statements;
        Assert.Equal(["Andriy", "Ivan Kovalenko", "Andriy"], statements.Select(s => s.Speaker));
    }
    [Fact]
    public void AWorkerKnownOnlyByWhatTheyDoSpeaksForThemselfNotForTheMayorNamedBefore()
    {
        var statements = Extract.From("The city's mayor, Ihor Terekhov, said two schools had been damaged.\n\n"
            + "Firefighters worked through the night. \"The stairwell collapsed under us twice,\" one rescuer told Reuters.").Statements;
        Assert.Equal(["Ihor Terekhov", "rescuer"], statements.Select(s => s.Speaker));
    }

    [Theory]
    [InlineData("\"The windows came in on the first blast,\" a local pharmacist said.", "local pharmacist")]
    [InlineData("\"We pulled out a woman and her son,\" said a firefighter at the scene.", "firefighter at the scene")]
    [InlineData("A Ukrainian paramedic said three of the wounded were children.", "Ukrainian paramedic")]
    [InlineData("One volunteer told the AP the shelter had run out of water.", "volunteer")]
    public void AnUnnamedPersonByTheirTradeIsTheDescriptionWithoutItsArticleOrNumber(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);

    [Fact]
    public void ADecreeOrNewspaperIsNoPersonNoun()
    {
        var statements = Extract.From("Maria Zakharova said the talks would go on. The decree said reservists would be called up in the spring.").Statements;
        Assert.Equal(["Maria Zakharova"], statements.Select(s => s.Speaker).Distinct());
        Assert.DoesNotContain(statements, s => s.Speaker == "decree");
    }
    [Fact]
    public void AQuoteBeforeSaidIsNoSpeakerOfTheWordsAfterIt()
    {
        var statements = Extract.From("\"We carried a woman and her son out of the cellar,\" said the last of the neighbours to leave.").Statements;
        Assert.DoesNotContain(statements, s => s.Speaker.Length == 0 || s.Text.StartsWith("the last", StringComparison.Ordinal));
    }

    [Fact]
    public void WordsAfterSaidThatHoldAVerbAreWhatWasSaidNotAnInvertedSpeaker()
    {
        var statement = Extract.Only("Olena Hrytsenko, the former deputy minister, said the envoys had misread the Kremlin.");
        Assert.Equal(("Olena Hrytsenko", "the envoys had misread the Kremlin"), (statement.Speaker, statement.Text));
    }
    [Theory]
    [InlineData("Across the Kerch Strait, Sergei Aksyonov, the Moscow-installed head of Crimea, said a ferry had been hit.", "Sergei Aksyonov")]
    [InlineData("Along the Dnipro, the head of the Kherson military administration said shelling had killed a man.", "head of the Kherson military administration")]
    [InlineData("Amid the talks, Andriy Yermak said Kyiv would not withdraw.", "Andriy Yermak")]
    public void APrepositionalPhraseOpeningTheSentenceIsNoSpeaker(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);
}
