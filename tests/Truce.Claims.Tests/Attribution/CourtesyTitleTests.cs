namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// British knighthoods and peerages ("Sir", "Dame", "Lord", "Baroness") are titles before a name, as "Mr" is: BBC and Guardian
/// copy writes "Sir Keir Starmer" first and "Sir Keir" or "the prime minister" after. Sentences written for the test.
/// </summary>
public sealed class CourtesyTitleTests
{
    [Fact]
    public void AKnightIsNamedWithoutHisTitle()
    {
        var statement = Extract.Only("Sir Keir Starmer said on Sunday that Britain would fund a further air defence package.");
        Assert.Equal("Keir Starmer", statement.Speaker);
        Assert.Equal("Britain would fund a further air defence package", statement.Text);
    }

    [Fact]
    public void TheListedRoleOfAKnightFindsHimAfterHisTitledName()
    {
        var statements = Extract.From("Sir Keir Starmer said the attack showed Moscow was \"stalling for time\".\n\n"
            + "\"We will not be lectured on peace by a man who bombs apartment blocks,\" the prime minister told reporters in Downing Street.").Statements;
        Assert.Equal(["Keir Starmer", "Keir Starmer"], statements.Select(s => s.Speaker));
        Assert.Equal("the prime minister", statements[1].ResolvedFrom);
    }

    [Fact]
    public void TheTitleAndFirstNameRefersBackToTheKnight()
    {
        var statements = Extract.From("Sir Keir Starmer met European leaders in London on Thursday.\n\n"
            + "Later, Sir Keir told MPs that the coalition would keep its troops ready.").Statements;
        var statement = Assert.Single(statements);
        Assert.Equal("Keir Starmer", statement.Speaker);
    }

    [Fact]
    public void ADameIsNamedWithoutHerTitleAndIsWhomSheMeans()
    {
        var statements = Extract.From("Dame Karen Pierce, the former ambassador to Washington, said the envoys had misread the Kremlin.\n\n"
            + "\"There is no deal without Kyiv at the table,\" she said.").Statements;
        Assert.All(statements, s => Assert.Equal("Karen Pierce", s.Speaker));
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void APeerKnownByTitleAndSurnameKeepsTheTitleAsHisRole()
    {
        var statement = Extract.Only("Lord Ricketts, a former national security adviser, said Europe had to plan for a long war.");
        Assert.Equal(("Ricketts", "Europe had to plan for a long war"), (statement.Speaker, statement.Text));
        Assert.StartsWith("Lord", statement.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void ACapitalisedLordInsideAQuoteNamesNobody()
    {
        var statement = Extract.Only("\"Lord knows how long the truce will last,\" a Ukrainian officer said.");
        Assert.Equal("Ukrainian officer", statement.Speaker);
    }
}
