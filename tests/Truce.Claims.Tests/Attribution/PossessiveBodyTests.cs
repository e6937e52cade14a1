namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "…, its army said": a body named only by "its" or "their" speaks for the country the sentence opens with, and is the
/// same body when the article names it in full, in sentences written for the test.
/// </summary>
public sealed class PossessiveBodyTests
{
    [Fact]
    public void ItsArmyIsTheArmyOfTheCountryTheSentenceOpensWithAsTheArticleNamesItLater()
    {
        var statements = Extract.From("Cambodia has shelled Thai villages near the Ta Muen Thom temple, its army said on Friday.\n\n"
            + "The Cambodian army said it had only returned fire.").Statements;
        Assert.Equal(["Cambodian army", "Cambodian army"], statements.Select(s => s.Speaker));
        Assert.Equal("its army", statements[0].ResolvedFrom);
    }

    [Fact]
    public void ItsNavyIsNamedAfterTheCountryWhenTheArticleNeverNamesItInFull()
    {
        var statement = Extract.Only("Israel has intercepted another aid flotilla off Gaza, its navy said.");
        Assert.Equal("Israel's navy", statement.Speaker);
    }

    [Fact]
    public void AnotherCountrysArmyWithTheSameHeadNounIsNotTheOneMeant()
    {
        var statements = Extract.From("Thailand has closed two more border crossings, its army said.\n\n"
            + "The Cambodian army said the crossings had been quiet for a week.").Statements;
        Assert.Equal(["Thailand's army", "Cambodian army"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ItsArmyWithNoCountryOpeningTheSentenceStaysAsWritten()
    {
        var statement = Extract.Only("Two soldiers were wounded near the border on Monday, its army said.");
        Assert.Equal("its army", statement.Speaker);
    }
}
