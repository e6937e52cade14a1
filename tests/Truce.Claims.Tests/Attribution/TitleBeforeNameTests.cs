namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Titles of rank, church and crown stand before the name and are not part of it ("Field Marshal Asim Munir", "Cardinal
/// Pietro Parolin"), while a regnal number ends the name ("King Charles III", "Pope Leo XIV"), so the title and name together
/// still read as the article wrote them. Sentences written for the test.
/// </summary>
public sealed class TitleBeforeNameTests
{
    [Fact]
    public void AFieldMarshalInAppositionIsNamedAfterHisRank()
    {
        var statement = Extract.Only("The country's army chief, Field Marshal Asim Munir, said any attack would be met \"with full force\".");
        Assert.Equal("Asim Munir", statement.Speaker);
    }

    [Fact]
    public void ACardinalIsNamedWithoutHisTitle()
    {
        var statement = Extract.Only("Cardinal Matteo Zuppi said the Vatican was ready to help return deported children.");
        Assert.Equal(("Matteo Zuppi", "Cardinal"), (statement.Speaker, statement.Role));
    }

    [Fact]
    public void APatriarchIsNamedWithoutHisTitle()
    {
        var statement = Extract.Only("Patriarch Kirill said the church prayed for \"a just peace\".");
        Assert.Equal("Kirill", statement.Speaker);
    }

    [Fact]
    public void ARegnalNumberIsPartOfTheNameAndTheCountryIsNot()
    {
        var statement = Extract.Only("Jordan's King Abdullah II said any plan for Gaza \"must include the West Bank\".");
        Assert.Equal(("Abdullah II", "Jordan's King"), (statement.Speaker, statement.Role));
    }

    [Fact]
    public void AThreeLetterRegnalNumberIsPartOfTheName()
    {
        var statement = Extract.Only("Britain's King Charles III said the country would \"stand with Ukraine for as long as it takes\".");
        Assert.Equal("Charles III", statement.Speaker);
    }

    [Fact]
    public void ThePopeNamedAgainWithoutHisNumberIsTheSamePope()
    {
        var statements = Extract.From("Pope Leo XIV said the weapons \"must fall silent\".\n\n"
            + "Pope Leo also said the children of Gaza \"deserve to grow up\".").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Leo XIV", s.Speaker));
    }
}
