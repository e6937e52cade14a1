namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// ""…," his office said": the office belongs to the person the pronoun means and is named as theirs. Sentences written for
/// the test.
/// </summary>
public sealed class PossessedOfficeTests
{
    [Fact]
    public void HerOfficeIsTheOfficeOfTheWomanJustQuoted()
    {
        const string text = "Norwegian Prime Minister Greta Lind said the truce was over.\n\n"
            + "\u201CFrom now on we will act with full force,\u201D her office said in a statement.";
        Assert.Equal("Greta Lind's office", Extract.From(text).Statements[^1].Speaker);
    }

    [Fact]
    public void HisOfficeFollowsTheGenderOfThePronoun()
    {
        const string text = "Greta Lind met Swedish envoy Arne Solberg on Monday. Solberg said the corridor would reopen.\n\n"
            + "\u201CThe corridor opens at dawn on Friday,\u201D his office said.";
        Assert.Equal("Arne Solberg's office", Extract.From(text).Statements[^1].Speaker);
    }

    [Fact]
    public void AnOfficeWithNoOneToBelongToIsNotGivenAnOwner()
    {
        const string text = "\u201CThe corridor opens at dawn on Friday,\u201D his office said.";
        Assert.DoesNotContain("'s office", Extract.Only(text).Speaker, StringComparison.Ordinal);
    }
}
