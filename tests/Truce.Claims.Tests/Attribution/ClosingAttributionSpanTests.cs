namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// What a closing attribution reports runs to the attribution, through commas, ages and "and": "The victims were a woman, 59,
/// and a man, 69, Khinshtein said"; "Among those killed were 20 children and 25 women, he said, with …"; and a long "told
/// reporters at … that, in his view, …". Round 18 found each cut short or given to "man" in tuning copy. Sentences written
/// for the test.
/// </summary>
public sealed class ClosingAttributionSpanTests
{
    [Fact]
    public void AnAndInsideTheReportedWordsOpensNoSecondReport()
    {
        var statement = Extract.Only("The victims were identified as a woman, 59, and a man, 69, Khinshtein said on Telegram, expressing condolences to their families.");
        Assert.Equal(("Khinshtein", "The victims were identified as a woman, 59, and a man, 69"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void APhraseWithWithAfterTheCueIsNotTheReport()
    {
        var statements = Extract.From("""
            Omar Haddad, a spokesman for the civil defence agency, spoke to reporters.

            Among those killed were 20 children and 25 women, he said, with around 200 others wounded.
            """).Statements;
        Assert.Equal(("Omar Haddad", "Among those killed were 20 children and 25 women"), (statements[^1].Speaker, statements[^1].Text));
    }

    [Fact]
    public void ALongToldPhraseAndAnAsideAfterThatStillReport()
    {
        var statement = Extract.Only("Mr Trump told reporters at the White House before departing for a Nato summit that, in his view, both sides had broken the deal.");
        Assert.Equal("Trump", statement.Speaker);
        Assert.EndsWith("both sides had broken the deal", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAsideBetweenDashesBeforeTheCueKeepsTheSpeaker()
    {
        var statement = Extract.Only("Omar Haddad, a spokesman for the civil defence agency—also run by the council—told the BBC that airstrikes hit several areas of Brova.");
        Assert.Equal(("Omar Haddad", "airstrikes hit several areas of Brova"), (statement.Speaker, statement.Text));
    }

    [Theory]
    [InlineData("The junta -- which seized power in a coup four years ago -- warned the rebel groups that it would strike back against any offensive.")]
    [InlineData("The junta \u2013 which seized power in a coup four years ago \u2013 warned the rebel groups that it would strike back against any offensive.")]
    public void AnAsideBetweenDoubleHyphensOrEnDashesKeepsTheSpeaker(string sentence)
    {
        var statement = Extract.Only(sentence);
        Assert.Equal("junta", statement.Speaker);
        Assert.EndsWith("it would strike back against any offensive", statement.Text, StringComparison.Ordinal);
    }
}
