namespace Truce.Claims.Tests.Attribution;

/// <summary>Words around a speaker that say when, how many or with what short title — none of them is who spoke.</summary>
public sealed class SpeakerPhraseNoiseTests
{
    [Theory]
    [InlineData("The talks resumed a day after the Kremlin said it would study the new draft.", "Kremlin", "it would study the new draft")]
    [InlineData("Shelling resumed hours before the governor said the town was calm.", "governor", "the town was calm")]
    [InlineData("Markets fell two days after Lavrov said the offer was dead.", "Lavrov", "the offer was dead")]
    [InlineData("Peskov, speaking hours after the talks ended, said the offer stood.", "Peskov", "the offer stood")]
    public void ATimePhraseBeforeTheSpeakerIsNotPartOfTheSpeaker(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(words, statement.Text);
    }

    [Theory]
    [InlineData("The envoys left Geneva on Monday. But within hours the Kremlin said the text needed more work.", "Kremlin", "the text needed more work")]
    [InlineData("The deal was signed at noon. Within minutes, the army said its units had stopped firing.", "army", "its units had stopped firing")]
    [InlineData("The truce began at dawn. Hours later the governor said a shell had hit a school.", "governor", "a shell had hit a school")]
    public void ATimePhraseOpeningTheClauseIsNotPartOfTheSpeaker(string text, string speaker, string words)
    {
        var statement = Extract.Only(text);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(words, statement.Text);
    }

    [Theory]
    [InlineData("Kherson Gov Oleksandr Prokudin said a shell hit a bakery in the city.", "Oleksandr Prokudin")]
    [InlineData("Sumy Gov. Oleh Hryhorov said two villages lost power.", "Oleh Hryhorov")]
    public void AnAbbreviatedTitleBeforeANameIsARoleNotPartOfTheName(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }

    [Theory]
    [InlineData("One senior NATO diplomat said the plan was not ready.", "senior NATO diplomat")]
    [InlineData("Two Ukrainian officials said the draft had changed overnight.", "Ukrainian officials")]
    public void ANumberWordBeforeADescriptionIsNotPartOfTheSpeaker(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }

    [Theory]
    [InlineData("Moldova's state gas supplier, Energocom, said deliveries had resumed.", "Energocom")]
    [InlineData("Ukraine's national grid operator, Ukrenergo, said two substations were hit.", "Ukrenergo")]
    public void AnOrganisationDescribedBeforeItsNameInAppositionIsTheNamedOne(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }
}
