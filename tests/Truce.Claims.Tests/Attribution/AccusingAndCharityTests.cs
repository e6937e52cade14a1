namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "…, accusing X of Y" reports the subject's accusation as "accused X of Y" does, and a body named after a kind no person
/// bears ("medical charity Doctors Without Borders") is that body. Round 17 found both dropped. Sentences written for the test.
/// </summary>
public sealed class AccusingAndCharityTests
{
    [Theory]
    [InlineData("Hamas rejected reports that it had ended the truce, accusing Israeli sources of fabricating claims.", "Hamas", "fabricating claims")]
    [InlineData("The Kremlin dismissed the report, accusing Kyiv of trying to derail the talks.", "Kremlin", "trying to derail the talks")]
    public void AnAccusingParticipleReportsTheSubjectsAccusation(string text, string speaker, string words)
    {
        Assert.Contains(Extract.From(text).Statements, s => s.Speaker == speaker && s.Text == words);
    }

    [Theory]
    [InlineData("International medical charity Doctors Without Borders (MSF) told AFP that no one could feel safe in Gaza.", "Doctors Without Borders")]
    [InlineData("The rights group Human Rights Watch said no one could feel safe in Gaza.", "Human Rights Watch")]
    [InlineData("Medical charity Doctors Without Borders said no one could feel safe in Gaza.", "Doctors Without Borders")]
    public void ABodyNamedAfterItsKindIsThatBody(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }
}
