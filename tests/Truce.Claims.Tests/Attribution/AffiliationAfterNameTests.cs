namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Wire copy names a person with where they work or sit for after the name: "Oleksiy Goncharenko of the European Solidarity
/// party", "Rep. Brian Fitzpatrick of Pennsylvania", "Michael Kofman of CNA". The affiliation is not part of the name; a body
/// whose own name has "of" in it ("International Court of Justice") stays whole. Sentences written for the test.
/// </summary>
public sealed class AffiliationAfterNameTests
{
    [Fact]
    public void APartyAfterTheNameIsNotPartOfIt()
    {
        var statement = Extract.Only("Oleksandra Ustinova of the Holos party said the vote on the plan had been postponed.");
        Assert.Equal("Oleksandra Ustinova", statement.Speaker);
    }

    [Fact]
    public void AStateAfterATitledLegislatorIsNotPartOfTheName()
    {
        var statement = Extract.Only("Rep. Don Bacon of Nebraska said the sanctions bill \"has the votes\".");
        Assert.Equal(("Don Bacon", "Rep."), (statement.Speaker, statement.Role));
    }

    [Fact]
    public void AThinkTankAfterAnAnalystsNameIsNotPartOfIt()
    {
        var statement = Extract.Only("Dara Massicot of the Carnegie Endowment for International Peace said the offensive had stalled.");
        Assert.Equal("Dara Massicot", statement.Speaker);
    }

    [Fact]
    public void AnAffiliatedNameInAppositionToARoleIsTheSpeaker()
    {
        var statements = Extract.From("Several lawmakers criticised the draft on Tuesday.\n\n"
            + "One lawmaker, Volodymyr Ariev of the opposition European Solidarity party, accused the government of hiding the text.").Statements;
        Assert.Equal("Volodymyr Ariev", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void ACourtNamedWithOfStaysWhole()
    {
        var statement = Extract.Only("The International Court of Justice said it would rule on the request next month.");
        Assert.Equal("International Court of Justice", statement.Speaker);
    }

    [Fact]
    public void AStateNamedWithOfIsNoPerson()
    {
        var statement = Extract.Only("The Democratic Republic of Congo said the rebels had not withdrawn from Uvira.");
        Assert.NotEqual("Democratic Republic", statement.Speaker);
    }
}
