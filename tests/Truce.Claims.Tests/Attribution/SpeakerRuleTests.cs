using Truce.Claims.Attribution;

namespace Truce.Claims.Tests.Attribution;

/// <summary>The attribution rules added after the second held-out set, each on text written for it.</summary>
public sealed class SpeakerRuleTests
{
    [Fact]
    public void ARoleThatSpeaksIsThePersonNamedInTheNextSentence()
    {
        const string text = "Strikes damaged a substation, the regional governor said. Oleh Syniehubov said crews had restored power by morning.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Oleh Syniehubov", s.Speaker));
        Assert.Equal("the regional governor", statements[0].ResolvedFrom);
    }

    [Fact]
    public void TheHeadOfAnAgencyIsItsDirectorGeneralNamedNext()
    {
        const string text = "The head of the nuclear watchdog said drones had struck a training centre. " +
            "\"Such attacks must stop,\" International Atomic Energy Agency Director General Rafael Grossi said.";
        Assert.All(Extract.From(text).Statements, s => Assert.Equal("Rafael Grossi", s.Speaker));
    }

    [Fact]
    public void AnIndefiniteRoleStaysAnonymousWhenSomeoneIsNamedNext()
    {
        const string text = "A senior European diplomat said the talks had stalled. Kaja Kallas said the union would keep its sanctions.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(["senior European diplomat", "Kaja Kallas"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ARoleIsNotMergedWithADifferentlyTitledPersonNamedNext()
    {
        const string text = "The regional governor said three people were hurt. Mayor Ihor Terekhov said the metro would stay open.";
        var statements = Extract.From(text).Statements;
        Assert.Equal("regional governor", statements[0].Speaker);
        Assert.Equal("Ihor Terekhov", statements[1].Speaker);
    }

    [Fact]
    public void ShePassesOverAManToTheWomanBeforeHim()
    {
        const string text = "\"We have had no heating for three days,\" said Larysa Melnyk, 72. " +
            "Her neighbour, Ihor Savchuk, said the lift had not worked since the first strike. " +
            "\"My grandson carries water for me,\" she said.";
        var last = Extract.From(text).Statements[^1];
        Assert.Equal("Larysa Melnyk", last.Speaker);
        Assert.Equal("she", last.ResolvedFrom);
    }

    [Fact]
    public void HeStillMeansTheLatestMan()
    {
        const string text = "Larysa Melnyk said the water was off. Ihor Savchuk said the lift was broken. \"It is hard,\" he said.";
        Assert.Equal("Ihor Savchuk", Extract.From(text).Statements[^1].Speaker);
    }

    [Fact]
    public void AnOpeningPhraseWithoutACommaBeforeThePronounThatSpeaks()
    {
        const string text = "Ukraine's General Staff did not confirm the loss. In its evening report it said Russian forces continue to attack near Kupiansk.";
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal("Ukraine's General Staff", statement.Speaker);
    }

    [Theory]
    [InlineData("Larysa Melnyk", PersonGender.Female)]
    [InlineData("Oksana Markarova", PersonGender.Female)]
    [InlineData("Karoline Leavitt", PersonGender.Female)]
    [InlineData("Mykola Kalashnyk", PersonGender.Male)]
    [InlineData("Ihor Savchuk", PersonGender.Male)]
    [InlineData("Dmitry Peskov", PersonGender.Male)]
    [InlineData("Petro Yatsenko", PersonGender.Male)]
    public void FirstNamesThatMakeTheGenderObvious(string name, PersonGender gender)
    {
        Assert.Equal(gender, PersonGenders.Of(new Speaker(name, null, SpeakerForm.Name)));
    }

    [Fact]
    public void DescriptionsAndOrganisationsHaveNoGender()
    {
        Assert.Equal(PersonGender.Unknown, PersonGenders.Of(new Speaker("regional governor", null, SpeakerForm.Description)));
        Assert.Equal(PersonGender.Unknown, PersonGenders.Of(new Speaker("Ukrenergo", null, SpeakerForm.Organisation)));
    }

    [Fact]
    public void AnAcronymBeforeItsAppositiveIsTheOrganisationThatSpeaks()
    {
        var statement = Assert.Single(Extract.From("DTEK, the largest private energy company, said its plant had been hit.").Statements);
        Assert.Equal("DTEK", statement.Speaker);
    }

    [Fact]
    public void APersonFamiliarWithTheTalksIsADescribedSpeaker()
    {
        var statement = Assert.Single(Extract.From("According to a person familiar with the talks, the meeting lasted about an hour.").Statements);
        Assert.Equal("person familiar with the talks", statement.Speaker);
    }
}
