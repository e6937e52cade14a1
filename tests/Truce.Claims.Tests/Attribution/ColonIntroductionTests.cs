namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A quote introduced by a clause that ends in a colon: its subject speaks ("The army also issued a statement: "…""), and a
/// pronoun closing the quote ("Rubio said: "…," he said") is that subject, not the person the sentence named last. Round 18
/// found the first dropped and the second given to another person in tuning copy. Sentences written for the test.
/// </summary>
public sealed class ColonIntroductionTests
{
    [Theory]
    [InlineData("The Lasvan army also issued a statement: “The army command is working with friendly countries to end the violations.”", "Lasvan army")]
    [InlineData("Keith Kellogg expressed support on X (formerly Twitter): “A full ceasefire for 30 days will start the process.”", "Keith Kellogg")]
    public void TheSubjectOfTheIntroducingClauseSpeaks(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }

    [Fact]
    public void APronounClosingTheQuoteIsTheOneTheColonIntroduced()
    {
        var statements = Extract.From("""
            US Secretary of State Marco Rubio thanked the hosts of the talks.

            In his remarks to the press along with National Security Advisor Mike Waltz, Rubio said: "I want to personally thank the team for hosting us," he said.
            """).Statements;
        Assert.Equal("Marco Rubio", statements[^1].Speaker);
    }
}
