using Truce.Claims.Attribution;
using Truce.Claims.Parties;
using Truce.Claims.Places;

namespace Truce.Claims.Tests.Attribution;

public sealed class AttributionTests
{
    private static void AssertSpan(string text, Statement statement, string words)
    {
        Assert.Equal(words, statement.Text);
        Assert.Equal(text.IndexOf(words, StringComparison.Ordinal), statement.Start);
        Assert.Equal(statement.Start + words.Length, statement.End);
    }

    [Fact]
    public void CurlyQuoteWithAttributionAfterIsADirectStatementWithOffsets()
    {
        const string text = "Talks resumed on Monday.\n\n“We will not retreat from our positions,” Peskov said.";
        var statement = Extract.Only(text);
        Assert.Equal("Peskov", statement.Speaker);
        Assert.Equal("said", statement.Cue);
        Assert.Equal("direct", statement.Kind);
        AssertSpan(text, statement, "We will not retreat from our positions");
    }

    [Fact]
    public void StraightQuotesWorkLikeCurlyOnes()
    {
        const string text = "\"We will not retreat from our positions,\" Peskov said.";
        var statement = Extract.Only(text);
        Assert.Equal("Peskov", statement.Speaker);
        AssertSpan(text, statement, "We will not retreat from our positions");
    }

    [Fact]
    public void QuoteSplitByItsAttributionGivesTwoStatementsOfOneSpeaker()
    {
        const string text = "Kremlin spokesman Dmitry Peskov spoke in Moscow. “We are open to dialogue,” he said, “but not at the price of our security.”";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Dmitry Peskov", s.Speaker));
        AssertSpan(text, statements[0], "We are open to dialogue");
        AssertSpan(text, statements[1], "but not at the price of our security.");
        Assert.Equal("he", statements[0].ResolvedFrom);
    }

    [Fact]
    public void AttributionBeforeAColonNamesTheSpeaker()
    {
        const string text = "Zelenskyy said: “Russia has a long history of breaking truces.”";
        var statement = Extract.Only(text);
        Assert.Equal("Zelenskyy", statement.Speaker);
        AssertSpan(text, statement, "Russia has a long history of breaking truces.");
    }

    [Fact]
    public void SaidThatIsReportedSpeech()
    {
        const string text = "The Russian Defense Ministry said that its troops had recaptured the town of Sudzha.";
        var statement = Extract.Only(text);
        Assert.Equal("reported", statement.Kind);
        Assert.Equal("Russian Defense Ministry", statement.Speaker);
        Assert.Equal("RU", statement.Party);
        AssertSpan(text, statement, "its troops had recaptured the town of Sudzha");
    }

    [Fact]
    public void InvertedAttributionTakesTheAppositiveAsRole()
    {
        const string text = "“There is no doubt that the situation is changing,” said Dmitry Peskov, the Kremlin spokesman.";
        var statement = Extract.Only(text);
        Assert.Equal("Dmitry Peskov", statement.Speaker);
        Assert.Equal("Kremlin spokesman", statement.Role);
        Assert.Equal("RU", statement.Party);
    }

    [Fact]
    public void ToldAnOutletAttributesToTheSpeakerNotTheOutlet()
    {
        var after = Extract.Only("“This is a provocation designed for an audience abroad,” Halushchenko told The Kyiv Independent.");
        Assert.Equal("Halushchenko", after.Speaker);
        Assert.Equal("told", after.Cue);
        var before = Extract.Only("Peskov told Reuters that the advance showed the futility of the strategy.");
        Assert.Equal("Peskov", before.Speaker);
        Assert.Equal("reported", before.Kind);
        Assert.Equal("the advance showed the futility of the strategy", before.Text);
    }

    [Fact]
    public void AccordingToNamesTheSourceOfReportedSpeech()
    {
        const string text = "Ukrainian troops withdrew from several villages, according to Ukraine's commander-in-chief, Oleksandr Syrskyi.";
        var statement = Extract.Only(text);
        Assert.Equal("Oleksandr Syrskyi", statement.Speaker);
        Assert.Equal("Ukraine's commander-in-chief", statement.Role);
        Assert.Equal("according to", statement.Cue);
        Assert.Equal("UA", statement.Party);
        AssertSpan(text, statement, "Ukrainian troops withdrew from several villages");
    }

    [Fact]
    public void PossessiveSpokesmanIsTheRoleOfTheNamedSpeaker()
    {
        var statement = Extract.Only("Zelenskyy's spokesman Serhiy Nykyforov said the president had discussed air defence with allies.");
        Assert.Equal("Serhiy Nykyforov", statement.Speaker);
        Assert.Equal("Zelenskyy's spokesman", statement.Role);
    }

    [Fact]
    public void QuoteOverSeveralParagraphsKeepsItsSpeaker()
    {
        const string text = "Lysak wrote on Telegram: “There was no military target there.\n\n“We will rebuild everything, as we always do.”\n\nThe city was quiet.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Lysak", s.Speaker));
        AssertSpan(text, statements[0], "There was no military target there.");
        AssertSpan(text, statements[1], "We will rebuild everything, as we always do.");
    }

    [Fact]
    public void TitleBeforeNameBecomesTheRole()
    {
        var statement = Extract.Only("Kremlin spokesman Dmitry Peskov said the talks were useful and would continue.");
        Assert.Equal("Dmitry Peskov", statement.Speaker);
        Assert.Equal("Kremlin spokesman", statement.Role);
        Assert.Equal("RU", statement.Party);
    }

    [Fact]
    public void AdjectiveOfACountryInTheRoleGivesTheParty()
    {
        var statement = Extract.Only("Ukrainian President Volodymyr Zelenskyy said the country had accepted the proposal.");
        Assert.Equal("Volodymyr Zelenskyy", statement.Speaker);
        Assert.Equal("Ukrainian President", statement.Role);
        Assert.Equal("UA", statement.Party);
    }

    [Fact]
    public void AgeAndOccupationInAppositionAreTheRole()
    {
        var statement = Extract.Only("“Nobody here believes in a ceasefire yet,” said Yuriy, 46, a construction worker.");
        Assert.Equal("Yuriy", statement.Speaker);
        Assert.Equal("construction worker", statement.Role);
    }

    [Fact]
    public void LaterShortNameResolvesToTheFullNameWithTheResolutionMarked()
    {
        var statements = Extract.From(
            "Kremlin spokesman Dmitry Peskov said the talks were useful and would continue.\n\n“Our military is disciplined,” Peskov said.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Dmitry Peskov", statements[1].Speaker);
        Assert.Equal("Kremlin spokesman", statements[1].Role);
        Assert.Equal("Peskov", statements[1].ResolvedFrom);
        Assert.Null(statements[0].ResolvedFrom);
    }

    [Fact]
    public void PronounResolvesToThePersonLastNamed()
    {
        var statements = Extract.From(
            "U.S. President Donald Trump spoke to reporters on Friday.\n\nHe said both sides would make a deal very soon.").Statements;
        var statement = Assert.Single(statements);
        Assert.Equal("Donald Trump", statement.Speaker);
        Assert.Equal("He", statement.ResolvedFrom, ignoreCase: true);
    }

    [Fact]
    public void OrganisationSpeaksAndALaterShortFormResolvesToIt()
    {
        var statements = Extract.From(
            "The Russian Defense Ministry said its forces had taken a village.\n\n“Units completed the liberation of the settlement,” the ministry said.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Russian Defense Ministry", s.Speaker));
        Assert.Equal("the ministry", statements[1].ResolvedFrom);
    }

    [Fact]
    public void PartiesComeFromTheAliasesPassedIn()
    {
        var extractor = new ClaimsExtractor(Gazetteer.Default, [new PartyAliases("FR", ["Freedonia", "Fredonia City"]), new PartyAliases("SY", ["Sylvania"])]);
        var statements = extractor.Extract("Freedonian Foreign Minister Rufus Firefly said the border was calm.\n\nSylvania's envoy Trentino Vasquez said it was not.").Statements;
        Assert.Equal(["FR", "SY"], statements.Select(s => s.Party));
    }

    [Fact]
    public void ShortScareQuotesWithoutAttributionAreNotStatements()
    {
        Assert.Empty(Extract.From("The so-called “special military operation” entered its fourth year.").Statements);
    }

    [Fact]
    public void PartyMatcherDerivesAdjectivesFromCountryNames()
    {
        var matcher = new PartyMatcher(PartyAliases.RussiaUkraineDefaults);
        Assert.Equal("RU", matcher.Match("Russian envoy to Ukraine"));
        Assert.Equal("UA", matcher.Match("Ukrainian negotiator"));
        Assert.Null(matcher.Match("Polish Prime Minister"));
    }

    [Fact]
    public void NamesWithLowerCaseParticlesStayWhole()
    {
        var statement = Extract.Only("European Commission President Ursula von der Leyen said the war did not stop at the border.");
        Assert.Equal("Ursula von der Leyen", statement.Speaker);
        Assert.Equal("European Commission President", statement.Role);
    }

    [Fact]
    public void PersonWithAnAgeInAppositionIsThePronounsReferent()
    {
        var statements = Extract.From("Peskov said the talks would go on.\n\nOlena, 49, travelled from Chernihiv. “I recognised him only by his eyes,” she said, crying.").Statements;
        Assert.Equal("Olena", statements[^1].Speaker);
    }

    [Fact]
    public void AnOutletIsNeverAPronounsReferent()
    {
        var statements = Extract.From("French President Emmanuel Macron told Le Figaro that a truce was possible at sea. Ground fighting would not be covered at first, he said.").Statements;
        Assert.All(statements, s => Assert.Equal("Emmanuel Macron", s.Speaker));
    }
}
