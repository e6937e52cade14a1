using Truce.Claims.Attribution;

namespace Truce.Claims.Tests.Attribution;

/// <summary>Constructions of 2025 wire copy, each in sentences written for the test.</summary>
public sealed class WireCopyTests
{
    [Theory]
    [InlineData("Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying that Moscow was ready for more talks.", "Sergei Ryabkov", "Moscow was ready for more talks")]
    [InlineData("The state news agency RIA Novosti quoted Dmitry Peskov as saying the meeting had not yet been scheduled.", "Dmitry Peskov", "the meeting had not yet been scheduled")]
    [InlineData("Lavrov was quoted as saying that Russia would not accept European peacekeepers.", "Lavrov", "Russia would not accept European peacekeepers")]
    public void AnAgencyQuotingSomeoneAsSayingGivesThePersonQuoted(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(words, statement.Text);
    }

    [Fact]
    public void AQuoteAfterAnAgencyQuotingSomeoneIsThePersonsWords()
    {
        var statement = Extract.Only("TASS quoted Kremlin aide Yuri Ushakov as saying: \"The Americans understand our position.\"");
        Assert.Equal("Yuri Ushakov", statement.Speaker);
        Assert.Equal("The Americans understand our position.", statement.Text);
    }

    [Fact]
    public void ASecondThatInsideTheReportedClauseDoesNotCutIt()
    {
        var statement = Extract.Only("Lavrov stressed that Russia would not accept any deal that ignored the root causes.");
        Assert.Equal("Russia would not accept any deal that ignored the root causes", statement.Text);
    }

    [Theory]
    [InlineData("The Russian Defense Ministry claimed its forces had captured the village of Andriivka.", "Russian Defense Ministry", "its forces had captured the village of Andriivka")]
    [InlineData("Peskov denied that Russia had targeted civilians.", "Peskov", "Russia had targeted civilians")]
    [InlineData("Vance tweeted that Europe needed to pay more for its own defence.", "Vance", "Europe needed to pay more for its own defence")]
    [InlineData("Peskov replied that the Kremlin had nothing to add.", "Peskov", "the Kremlin had nothing to add")]
    [InlineData("Zelenskyy complained that Ukraine had been left out of the talks.", "Zelenskyy", "Ukraine had been left out of the talks")]
    public void CueVerbsBeyondSaidReportSpeech(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(words, statement.Text);
    }

    [Theory]
    [InlineData("The Russian Defense Ministry claimed responsibility for the strike.")]
    [InlineData("Macron urged Russia to accept the ceasefire without conditions.")]
    public void ACueVerbWithAnObjectRatherThanAClauseReportsNothing(string text) =>
        Assert.Empty(Extract.From(text).Statements);

    [Theory]
    [InlineData("Zelenskyy accused Russia of dragging out the war.", "Zelenskyy", "dragging out the war")]
    [InlineData("The Moldovan Foreign Ministry on Friday accused Tiraspol of blocking the convoy at the river crossing.", "Moldovan Foreign Ministry", "blocking the convoy at the river crossing")]
    [InlineData("Hundreds of homes lost heat overnight, the mayor said, as Chisinau accused Tiraspol of cutting the gas line.", "Chisinau", "cutting the gas line")]
    public void AnAccusationWithOneAccuserReportsTheWordsAfterOf(string text, string accuser, string words)
    {
        var statement = Extract.From(text).Statements[^1];
        Assert.Equal((accuser, words), (statement.Speaker, statement.Text));
    }

    [Theory]
    [InlineData("Belarus's interior ministry accused Warsaw of trying to provoke an incident, saying Polish drones had crossed the border near Brest.", "saying", "Polish drones had crossed the border near Brest")]
    [InlineData("Zelenskyy accused Moscow of stalling the talks, adding that Russian envoys had not answered the draft.", "added", "Russian envoys had not answered the draft")]
    public void AnAccusationFollowedBySayingOrAddingIsTwoReportsByTheAccuser(string text, string cue, string words)
    {
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal(statements[0].Speaker, statements[1].Speaker);
        Assert.Equal("accused", statements[0].Cue);
        Assert.DoesNotContain(",", statements[0].Text, StringComparison.Ordinal);
        Assert.Equal((cue, words), (statements[1].Cue, statements[1].Text));
    }

    [Theory]
    [InlineData("Chisinau and Tiraspol accused each other of cutting the gas line.")]
    [InlineData("Within hours each side accused the other of firing first.")]
    [InlineData("The two capitals accused one another on Monday of stalling the talks.")]
    public void AccusingEachOtherReportsNothing(string text) =>
        Assert.Empty(Extract.From(text).Statements);

    [Fact]
    public void AnAccusationInASentenceWithAQuoteCountsOnlyTheQuotedWords()
    {
        var statement = Extract.Only("The mayor accused Tiraspol of \"playing games with winter\" in a short post.");
        Assert.Equal("playing games with winter", statement.Text);
    }

    [Fact]
    public void AnAcronymAfterTheIsAnOrganisation() =>
        Assert.Equal("IDF", Extract.Only("The IDF said it had struck a weapons depot in Gaza.").Speaker);

    [Fact]
    public void AQuoteParagraphAfterAParagraphEndingSaidColonIsTheSpeakers()
    {
        const string text = "Zelenskyy said:\n\n\"We will not give up our land. We will defend every village.\"";
        var statement = Extract.Only(text);
        Assert.Equal("Zelenskyy", statement.Speaker);
        Assert.Equal("We will not give up our land. We will defend every village.", statement.Text);
        Assert.Null(statement.ResolvedFrom);
    }

    [Fact]
    public void AQuoteParagraphWithoutAttributionIsTheLastSpeakersAndMarkedResolved()
    {
        const string text = "Ukrainian President Volodymyr Zelenskyy said Russia was stalling.\n\n\"They are playing for time. We see it every day.\"";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Volodymyr Zelenskyy", statements[1].Speaker);
        Assert.Equal("They are playing for time. We see it every day.", statements[1].Text);
        Assert.Equal(StatementFinder.CarriedOver, statements[1].ResolvedFrom);
    }

    [Fact]
    public void AQuoteParagraphGoesToWhoeverSpokeLastNotToTheLastQuote()
    {
        const string text = "\"We are ready for talks,\" Peskov said. Zelenskyy said Russia was lying.\n\n\"They are playing for time. We see it every day.\"";
        var statements = Extract.From(text).Statements;
        Assert.Equal(3, statements.Count);
        Assert.Equal("Zelenskyy", statements[2].Speaker);
    }

    [Fact]
    public void AScareQuoteInASentenceThatReportsSpeechLeavesTheReportStanding()
    {
        var statement = Extract.Only("Rutte spoke first.\n\nAccording to a senior British official, about a dozen countries had signalled interest in joining a \"coalition of the willing\".");
        Assert.Equal("senior British official", statement.Speaker);
        Assert.Equal("reported", statement.Kind);
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin met Trump in Alaska. Mr Putin said the talks had been useful.", "Mr Putin")]
    [InlineData("Russian President Vladimir Putin met Trump in Alaska. Mr. Putin said the talks had been useful.", "Mr. Putin")]
    public void ATitleOfCourtesyWithASurnameIsTheManNamedBefore(string text, string shortName)
    {
        var statement = Extract.Only(text);
        Assert.Equal("Vladimir Putin", statement.Speaker);
        Assert.Equal(shortName, statement.ResolvedFrom);
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin met Ukrainian President Volodymyr Zelenskyy. The Russian leader said the talks had been useful.", "Vladimir Putin")]
    [InlineData("Russian President Vladimir Putin met Ukrainian President Volodymyr Zelenskyy. The Ukrainian leader said the talks had been useful.", "Volodymyr Zelenskyy")]
    [InlineData("Israeli Prime Minister Benjamin Netanyahu met the envoys. The Israeli leader said the talks had been useful.", "Benjamin Netanyahu")]
    public void TheNationalLeaderIsTheHeadOfStateOrGovernmentOfThatNation(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);

    [Fact]
    public void ALeaderOfAnotherNationIsNotResolvedToTheOnlyPresidentNamed() =>
        Assert.Equal("Ukrainian leader", Extract.Only("Vladimir Putin met Trump. The Ukrainian leader said the meeting had been good.").Speaker);

    [Theory]
    [InlineData("Zelensky")]
    [InlineData("Zelenskiy")]
    public void TransliterationsOfOneSurnameAreOnePerson(string variant)
    {
        var statement = Extract.Only($"Ukrainian President Volodymyr Zelenskyy met Trump. \"It was a good meeting,\" {variant} said.");
        Assert.Equal("Volodymyr Zelenskyy", statement.Speaker);
    }

    [Fact]
    public void SurnamesThatDifferByMoreThanAnEndingAreDifferentPeople()
    {
        var statement = Extract.Only("Kremlin spokesman Dmitry Peskov spoke first. \"It was a good meeting,\" Peskova said.");
        Assert.Equal("Peskova", statement.Speaker);
    }

    [Fact]
    public void AShowTitleInQuotesAfterAnOutletIsNoStatement()
    {
        var statement = Extract.Only("Secretary of State Marco Rubio told CNN's \"State of the Union\" that the deal was close.");
        Assert.Equal("Marco Rubio", statement.Speaker);
        Assert.Equal("reported", statement.Kind);
        Assert.Equal("the deal was close", statement.Text);
    }

    [Theory]
    [InlineData("\"It is up to Putin now,\" Rubio told reporters.", "It is up to Putin now")]
    [InlineData("\"It is not our job,\" the official said.", "It is not our job")]
    public void AShortSentenceOfShortWordsIsStillWordsSaid(string text, string quote) =>
        Assert.Equal(quote, Extract.Only(text).Text);

    [Theory]
    [InlineData("\"The talks will go on next week,\" said a senior U.S. official.", "senior U.S. official")]
    [InlineData("\"The talks will go on next week,\" said U.S. envoy Steve Witkoff.", "Steve Witkoff")]
    public void AnInvertedSpeakerWithAnAbbreviationEndsAtTheSentencesEndNotAtTheAbbreviation(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);

    [Fact]
    public void InitialsBeforeASurnameArePartOfTheName() =>
        Assert.Equal("J.D. Vance", Extract.Only("Vice President J.D. Vance said Europe must do more.").Speaker);

    [Theory]
    [InlineData("The delegations had agreed on a draft, a source close to the talks told Reuters.", "source close to the talks")]
    [InlineData("The meeting will take place in Geneva, according to two people familiar with the matter.", "people familiar with the matter")]
    public void AnonymousSourcesDescribedByTheirClosenessSpeak(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);

    [Fact]
    public void TheKremlinLeaderIsThePresidentOfRussiaNotTheKremlin()
    {
        var statements = Extract.From("Russian President Vladimir Putin said on Friday that Moscow was ready. The Kremlin leader also said sanctions would not work.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Vladimir Putin", statements[1].Speaker);
        Assert.Equal("the Kremlin leader", statements[1].ResolvedFrom);
    }

    [Fact]
    public void NestedSingleQuotesStayInsideTheStatement()
    {
        var statement = Extract.Only("Olena Shevchenko, 45, lost her home in the strike. \"He told me 'no,'\" she said.");
        Assert.Equal("Olena Shevchenko", statement.Speaker);
        Assert.Equal("He told me 'no,'", statement.Text);
    }

    [Fact]
    public void ASecondReportJoinedByWhileIsASecondStatement()
    {
        const string text = "Russian forces captured the village of Andriivka, the Russian Defense Ministry said on Monday, "
            + "while Ukraine's General Staff said there had been 150 clashes along the front, most of them near Pokrovsk.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Russian Defense Ministry", statements[0].Speaker);
        Assert.Equal("Russian forces captured the village of Andriivka", statements[0].Text);
        Assert.Equal("Ukraine's General Staff", statements[1].Speaker);
        Assert.StartsWith("there had been 150 clashes along the front", statements[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutletOfSeveralCapitalisedWordsIsNotPartOfTheReport()
    {
        var statement = Extract.Only("Hamas official Bassem Naim told Al Jazeera that the group would not lay down its arms.");
        Assert.Equal("Bassem Naim", statement.Speaker);
        Assert.Equal("the group would not lay down its arms", statement.Text);
    }

    [Fact]
    public void AHealthMinistryInAPlaceIsAnOrganisation() =>
        Assert.Equal("Palestinian health ministry in Gaza", Extract.Only("The Palestinian health ministry in Gaza said 104 people had been killed.").Speaker);

    [Fact]
    public void AtLeastAfterSaidOpensTheReportRatherThanAnAdverbial()
    {
        var statement = Extract.Only("Gaza's civil defence agency said at least 104 people had been killed in the strikes, including 46 children.");
        Assert.Equal("at least 104 people had been killed in the strikes, including 46 children", statement.Text);
    }

    [Fact]
    public void TwoReportsInOneSentenceEndTheFirstWhereTheSecondBegins()
    {
        var statements = Extract.From("Israel's military said on Wednesday it had struck dozens of targets across Gaza, while Hamas said it remained committed to the ceasefire.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Israel's military", statements[0].Speaker);
        Assert.Equal("it had struck dozens of targets across Gaza", statements[0].Text);
        Assert.Equal("Hamas", statements[1].Speaker);
        Assert.Equal("it remained committed to the ceasefire", statements[1].Text);
    }

    [Fact]
    public void AButInsideOneReportDoesNotSplitIt()
    {
        var statement = Extract.Only("Peskov said the talks had been useful, but more work was needed.");
        Assert.Equal("the talks had been useful, but more work was needed", statement.Text);
    }

    [Fact]
    public void ALongNameJoinedByParticlesIsOnePersonLaterCalledHe()
    {
        const string text = "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said mediators were working to contain the violence. "
            + "\"We are very disappointed and concerned,\" he told a forum in New York.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Mohammed bin Abdulrahman Al Thani", s.Speaker));
    }

    [Fact]
    public void AStatementFromAnOfficeIsTheOfficesWords() =>
        Assert.Equal("Zelensky's office", Extract.Only("According to a statement from Zelensky's office, the two leaders discussed air defence.").Speaker);

    [Fact]
    public void APersonKnownAsTheSubjectOfTheNarrationIsTheHeThatFollows()
    {
        const string text = "Ukraine will not withdraw from Donbas, President Volodymyr Zelensky said.\n\n"
            + "\"The whole of Europe stands with Ukraine,\" French President Emmanuel Macron posted on social media.\n\n"
            + "The Ukrainian president also thanked Starmer for the UK's support. \"Britain has been with us from day one,\" he wrote on Telegram.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(3, statements.Count);
        Assert.Equal("Volodymyr Zelensky", statements[2].Speaker);
    }

    [Fact]
    public void ANationalLeaderPrefersThePersonWhoseRoleNamesThatNation()
    {
        const string text = "President Donald Trump met Ukrainian President Volodymyr Zelenskyy. The Ukrainian leader said the meeting had been good.";
        Assert.Equal("Volodymyr Zelenskyy", Extract.Only(text).Speaker);
    }

    [Theory]
    [InlineData("Pakistan's army chief Asim Munir told a gathering in Islamabad that the country would respond to any aggression.", "the country would respond to any aggression")]
    [InlineData("Trump told reporters the talks were going well.", "the talks were going well")]
    public void WhatFollowsToldIsTheReportOnlyAfterThatOrAsAClause(string text, string words) =>
        Assert.Equal(words, Extract.Only(text).Text);

    [Fact]
    public void ActingBeforeATitleIsPartOfTheRole()
    {
        var statement = Extract.Only("Thailand's acting Prime Minister Phumtham Wechayachai said his country would respect the truce.");
        Assert.Equal("Phumtham Wechayachai", statement.Speaker);
    }

    [Fact]
    public void APlatformNamedAfterOnIsNoPersonForHe()
    {
        const string text = "Trump wrote on Truth Social: \"Both countries have agreed to a ceasefire!\"\n\nHe added that the two countries were \"looking forward to trading.\"";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Trump", s.Speaker));
    }

    [Fact]
    public void AScareQuoteInNarrationAfterReportedSpeechIsNoStatement()
    {
        var statement = Extract.Only("Zelenskyy said Russia was stalling. The so-called \"coalition of the willing\" met in Paris on Thursday.");
        Assert.Equal("Russia was stalling", statement.Text);
    }

    [Theory]
    [InlineData("The Kremlin has said little about the talks.")]
    [InlineData("Peskov said nothing about the timing of the next round.")]
    public void SayingLittleOrNothingReportsNothing(string text) => Assert.Empty(Extract.From(text).Statements);

    [Fact]
    public void AShoutedQuoteInCapitalsIsAStatementNotATitle()
    {
        const string text = "U.S. President Donald Trump spoke first.\n\nTrump, however, appeared frustrated. \"UKRAINE HAS EXPRESSED ZERO GRATITUDE,\" he posted on Truth Social.";
        var statement = Extract.Only(text);
        Assert.Equal("Donald Trump", statement.Speaker);
        Assert.Equal("UKRAINE HAS EXPRESSED ZERO GRATITUDE", statement.Text);
    }

    [Fact]
    public void AShowTitleWithTheCommaInsideItsQuotesIsNoStatement()
    {
        var statement = Extract.Only("Speaking on CNN's \"State of the Union,\" Sen. Mark Kelly said the plan \"reads like a Russian wish list.\"");
        Assert.Equal("Mark Kelly", statement.Speaker);
        Assert.Equal("reads like a Russian wish list.", statement.Text);
    }

    [Fact]
    public void ReportedSpeechEndingWithOfficialsSayIsTheirs()
    {
        var statement = Extract.Only("The two sides are close to a deal, U.S. officials say.");
        Assert.Equal("U.S. officials", statement.Speaker);
        Assert.Equal("The two sides are close to a deal", statement.Text);
    }

    [Fact]
    public void AQuoteSentenceBeforeHeAddedIsTheSameSpeakers()
    {
        const string text = "Kremlin spokesman Dmitry Peskov spoke in Moscow. \"We will respond to any provocation.\" He added: \"Our patience is not endless.\"";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Dmitry Peskov", s.Speaker));
        Assert.Equal("We will respond to any provocation.", statements[0].Text);
    }

    [Fact]
    public void AQuoteSentenceBeforeSomeoneElsesSaidStaysUnattributed() =>
        Assert.Empty(Extract.From("\"We will respond to any provocation.\" The talks continued on Tuesday.").Statements);
    [Fact]
    public void WithAPersonSayingTheQuoteIsTheirsNotTheSentenceSubjects()
    {
        const string text = "Romania, which borders Ukraine, ruled out sending soldiers, with its defence minister, Ionut Mosteanu, saying Bucharest would be \"the training ground\" for the force.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Ionut Mosteanu", quote.Speaker);
    }

    [Fact]
    public void WritingOnTelegramIntroducesAQuoteByTheSentencesSubject()
    {
        const string text = "Zelenskyy said the attack was cynical. Former President Dmitry Medvedev went further, writing on Telegram that Russia would hit \"every depot and every airfield\" used by foreign troops.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Dmitry Medvedev", quote.Speaker);
    }
}
