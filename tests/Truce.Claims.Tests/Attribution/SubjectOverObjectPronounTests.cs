namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A pronoun after a narrated sentence whose subject is a known person and whose object names another one: the subject is
/// who "he" means, in sentences written for the test.
/// </summary>
public sealed class SubjectOverObjectPronounTests
{
    [Fact]
    public void APersonNamedInTheObjectOfAKnownSubjectIsNotWhoAFollowingPronounMeans()
    {
        const string text = "Kremlin spokesman Ivan Sorokin said the talks were useful.\n\n"
            + "Sorokin also dismissed reports that the US envoy for the region, Mark Hale, had been removed at Moscow's request.\n\n"
            + "\"It is their choice whom to send,\" he said.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(("Ivan Sorokin", "It is their choice whom to send"), (statements[^1].Speaker, statements[^1].Text));
    }

    [Fact]
    public void APersonIntroducedInTheNextSentenceIsStillWhoAPronounMeans()
    {
        const string text = "Kremlin spokesman Ivan Sorokin said the talks were useful.\n\n"
            + "The US envoy for the region, Mark Hale, arrived in Moscow on Monday.\n\n"
            + "\"We came to listen,\" he said.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(("Mark Hale", "We came to listen"), (statements[^1].Speaker, statements[^1].Text));
    }
}
