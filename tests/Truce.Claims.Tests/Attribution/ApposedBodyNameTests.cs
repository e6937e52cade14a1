namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Wire copy describes a body before naming it in apposition: "the military's media wing, Inter-Services Public Relations
/// (ISPR), said", "the state news agency, WAM, reported". The proper name is what speaks; the description is its role, and
/// an acronym later ("the ISPR said") is the same body. Sentences written for the test.
/// </summary>
public sealed class ApposedBodyNameTests
{
    [Fact]
    public void TheBodyNamedAfterItsDescriptionSpeaks()
    {
        var statement = Extract.Only("The army's media wing, Inter-Services Public Relations, said two soldiers had been wounded.");
        Assert.Equal("Inter-Services Public Relations", statement.Speaker);
    }

    [Fact]
    public void TheBodyNamedWithItsArticleInAppositionSpeaksWithoutIt()
    {
        var statement = Extract.Only("In a statement on Sunday, the military's media wing, the Inter-Services Public Relations (ISPR), said the border posts were calm.");
        Assert.Equal("Inter-Services Public Relations", statement.Speaker);
    }

    [Fact]
    public void AnAcronymOfHyphenatedWordsRefersBackToTheBody()
    {
        var statements = Extract.From("The military's media wing, Inter-Services Public Relations, said the ceasefire line was quiet.\n\n"
            + "\"Any violation will be answered,\" the ISPR said.").Statements;
        Assert.Equal(["Inter-Services Public Relations", "Inter-Services Public Relations"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void AnAgencyNamedInAppositionReports()
    {
        var statement = Extract.Only("The state news agency, WAM, reported that a second aid convoy had crossed at Rafah.");
        Assert.Equal("WAM", statement.Speaker);
    }

    [Fact]
    public void AnArmedWingWithoutAProperNameSpeaksAsDescribed()
    {
        var statement = Extract.Only("The group's armed wing said its fighters had withdrawn from the area.");
        Assert.Equal("group's armed wing", statement.Speaker);
    }

    [Fact]
    public void AParticipleClauseAfterABodyIsStillCut()
    {
        var statement = Extract.Only("The defence ministry, citing reports from the front, said two villages had been taken.");
        Assert.Equal("defence ministry", statement.Speaker);
    }
}
