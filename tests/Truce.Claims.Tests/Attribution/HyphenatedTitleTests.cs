namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// British, Irish and South Asian copy hyphenates compound titles ("Vice-President JD Vance", "Major-General …",
/// "Director-General …"): the whole compound is a title, never part of the name, and "the vice-president" later means the
/// vice-president, not whoever is "president". Sentences written for the test.
/// </summary>
public sealed class HyphenatedTitleTests
{
    [Fact]
    public void AHyphenatedTitleIsNotPartOfTheName()
    {
        var statement = Extract.Only("Vice-President JD Vance said the administration wanted \"a deal both sides can live with\".");
        Assert.Equal("JD Vance", statement.Speaker);
        Assert.Equal("Vice-President", statement.Role);
    }

    [Fact]
    public void AHyphenatedRankBeforeAGeneralsNameIsHisRole()
    {
        var statement = Extract.Only("Major-General Faisal Mehmood said the army had \"answered every shell with a shell\".");
        Assert.Equal("Faisal Mehmood", statement.Speaker);
    }

    [Fact]
    public void TheHyphenatedBackReferenceFindsTheVicePresidentNotThePresident()
    {
        var statements = Extract.From("President Donald Trump said on Friday the talks were going \"very well\".\n\n"
            + "The vice-president, JD Vance, said Europe had to \"step up\".\n\n"
            + "\"Nobody wants this war to go on,\" the vice-president added.").Statements;
        Assert.Equal(["Donald Trump", "JD Vance", "JD Vance"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ADirectorGeneralIsNamedWithoutHisTitle()
    {
        var statement = Extract.Only("Director-General Rafael Grossi said the plant had lost its last external power line.");
        Assert.Equal("Rafael Grossi", statement.Speaker);
    }
}
