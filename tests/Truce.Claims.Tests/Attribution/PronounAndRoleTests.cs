namespace Truce.Claims.Tests.Attribution;

/// <summary>Who a pronoun, an age or a role means, and reports set inside longer sentences, in sentences written for the test.</summary>
public sealed class PronounAndRoleTests
{
    [Fact]
    public void ANameBeforeHeSaidOpensTheClauseAndThePronounSpeaks()
    {
        const string text = "Presidential aide Anton Berger told reporters in Vienna that the meeting was \"useful.\" Keller, he said, would travel to Geneva next week.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Anton Berger", s.Speaker));
    }

    [Fact]
    public void ASubjectAfterAnOpeningTimePhraseIsWhomTheNextHeMeans()
    {
        const string text = "Foreign Secretary Anton Berger briefed reporters in Vienna on the talks.\n\n" +
            "Finance Minister Paul Keller said the budget would not cover a second mission.\n\n" +
            "But late on Friday, Berger returned to the podium. \"The border has been calm since noon,\" he said.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Anton Berger", quote.Speaker);
    }

    [Fact]
    public void ADescriptionIsNotAnEarlierPersonWithAnotherCapitalisedModifier()
    {
        const string text = "Dmitry Orlov, the Kremlin spokesperson, said the proposal was unacceptable.\n\n" +
            "In Rome, a Quirinale spokesperson said the president's visit had been postponed.";
        var statements = Extract.From(text).Statements;
        Assert.Equal("Quirinale spokesperson", statements[^1].Speaker);
    }

    [Fact]
    public void AnAgeAloneStandsForThePersonJustSpokenOf()
    {
        const string text = "At a shelter in a school, local shopkeeper Ilse Brandt said the shelling had stopped at dawn. \"We can finally sleep,\" the 61-year-old told reporters.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Ilse Brandt", s.Speaker));
    }

    [Fact]
    public void AnAttributionBetweenTwoClausesJoinedByAndReportsTheFirst()
    {
        var statement = Assert.Single(Extract.From("Border guards from both countries met on Monday morning, Austria's interior ministry said, and a second meeting was planned for June.").Statements);
        Assert.Equal("Austria's interior ministry", statement.Speaker);
        Assert.Equal("Border guards from both countries met on Monday morning", statement.Text);
    }

    [Fact]
    public void ALongOpeningParticipleClauseStillLeavesTheSpeaker()
    {
        const string text = "Speaking at a news conference in Graz on Monday alongside Slovenian Prime Minister Jana Novak and Hungary's acting Foreign Minister Peter Szabo, Berger said the truce would take effect at midnight.";
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal("Berger", statement.Speaker);
        Assert.Equal("the truce would take effect at midnight", statement.Text);
    }

    [Fact]
    public void SomeoneNamedInsideAReportIsNotWhomTheNextHeMeans()
    {
        const string text = "Presidential spokesman Oleg Varin said on Monday that the president had met envoy Mark Dalton and that the talks were \"constructive\".\n\n" +
            "But he said a pause in the fighting would only help the other side.";
        var statements = Extract.From(text).Statements;
        Assert.Equal("Oleg Varin", statements[^1].Speaker);
    }

    [Fact]
    public void AQuotedThingAgreedToBelongsToTheSentencesClosingAttribution()
    {
        const string text = "Armenia and Azerbaijan have agreed to a \"complete and lasting\" truce after three days of clashes, Georgian Prime Minister Levan Beridze has announced.";
        var statement = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Levan Beridze", statement.Speaker);
        Assert.Equal("complete and lasting", statement.Text);
    }

    [Fact]
    public void AQuotedThingAgreedOnIsNotTheWordsOfWhoeverAgreed()
    {
        const string text = "Lukashenko told reporters in Minsk that he and Aliyev had agreed on \"many questions.\"";
        Assert.DoesNotContain(Extract.From(text).Statements, s => s.Speaker == "Aliyev");
    }

    [Fact]
    public void ItInWhatItCalledIsTheCountryActingInTheSentence()
    {
        const string text = "Georgia said on Sunday it had closed the pass. The clashes began on Monday, when Armenia launched artillery strikes on what it called \"militant positions\" near the border.";
        var statement = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Armenia", statement.Speaker);
    }
}
