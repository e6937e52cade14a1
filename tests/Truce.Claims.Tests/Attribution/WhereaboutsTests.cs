namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Where an unnamed speaker was is not who they are (corpus README: "a US official in Washington" → "US official"): a place
/// the gazetteer holds after "in" ends the description, with "the … region" around it too. Where they work ("at a
/// hospital"), whom they belong to ("a source in Hamas", "a source in the SBU") and a body's own name stay. Sentences
/// written for the test.
/// </summary>
public sealed class WhereaboutsTests
{
    [Fact]
    public void ACityAfterADiplomatIsDropped()
    {
        var statement = Extract.Only("An Arab diplomat in Amman said the talks were \"close to collapse\".");
        Assert.Equal("Arab diplomat", statement.Speaker);
    }

    [Fact]
    public void ARegionAfterOfficialsIsDropped()
    {
        var statement = Extract.Only("Russian officials in the Kursk region said a drone had hit a power substation.");
        Assert.Equal("Russian officials", statement.Speaker);
    }

    [Fact]
    public void TheTownAfterAHospitalIsDroppedButTheHospitalStays()
    {
        var statement = Extract.Only("Doctors at Al-Awda Hospital in Khan Younis said 12 bodies had been brought in overnight.");
        Assert.Equal("Doctors at Al-Awda Hospital", statement.Speaker, ignoreCase: true);
    }

    [Fact]
    public void AProvinceAfterLocalOfficialsIsDropped()
    {
        var statement = Extract.Only("Local officials in North Kivu said the rebels had taken two more villages.");
        Assert.Equal("local officials", statement.Speaker, ignoreCase: true);
    }

    [Fact]
    public void AnArmedGroupAfterASourceIsKept()
    {
        var statement = Extract.Only("A source in Hamas said the group had not yet received the new proposal.");
        Assert.Equal("source in Hamas", statement.Speaker);
    }

    [Fact]
    public void AServiceAfterASourceIsKept()
    {
        var statement = Extract.Only("A source in the SBU said the drones had been smuggled in by truck.");
        Assert.Equal("source in the SBU", statement.Speaker);
    }

    [Fact]
    public void ABodyNamedWithItsTerritoryKeepsIt()
    {
        var statement = Extract.Only("The Health Ministry in the Gaza Strip said 31 people had been killed.");
        Assert.Equal("Health Ministry in the Gaza Strip", statement.Speaker);
    }

    [Fact]
    public void ALowerCaseMinistryKeepsItsTerritory()
    {
        var statement = Extract.Only("According to the health ministry in Beirut, 14 people were killed in the strikes.");
        Assert.Equal("health ministry in Beirut", statement.Speaker, ignoreCase: true);
    }

    [Theory]
    [InlineData("A military officer in the eastern state of Kalen told reporters the town would be defended.", "military officer")]
    [InlineData("A member of a pro-government militia in Kalen state said the roads were closed.", "member of a pro-government militia")]
    public void ARegionThePhraseItselfCallsAStateIsDropped(string sentence, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(sentence).Speaker);
    }
}
