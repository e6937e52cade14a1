namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A headline names people by surname ("Merz and Tusk agree …") before the story gives their full names; the person met
/// first by surname is the person named in full later, in sentences written for the test.
/// </summary>
public sealed class HeadlineSurnameTests
{
    [Fact]
    public void ASurnameInTheHeadlineTakesTheFullNameTheStoryGivesLater()
    {
        var statements = Extract.From("Merz and Tusk end Berlin meeting without a deal on air defence\n\n"
            + "BERLIN (AP) — German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk ended their talks without a deal, "
            + "and Merz said afterward that Europe would fund new systems.\n\n"
            + "\"We will not leave the sky open,\" Merz told reporters.").Statements;
        Assert.Equal(["Friedrich Merz", "Friedrich Merz"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ASurnameInAHeadlineListIsThePersonTheLeadNamesInFull()
    {
        var statements = Extract.From("Tusk and Fiala meet in Prague as Europe weighs the truce plan\n\n"
            + "Polish Prime Minister Donald Tusk said a ceasefire without guarantees would give Russia time to rearm.\n\n"
            + "Tusk added that Poland would keep its border closed.").Statements;
        Assert.All(statements, s => Assert.Equal("Donald Tusk", s.Speaker));
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void ADifferentFirstNameWithAnotherSurnameStaysAnotherPerson()
    {
        var statements = Extract.From("Oleh, a drone pilot, said the night had been quiet.\n\n"
            + "Oleh Syniehubov, the Kharkiv governor, said two people were wounded in the city.").Statements;
        Assert.Equal(["Oleh", "Oleh Syniehubov"], statements.Select(s => s.Speaker));
    }
}
