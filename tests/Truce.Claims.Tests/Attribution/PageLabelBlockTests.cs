namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Pages laid out in labelled blocks ("Source:", "Quote:", "Details:", "Background:", "Read more:"): a "Quote:" block is
/// the statement of the speaker the paragraph or "Source:" line before it names; the labels are neither speakers nor
/// statements. Sentences written for the test.
/// </summary>
public sealed class PageLabelBlockTests
{
    [Fact]
    public void AQuoteBlockAfterASourceLineIsTheStatementOfTheSpeakerNamedBefore()
    {
        var statements = Extract.From("Ukraine's foreign minister Andrii Sybiha said Kyiv had not received any draft.\n\n"
            + "Source: Sybiha at a briefing in Kyiv\n\n"
            + "Quote: \"We have seen nothing on paper yet.\"\n\n"
            + "Read more: Talks in Istanbul put off for a week").Statements;
        Assert.Equal(["Andrii Sybiha", "Andrii Sybiha"], statements.Select(s => s.Speaker));
        Assert.Equal("We have seen nothing on paper yet.", statements[^1].Text);
    }

    // Round 18: a second "Quote:" block after a paragraph of narration was dropped.
    [Fact]
    public void ALaterQuoteBlockAfterNarrationIsStillTheSourcesStatement()
    {
        var statements = Extract.From("Ukraine's foreign minister Andrii Sybiha said Kyiv had not received any draft.\n\n"
            + "Source: Sybiha on X\n\n"
            + "Quote: \"We have seen nothing on paper yet.\"\n\n"
            + "Details: Sybiha noted that the other side had set out ultimatums instead.\n\n"
            + "This contradicts earlier promises by the other side to offer something \"realistic and doable\" this week.\n\n"
            + "Quote: \"The other side has so far rejected any meaningful format for a ceasefire.\"").Statements;
        Assert.Equal(("Andrii Sybiha", "The other side has so far rejected any meaningful format for a ceasefire."), (statements[^1].Speaker, statements[^1].Text));
    }

    [Fact]
    public void AQuoteBlockRightAfterAReportIsThatSpeakersStatement()
    {
        var statements = Extract.From("Ukrainian President Volodymyr Zelensky said the army would hold its fire.\n\n"
            + "Zelensky said Kyiv would answer any attack at once.\n\n"
            + "Quote: \"Our proposal stands. The answer is now up to Moscow.\"").Statements;
        Assert.Equal(["Volodymyr Zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void AQuoteLabelThatNamesTheSpeakerGivesTheQuoteToThem()
    {
        var statements = Extract.From("Kremlin spokesman Dmitry Peskov said the order had not changed.\n\n"
            + "Foreign Minister Sergei Lavrov said Moscow was ready for talks.\n\n"
            + "Quote from Peskov: \"No new orders were issued.\"").Statements;
        Assert.Equal("Dmitry Peskov", statements[^1].Speaker);
        Assert.Equal("No new orders were issued.", statements[^1].Text);
    }

    [Fact]
    public void ADetailsLabelIsNotPartOfTheSpeaker()
    {
        var statements = Extract.From("Ukrainian President Volodymyr Zelensky said the front was holding.\n\n"
            + "Details: The president said the heaviest fighting was near Pokrovsk.\n\n"
            + "Background: Russia declared a truce for the holiday.").Statements;
        Assert.Equal(["Volodymyr Zelensky", "Volodymyr Zelensky"], statements.Select(s => s.Speaker));
        Assert.Equal("UA", statements[^1].Party);
    }
}
