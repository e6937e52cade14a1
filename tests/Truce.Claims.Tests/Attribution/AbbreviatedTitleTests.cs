namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// American house style writes courtesy titles and ranks with a full stop ("Mr. Lind", "Gen. Solberg"); the stop ends no
/// sentence, so the attribution after a quote still names the speaker. Sentences written for the test.
/// </summary>
public sealed class AbbreviatedTitleTests
{
    private const string Lead = "Norwegian Trade Minister Greta Lind said the border would stay open.\n\n"
        + "Swedish envoy Arne Solberg said the talks had stalled.\n\n";

    [Fact]
    public void ACourtesyTitleWithAFullStopAfterAQuoteNamesTheSpeaker()
    {
        var statements = Extract.From(Lead + "\u201CWe will wait,\u201D Ms. Lind said.").Statements;
        Assert.Equal("Greta Lind", statements[^1].Speaker);
    }

    [Fact]
    public void AnInvertedAttributionEndingOnAnAbbreviatedTitleAndSurnameNamesTheSpeaker()
    {
        var statements = Extract.From(Lead + "\u201CWe will wait,\u201D said Ms. Lind.").Statements;
        Assert.Equal("Greta Lind", statements[^1].Speaker);
    }

    [Fact]
    public void ARankWithAFullStopBeforeAFullNameIsNoPartOfTheName()
    {
        var statements = Extract.From(Lead + "\u201CThe line holds,\u201D Gen. Piet Haraldsen said.").Statements;
        Assert.Equal("Piet Haraldsen", statements[^1].Speaker);
    }

    [Fact]
    public void AFullStopAfterAnOrdinaryWordStillEndsTheAttribution()
    {
        var statements = Extract.From(Lead + "\u201CWe will wait,\u201D said Lind. The talks resume on Friday, officials said.").Statements;
        Assert.Equal("Greta Lind", statements[^2].Speaker);
    }
}
