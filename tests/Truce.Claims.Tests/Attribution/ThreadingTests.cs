namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// How wire copy threads speakers through narration: a civilian introduced by first name, a pronoun after a clause about
/// someone else, a dateline and a bare weekday after the cue, in sentences written for the test.
/// </summary>
public sealed class ThreadingTests
{
    [Theory]
    [InlineData("Among those pulled from the rubble was Bohdan, a welder who had been trapped for a day.", "\"I heard the dogs above me,\" he told a local radio station.")]
    [InlineData("One of the first off the bus was Mykhailo, a 40-year-old paratrooper from Sumy.", "\"My daughter did not recognise me,\" he said by phone.")]
    public void AFirstNameInAppositionWithAPersonNounIsWhomTheNextHeMeans(string narration, string quote)
    {
        var text = "Kremlin spokesman Anatoly Serov said the exchange had been agreed on Monday.\n\n" + narration + "\n\n" + quote;
        var direct = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal(narration.Contains("Bohdan", StringComparison.Ordinal) ? "Bohdan" : "Mykhailo", direct.Speaker);
    }

    [Theory]
    [InlineData("gunner", true)]
    [InlineData("paramedic", true)]
    [InlineData("pensioner", true)]
    [InlineData("committee", false)]
    [InlineData("shelter", false)]
    [InlineData("document", false)]
    [InlineData("hamlet", false)]
    public void APersonNounIsAListedNounOrAnAgentNounThatIsNoThing(string word, bool person) =>
        Assert.Equal(person, Truce.Claims.Attribution.SpeakerParser.IsPersonNoun(word));

    [Fact]
    public void AFirstNameInAppositionWithAThingIntroducesNobody()
    {
        const string text = "Defence minister Anatoly Serov said the line had held overnight.\n\n" +
            "The convoy reached Hrabove, a hamlet of forty houses, by noon.\n\n\"We will not pull back,\" he said.";
        var direct = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Anatoly Serov", direct.Speaker);
    }

    [Fact]
    public void ADescriptionEndingInNamedSomeoneIsThatPerson()
    {
        const string text = "Kremlin spokesman Anatoly Serov said the talks would resume.\n\n" +
            "Her cousin, a retired bus driver named Vasyl, said the tap water had been off since Sunday. He said he had sent his wife to Lutsk.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(("Vasyl", "the tap water had been off since Sunday"), (statements[1].Speaker, statements[1].Text));
        Assert.Equal("Vasyl", statements[2].Speaker);
    }

    [Fact]
    public void APersonNamedInAClauseBeforeHeAddedIsNotWhomHeMeans()
    {
        const string text = "Kremlin spokesman Anatoly Serov said on Tuesday that the draft had arrived. Deputy envoy Mark Halvorsen is expected in Minsk on Friday, he added.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal(("Anatoly Serov", "Deputy envoy Mark Halvorsen is expected in Minsk on Friday"), (statements[1].Speaker, statements[1].Text));
    }

    [Theory]
    [InlineData("ODESA, Ukraine (AP) — Russian troops have taken two more villages near Huliaipole, Moscow said Tuesday, while Ukrainian units dug in to the south.")]
    [InlineData("ODESA — Russian troops have taken two more villages near Huliaipole, Moscow said on Tuesday.")]
    [InlineData("ODESA, Oct 14 (Reuters) - Russian troops have taken two more villages near Huliaipole, Moscow said on Tuesday.")]
    public void ADatelineIsNeitherSpeakerNorWordsAndABareWeekdayMayFollowTheCue(string text)
    {
        var statement = Extract.Only(text);
        Assert.Equal(("Moscow", "Russian troops have taken two more villages near Huliaipole"), (statement.Speaker, statement.Text));
    }

    [Theory]
    [InlineData("A missile strike on the port of Izmail has injured at least four people, officials said, hours after the delegations met in Istanbul.", "officials", "A missile strike on the port of Izmail has injured at least four people")]
    [InlineData("Two substations were hit overnight, the grid operator said, a day before the talks were due to open.", "grid operator", "Two substations were hit overnight")]
    public void ATimePhraseAfterTheCueDoesNotBecomeTheWords(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal((speaker, words), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void AnAbbreviatedMonthAfterTheCueKeepsTheReport()
    {
        var statement = Extract.Only("Shelling cut power to three villages, the Chernihiv Regional Military Administration reported on Oct. 14, as crews waited for a pause.");
        Assert.Equal(("Chernihiv Regional Military Administration", "Shelling cut power to three villages"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void AKnownPersonAsSubjectAfterAWhoClauseIsWhomTheNextHeMeans()
    {
        const string text = "Envoy Pavel Bogdanov arrived on Monday. Foreign Minister Oleg Varga said the talks were over. " +
            "Bogdanov, who runs the state fund and has become a channel to Washington, spent last week in Miami. He told Axios that he believed \"the position is heard\" at last.";
        var direct = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Pavel Bogdanov", direct.Speaker);
    }
}
