using Truce.Claims.Text;

namespace Truce.Claims.Tests.Text;

/// <summary>
/// Pages flattened from markup can lose the space between two sentences ("… the aide pointed out.Moscow urged …"): the full
/// stop still ends the first, so each sentence keeps its own attribution. Sentences written for the test.
/// </summary>
public sealed class GluedSentenceTests
{
    [Fact]
    public void AFullStopStraightBeforeACapitalisedWordEndsTheSentence()
    {
        var layout = new ArticleLayout("The swap could involve 1,200 people, the aide pointed out.Moscow urged talks on peace terms, he said.");

        Assert.Equal(["The swap could involve 1,200 people, the aide pointed out.", "Moscow urged talks on peace terms, he said."],
            layout.Sentences.Select(layout.Slice));
    }

    [Fact]
    public void EachGluedSentenceIsAStatementOfItsOwn()
    {
        var statements = Extract.From("Final figures on the exchange are being agreed, the aide Vladimir Medinsky said.The other side promised to study the memorandum, Medinsky said.").Statements;

        Assert.Equal(["Final figures on the exchange are being agreed", "The other side promised to study the memorandum"], statements.Select(s => s.Text));
        Assert.All(statements, s => Assert.Equal("Vladimir Medinsky", s.Speaker));
    }

    [Theory]
    [InlineData("Troops of the U.S.Army took part in the drill on the coast.")]
    [InlineData("The text was posted on sputnikglobe.com before noon on the day.")]
    [InlineData("The leaders met in Washington, D.C.After that the talks ended.")]
    public void AbbreviationsAndAddressesStayInOneSentence(string text)
    {
        Assert.Single(new ArticleLayout(text).Sentences);
    }
}
