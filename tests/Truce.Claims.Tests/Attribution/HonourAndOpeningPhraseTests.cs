namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Malaysian honours before a name, and a sentence whose opening phrase names other people before its subject, in sentences
/// written for the test.
/// </summary>
public sealed class HonourAndOpeningPhraseTests
{
    [Fact]
    public void AMalaysianHonourIsNoPartOfTheName()
    {
        var statement = Extract.Only("Foreign Minister Datuk Seri Mohamad Hasan said on Monday that both armies had pulled back.");
        Assert.Equal("Mohamad Hasan", statement.Speaker);
    }

    [Fact]
    public void ANameAloneAfterAnOpeningPhraseThatEndsOnOtherNamesIsTheSubject()
    {
        var statements = Extract.From("Prime Minister Anwar Ibrahim hosted the talks in Putrajaya on Monday.\n\n"
            + "Flanked by Cambodian Prime Minister Hun Manet and Thai Prime Minister Phumtham Wechayachai, Anwar said the two sides "
            + "had reached \"a shared understanding\" after two hours.\n\n\"It is only a first step,\" he said.").Statements;
        Assert.All(statements, s => Assert.Equal("Anwar Ibrahim", s.Speaker));
        Assert.Equal(2, statements.Count);
    }
}
