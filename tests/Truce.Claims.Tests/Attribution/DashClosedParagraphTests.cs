namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Agency copy that closes a paragraph of speech with a dash and its speaker and no full stop ("… an exchange of prisoners, —
/// said Umerov") is speech, not a title. Round 18 found such a paragraph read as a headline and dropped. Sentences written for
/// the test.
/// </summary>
public sealed class DashClosedParagraphTests
{
    [Theory]
    [InlineData("Russia did not agree to a ceasefire and a meeting of leaders. We only agreed on an exchange of prisoners, — said Umerov")]
    [InlineData("Russia did not agree to a ceasefire and a meeting of leaders. We only agreed on an exchange of prisoners - Umerov said")]
    public void TheParagraphIsTheSpeakersWords(string paragraph)
    {
        var statements = Extract.From($"""
            Head of the Ukrainian delegation Rustem Umerov spoke after the talks in Istanbul.

            {paragraph}
            """).Statements;
        var statement = Assert.Single(statements);
        Assert.Equal("Rustem Umerov", statement.Speaker);
        Assert.StartsWith("Russia did not agree to a ceasefire", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheStatementThatReadsIsTheBodysWhoseStatementItIs()
    {
        var statements = Extract.From("""
            The Coordination Headquarters for the Treatment of Prisoners of War said on Friday that a swap had taken place.

            Today another stage of the exchange took place under the agreements reached in Istanbul. Young soldiers returned home. - the statement reads.
            """).Statements;
        Assert.Equal(("Coordination Headquarters for the Treatment of Prisoners of War", true),
            (statements[^1].Speaker, statements[^1].Text.StartsWith("Today another stage", StringComparison.Ordinal)));
    }
}
