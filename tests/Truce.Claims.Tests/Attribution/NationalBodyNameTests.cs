namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A nationality or country that opens a body's own name is part of it: "the Palestinian Red Crescent Society", "the
/// Ukrainian Red Cross", "Cambodia's 4th Military Region". A religious title before a name is a title ("Ayatollah Ali
/// Khamenei"). Sentences written for the test.
/// </summary>
public sealed class NationalBodyNameTests
{
    [Fact]
    public void ARedCrescentSocietyKeepsItsNationality()
    {
        var statement = Extract.Only("The Palestinian Red Crescent Society said one of its ambulances had been hit near Jabalia.");
        Assert.Equal("Palestinian Red Crescent Society", statement.Speaker);
    }

    [Fact]
    public void ARedCrossKeepsItsNationality()
    {
        var statement = Extract.Only("The Ukrainian Red Cross said its volunteers had evacuated 40 people from Kupiansk.");
        Assert.Equal("Ukrainian Red Cross", statement.Speaker);
    }

    [Fact]
    public void AMilitaryRegionIsABodyNotAPersonCalledRegion()
    {
        var statement = Extract.Only("Cambodia's 4th Military Region said Thai troops had shelled a temple overnight.");
        Assert.Equal("Cambodia's 4th Military Region", statement.Speaker);
    }

    [Fact]
    public void AnArmyRegionAfterItsCountryIsOneBody()
    {
        var statement = Extract.Only("Thailand's First Army Region said two of its soldiers had been wounded by a landmine.");
        Assert.Equal("Thailand's First Army Region", statement.Speaker);
    }

    [Fact]
    public void AnAyatollahIsNamedWithoutHisTitle()
    {
        var statement = Extract.Only("Ayatollah Ali Khamenei said Iran would never negotiate under threat.");
        Assert.Equal("Ali Khamenei", statement.Speaker);
    }

    [Fact]
    public void ALowerCaseRegionIsStillNoSpeaker()
    {
        var statements = Extract.From("The region said nothing about the strike.").Statements;
        Assert.Empty(statements);
    }

    [Fact]
    public void AnAuthorityAfterANationsAdjectiveIsOneBody() =>
        Assert.Equal("Palestinian Authority", Extract.Only("The Palestinian Authority said it was ready to take over the crossings.").Speaker);

    [Theory]
    [InlineData("India's Directorate General of Military Operations said the guns had fallen silent along the border.", "India's Directorate General of Military Operations")]
    [InlineData("The Directorate General of Military Operations said the guns had fallen silent along the border.", "Directorate General of Military Operations")]
    public void ABodysOfPhraseKeepsItsRankAndServiceWords(string text, string speaker) =>
        Assert.Equal(speaker, Extract.Only(text).Speaker);
}
