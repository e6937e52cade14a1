namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "Sheikh" before a Gulf name is a title, as "Sir" is before a knight's: the speaker is the name after it ("Sheikh Badr bin
/// Hamad Al Busaidi" is Badr bin Hamad Al Busaidi, as the corpus names Qatar's prime minister), and "Sheikh Badr" later is a
/// short name for the same person. Sentences written for the test.
/// </summary>
public sealed class ArabicHonorificTests
{
    [Fact]
    public void ANameInAppositionIsGivenWithoutItsHonorific()
    {
        var statement = Extract.Only("Oman's foreign minister, Sheikh Badr bin Hamad Al Busaidi, said the two delegations would meet again in Muscat.");
        Assert.Equal("Badr bin Hamad Al Busaidi", statement.Speaker);
        Assert.Equal("Oman's foreign minister", statement.Role);
    }

    [Fact]
    public void AnHonorificOpeningTheSentenceIsTheSpeakersTitle()
    {
        var statement = Extract.Only("Sheikh Abdullah bin Zayed Al Nahyan said the Emirates would keep funding the hospital in Rafah.");
        Assert.Equal(("Abdullah bin Zayed Al Nahyan", "Sheikh"), (statement.Speaker, statement.Role));
    }

    [Fact]
    public void AnHonorificAfterAnOfficeIsPartOfTheTitles()
    {
        var statement = Extract.Only("Kuwait's Crown Prince Sheikh Sabah Khaled Al Hamad Al Sabah said the Gulf states backed the truce.");
        Assert.Equal("Sabah Khaled Al Hamad Al Sabah", statement.Speaker);
    }

    [Fact]
    public void TheHonorificAndGivenNameReferBackToTheFullName()
    {
        var statements = Extract.From("Bahrain's top diplomat, Sheikh Khalid bin Ahmed Al Khalifa, said on Monday that the summit would go ahead.\n\n"
            + "\"Nobody should expect a final deal this week,\" Sheikh Khalid told reporters.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Khalid bin Ahmed Al Khalifa", s.Speaker));
    }

    [Fact]
    public void MisterAndSurnameStillReferBackAsBefore()
    {
        var statements = Extract.From("U.S. envoy Steve Witkoff said the meeting in Moscow had been \"productive\".\n\n"
            + "\"We are closer than we were,\" Mr. Witkoff said.").Statements;
        Assert.All(statements, s => Assert.Equal("Steve Witkoff", s.Speaker));
    }

    [Theory]
    [InlineData("Izzet er-Risk", "Er-Risk")]
    [InlineData("Mohammed al-Hindi", "Al-Hindi")]
    [InlineData("Hussein ash-Sheikh", "Ash-Sheikh")]
    public void AnAssimilatedArabicArticleOpeningASentenceStillNamesThePerson(string name, string again)
    {
        var text = $"{name}, a Hamas official, said the claims had no basis. {again} accused Israel of manufacturing pretexts to abandon the agreement.";
        var statements = Extract.From(text).Statements;
        Assert.Equal([name, name], statements.Select(s => s.Speaker));
    }
}
