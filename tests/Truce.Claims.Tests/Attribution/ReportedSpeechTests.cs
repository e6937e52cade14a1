namespace Truce.Claims.Tests.Attribution;

/// <summary>Reports in longer wire sentences and anonymous group speakers, in sentences written for the test.</summary>
public sealed class ReportedSpeechTests
{
    [Fact]
    public void AReportAfterThoughIsASecondStatementOfItsOwn()
    {
        const string text = "The two delegations narrowed their differences in Oslo on Friday, Foreign Minister Anna Lund said, though she cautioned that a deal was still weeks away.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Contains(statements, s => s.Text == "a deal was still weeks away" && s.Speaker == "Anna Lund");
    }

    [Fact]
    public void WhenTheOpeningClauseReportsNothingALaterOneStillCan()
    {
        const string text = "Neither army said how many soldiers were freed, but Moldovan officials said it was the first of three rounds.";
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal("Moldovan officials", statement.Speaker);
        Assert.Equal("it was the first of three rounds", statement.Text);
    }

    [Theory]
    [InlineData("Two bridges were destroyed overnight, officials on both sides said.", "officials on both sides")]
    [InlineData("In Tiraspol, on the eastern bank, four houses were hit by shells, local officials said.", "local officials")]
    public void GroupsOfOfficialsAreSpeakers(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Statements).Speaker);

    [Fact]
    public void ADescriptionDropsItsNumberAndItsShortFormReturnsToIt()
    {
        const string text = "Three diplomats familiar with the talks said the draft had been shortened. The diplomats also said a vote was planned for May.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("diplomats familiar with the talks", s.Speaker));
    }

    [Fact]
    public void ADescriptionWithAnotherModifierIsAnotherGroup()
    {
        const string text = "Moldovan officials said the border crossing had reopened. Regional officials said two villages were still without power.";
        var statements = Extract.From(text).Statements;
        Assert.Equal("Regional officials", statements[^1].Speaker);
    }

    [Fact]
    public void ARankBeforeTheNameInAppositionIsPartOfTheRole()
    {
        var statement = Assert.Single(Extract.From("Moldova's army spokesman, Colonel Dorin Cebotari, said two drones had been shot down.").Statements);
        Assert.Equal("Dorin Cebotari", statement.Speaker);
    }

    [Fact]
    public void AnAppositionToAPlaceIsNotTheSpeaker()
    {
        var statement = Assert.Single(Extract.From("In Tiraspol, the main city of the breakaway region, officials said a power line had been cut.").Statements);
        Assert.Equal("officials", statement.Speaker);
    }

    [Fact]
    public void ALowerCaseArabicArticleIsPartOfTheName()
    {
        var statement = Extract.From("Iraqi Prime Minister Mohammed Shia al-Sudani, the meeting's host, called the deal \"a turning point\" for the region.").Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Mohammed Shia al-Sudani", statement.Speaker);
    }

    [Fact]
    public void TheSpeakerOfARelativeClauseSpeaks()
    {
        var statement = Assert.Single(Extract.From("The pause followed a week in which Armenia said it had downed eleven drones.").Statements);
        Assert.Equal("Armenia", statement.Speaker);
        Assert.Equal("it had downed eleven drones", statement.Text);
    }

    [Fact]
    public void AReportAfterAsIsASecondStatement()
    {
        var statements = Extract.From("The ministry in Baku said its troops had taken the pass, as Yerevan insisted its soldiers were still holding the ridge.").Statements;
        Assert.Contains(statements, s => s.Speaker == "Yerevan" && s.Text == "its soldiers were still holding the ridge");
    }

    [Fact]
    public void AnAttributionFollowedByWithoutStillCloses()
    {
        var statement = Assert.Single(Extract.From("Several firms were already planning joint ventures, the envoy told reporters in Baku, without naming any.").Statements);
        Assert.Equal("Several firms were already planning joint ventures", statement.Text);
    }

    [Fact]
    public void AGovernmentSourceIsADescription()
    {
        var statement = Assert.Single(Extract.From("\"No other talks are planned at any other venue,\" a Moldovan government source said.").Statements);
        Assert.Equal("Moldovan government source", statement.Speaker);
    }

    [Theory]
    [InlineData("officials said", "officials")]
    [InlineData("the officials said", "border officials")]
    public void OnlyADefinitePluralRefersBackToAnEarlierGroup(string attribution, string speaker)
    {
        var text = "Two houses burned in Soroca, border officials said. In Balti, " + attribution + " a school had been damaged.";
        Assert.Equal(speaker, Extract.From(text).Statements[^1].Speaker);
    }

    [Fact]
    public void AQuoteAfterCallingIsTheWordsOfTheClausesSubject()
    {
        var statement = Assert.Single(Extract.From("The Moldovan Defence Ministry rejected the reports, calling them \"pure invention\" meant to sow panic.").Statements);
        Assert.Equal("Moldovan Defence Ministry", statement.Speaker);
        Assert.Equal("pure invention", statement.Text);
    }

    [Fact]
    public void TellingAnOutletAClauseWithoutThatReportsTheWholeClause()
    {
        var statement = Assert.Single(Extract.From("Two diplomats close to the talks told AFP the new draft removed a clause that would have frozen the front line.").Statements);
        Assert.Equal("diplomats close to the talks", statement.Speaker);
        Assert.Equal("the new draft removed a clause that would have frozen the front line", statement.Text);
    }

    [Fact]
    public void OneClosingAttributionOverTwoClausesIsOneReport()
    {
        var statement = Assert.Single(Extract.From("Armenian troops had also attacked positions near the pass, but were pushed back, the ministry said.").Statements);
        Assert.Equal("Armenian troops had also attacked positions near the pass, but were pushed back", statement.Text);
    }

    [Theory]
    [InlineData("Belarus has denied training the fighters near the border.", "Belarus", "training the fighters near the border")]
    [InlineData("The Kremlin denies targeting apartment blocks in Odesa.", "Kremlin", "targeting apartment blocks in Odesa")]
    public void ADenialOfADeedIsAReportOfTheDenier(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal((speaker, words), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ADenialOfANounReportsNothing() =>
        Assert.Empty(Extract.From("The Kremlin denied the request for a second prisoner swap.").Statements);

    [Theory]
    [InlineData("Hamas in turn said the army had shelled villages near Rafah, killing civilians.", "Hamas")]
    [InlineData("The Moldovan government for its part said the convoy had been stopped at the river.", "Moldovan government")]
    public void InTurnOrForItsPartBeforeTheCueIsNotPartOfTheSpeaker(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);

    [Fact]
    public void ASecondCueJoinedByAndIsASecondReportBySameSpeaker()
    {
        var statements = Extract.From("The monitoring group noted that troops had advanced near Kreminna, and warned that the road risked being cut within days.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal(("monitoring group", "troops had advanced near Kreminna"), (statements[0].Speaker, statements[0].Text));
        Assert.Equal(("monitoring group", "the road risked being cut within days"), (statements[1].Speaker, statements[1].Text));
    }

    [Theory]
    [InlineData("Delegations from both capitals met in Vienna for six hours on Friday, the first such meeting since the spring, in talks that Moldova said it had not been invited to.")]
    [InlineData("The envoys met for six hours on Friday, in talks which Moldova said it had not been invited to.")]
    public void AReportInsideARelativeClauseIsFound(string text)
    {
        var statement = Extract.Only(text);
        Assert.Equal(("Moldova", "it had not been invited to"), (statement.Speaker, statement.Text));
    }

    [Theory]
    [InlineData("The M18 said its fighters had pulled back from the ridge overnight.", "M18")]
    [InlineData("G7 said the sanctions would stay until the shelling stopped.", "G7")]
    public void AnAcronymWithDigitsIsAnOrganisationThatSpeaks(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);

    [Theory]
    [InlineData("At the press conference, Chancellor Ida Lund praised the mediators as \"tireless and fair\" before leaving for Oslo.", "Ida Lund", "tireless and fair")]
    [InlineData("Foreign Minister Tomas Rey hailed the deal as \"a first real step\" towards peace.", "Tomas Rey", "a first real step")]
    public void AQuotedPhraseAfterPraisedOrHailedAsIsTheSubjectsWords(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal((speaker, words), (statement.Speaker, statement.Text));
    }

    [Theory]
    [InlineData("On the ground, residents in several border villages reported a calmer night than usual, though not a silent one.", "residents in several border villages", "a calmer night than usual")]
    [InlineData("The air force reported 41 drones over the south.", "air force", "41 drones over the south")]
    public void WhatAnObserverReportsSeeingIsTheirStatement(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal((speaker, words), (statement.Speaker, statement.Text));
    }

    [Theory]
    [InlineData("The mayor reported the damage to the police.")]
    [InlineData("The agency reported two days ago on the convoy.")]
    public void ReportingSomethingOtherThanWhatWasSeenIsNoStatement(string text) =>
        Assert.Empty(Extract.From(text).Statements);

    [Theory]
    [InlineData("The plan would require Moldova to cap its army, according to a draft seen by several media outlets.", "draft seen by several media outlets")]
    [InlineData("According to a memo obtained by Reuters, the convoy would leave on Friday.", "memo obtained by Reuters")]
    public void ADocumentSomeoneHasSeenIsTheSourceOfWhatItSays(string text, string source) =>
        Assert.Equal(source, Extract.Only(text).Speaker);

    [Fact]
    public void AccordingToAPlanIsNoSource() =>
        Assert.Empty(Extract.From("The convoy left on Friday, according to plan.").Statements);
    [Theory]
    [InlineData("Washington floated a demilitarised zone along the line, an idea Sybiha said would need the approval of parliament.", "Sybiha", "would need the approval of parliament")]
    [InlineData("The envoys carried a 20-point plan, a document the Kremlin says was drafted without its input.", "Kremlin", "was drafted without its input")]
    public void ARelativeClauseWithoutThatReportsWhatItsSubjectSaid(string text, string speaker, string said)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal((speaker, said), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ThePersonOfSuchARelativeClauseIsWhomTheNextHeMeans()
    {
        const string text = "Chancellor Friedrich Merz said Europe was ready to lead a reassurance force. The US plan would freeze the front, "
            + "an outcome Zelenskyy said would reward the invasion.\n\n\"Nobody in Ukraine will accept a line drawn by Moscow,\" he said.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Zelenskyy", quote.Speaker);
    }

    [Fact]
    public void ANameBeforeSaidThatGoesOnWithItsOwnSubjectIsNoGapRelative()
    {
        const string text = "The talks ended without a deal, a setback Sybiha said the delegations would discuss again in June.";
        Assert.DoesNotContain(Extract.From(text).Statements, s => s.Text.StartsWith("would", StringComparison.Ordinal));
    }
    [Fact]
    public void ARoleAndNameBeforeSaidAreTheSpeakerEvenWhenAPlaceEndsTheSentence()
    {
        var statement = Extract.Only("The Sumy regional governor, Oleh Hryhorov, said a drone hit a gas station on the edge of Shostka, injuring two people.");
        Assert.Equal("Oleh Hryhorov", statement.Speaker);
        Assert.StartsWith("a drone hit a gas station", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Moscow claimed new gains in the east that it believes will force Kyiv to yield.")]
    [InlineData("The ministry announced a package of air defence that would arrive before winter.")]
    public void ThatOpeningARelativeClauseAfterTheThingClaimedReportsNothing(string text) =>
        Assert.DoesNotContain(Extract.From(text).Statements, s => s.Text.Contains("will force", StringComparison.Ordinal) || s.Text.StartsWith("would", StringComparison.Ordinal));

    [Theory]
    [InlineData("Peskov warned reporters that the deadline would not move.", "the deadline would not move")]
    [InlineData("The Kremlin claimed on Monday that its troops had taken the village.", "its troops had taken the village")]
    [InlineData("Sybiha has said repeatedly that Ukraine will not cede the region.", "Ukraine will not cede the region")]
    public void WhomOrWhenACueTellsBeforeThatStaysOutOfTheReport(string text, string said) =>
        Assert.Equal(said, Extract.Only(text).Text);
    [Theory]
    [InlineData("Jens Lindqvist, the Swedish defence minister, spoke in Oslo. Any pause, he warned, would only let Russia regroup.", "would only let Russia regroup")]
    [InlineData("Kallas said Europe was united. A rushed deal, she argued, was worse than none.", "was worse than none")]
    public void ACueSetOffByCommasInsideTheSentenceReportsWhatFollows(string text, string said) =>
        Assert.Contains(Extract.From(text).Statements, s => s.Text == said);

    [Fact]
    public void ACommaAfterACueBeforeANounIsNoParentheticalReport()
    {
        var statements = Extract.From("Peace, he warned, remains far off. In the village, they said, the roads were mined.").Statements;
        Assert.DoesNotContain(statements, s => s.Text.StartsWith("remains", StringComparison.Ordinal));
    }

    [Fact]
    public void ASecondCueJoinedByAndWithoutThatReportsItsOwnClause()
    {
        const string text = "The Ukrainian navy confirmed that its sea drones had hit a patrol boat near Novorossiysk, and said two crew members were missing.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Contains(statements, s => s.Text == "two crew members were missing" && s.Speaker == "Ukrainian navy");
    }

    [Fact]
    public void ASecondCueJoinedByAndWithAnObjectReportsNothingMore()
    {
        const string text = "The Ukrainian navy confirmed that its sea drones had hit a patrol boat, and said nothing about the crew.";
        Assert.Single(Extract.From(text).Statements);
    }

    [Fact]
    public void AnAppositionAfterTheAttributionIsNoReportOfItsOwn()
    {
        const string text = "Moscow and Kyiv each handed over 84 civilians on Friday near the Belarusian border, Ukraine's ombudsman said, "
            + "the largest exchange of civilians since the summer.";
        var statement = Extract.Only(text);
        Assert.Equal("Ukraine's ombudsman", statement.Speaker);
        Assert.StartsWith("Moscow and Kyiv each handed over 84 civilians", statement.Text, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("The Turkish mediator told reporters the draft set out a timetable for a ceasefire.", "the draft set out a timetable for a ceasefire")]
    [InlineData("A Ukrainian negotiator told the AP both sides met twice on Tuesday.", "both sides met twice on Tuesday")]
    public void ToldWithoutThatBeforeAnIrregularPastTenseReportsTheClause(string text, string said) =>
        Assert.Equal(said, Extract.Only(text).Text);

    [Fact]
    public void AReportInTheLastClauseOfANarrationSentenceIsFound()
    {
        const string text = "Fighting raged around Pokrovsk as envoys met in Geneva and as Foreign Minister Sergei Lavrov insists that Kyiv must leave the Donbas.";
        var statement = Extract.Only(text);
        Assert.Equal(("Sergei Lavrov", "Kyiv must leave the Donbas"), (statement.Speaker, statement.Text));
    }

    [Theory]
    [InlineData("Asked what he would say to the envoys, the sergeant lit a cigarette.")]
    [InlineData("Peskov declined to say whether Putin would travel to Istanbul.")]
    public void WhatSomeoneWouldOrWouldNotSayIsNoReport(string text) => Assert.Empty(Extract.From(text).Statements);

    [Fact]
    public void AReportEndingInAnAdverbAndPlaceAfterTheAttributionIsTheWordsBeforeIt()
    {
        var statements = Extract.From("Meloni said Italy would help train pilots. Training would take place far from the front, she said, mostly in Romania.").Statements;
        Assert.Contains(statements, s => s.Text == "Training would take place far from the front" && s.Speaker == "Meloni");
    }
    [Theory]
    [InlineData("Russia's Defense Ministry claimed Tuesday that its forces had taken the village of Shevchenko.", "its forces had taken the village of Shevchenko")]
    [InlineData("Sybiha said Thursday that the talks had stalled over the power plant.", "the talks had stalled over the power plant")]
    [InlineData("Peskov said Wednesday morning the Kremlin was still studying the plan.", "the Kremlin was still studying the plan")]
    public void AWeekdayWithoutOnAfterTheCueIsWhenNotWhatWasSaid(string text, string said) =>
        Assert.Equal(said, Extract.Only(text).Text);
    [Fact]
    public void AnAbbreviationInTheTimeAfterToldKeepsTheReportBeforeIt()
    {
        const string text = "Moscow is ready to discuss a halt to strikes at sea, Kremlin aide Yuri Ushakov told reporters on Wednesday after a meeting with U.S. envoys.";
        var statement = Extract.Only(text);
        Assert.Equal(("Yuri Ushakov", "Moscow is ready to discuss a halt to strikes at sea"), (statement.Speaker, statement.Text));
    }
    [Fact]
    public void PostedOnTelegramThatReportsTheClause()
    {
        var statement = Extract.Only("Andriy Yermak, the head of the presidential office, posted on Telegram that the delegation had landed in Geneva.");
        Assert.Equal(("Andriy Yermak", "the delegation had landed in Geneva"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void PostingAVideoReportsNothing() =>
        Assert.Empty(Extract.From("Andriy Yermak posted a video showing the delegation landing in Geneva.").Statements);

    [Theory]
    [InlineData("The talks will go on next week, the ministry acknowledged.", "ministry")]
    [InlineData("The crossing will stay closed, Thailand's army reiterated on Sunday.", "Thailand's army")]
    [InlineData("Artillery fire was then directed at the temple, the army stressed.", "army")]
    [InlineData("The shelling came from the east, the governor noted in a statement.", "governor")]
    [InlineData("The guarantees must be binding, Zelensky emphasised.", "Zelensky")]
    [InlineData("The drones were launched from the south, the ministry explained.", "ministry")]
    public void AClauseBeforeACueOtherThanSaidIsReportedByTheSpeakerAfterIt(string text, string speaker)
    {
        var statement = Extract.Only(text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal("reported", statement.Kind);
    }

    [Theory]
    [InlineData("\"The talks will go on next week,\" the governor concluded.")]
    [InlineData("\"The talks will go on next week,\" countered the governor.")]
    [InlineData("The governor remarked: \"The talks will go on next week.\"")]
    [InlineData("\"The talks will go on next week,\" the governor responded.")]
    [InlineData("\"The talks will go on next week,\" the governor observed.")]
    [InlineData("\"The talks will go on next week,\" the governor asserted.")]
    public void LessCommonCuesAroundAQuoteStillAttributeIt(string text) =>
        Assert.Equal("governor", Extract.Only(text).Speaker);

    [Theory]
    [InlineData("Russian forces have taken the village of Dachne, says the Russian Defence Ministry.", "Russian Defence Ministry")]
    [InlineData("Small groups are slipping through the lines, says a Ukrainian officer.", "Ukrainian officer")]
    [InlineData("The crossing will stay closed until Friday, confirmed the ministry.", "ministry")]
    public void AClauseBeforeAnInvertedCueInThePresentOrOtherThanSaidIsReported(string text, string speaker)
    {
        var statement = Extract.Only(text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal("reported", statement.Kind);
    }
}
