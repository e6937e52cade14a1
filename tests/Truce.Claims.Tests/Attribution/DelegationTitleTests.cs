namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A delegation in a title before a name ("head of the Russian delegation Vladimir Medinsky") and as a speaking body ("the
/// Russian delegation said"), in sentences written for the test.
/// </summary>
public sealed class DelegationTitleTests
{
    [Theory]
    [InlineData("Head of the Norwegian delegation Lars Berg, also an adviser to President Anna Dahl, said on Friday that Oslo was pleased with the talks.")]
    [InlineData("After a meeting in Geneva, the head of the Norwegian negotiating delegation Lars Berg declared that the drafts were \"far apart.\"")]
    public void TheHeadOfADelegationNamedAfterTheTitleIsWhoSpeaks(string text) =>
        Assert.Equal("Lars Berg", Extract.Only(text).Speaker);

    [Fact]
    public void ADelegationSpeaksAsABody()
    {
        const string text = "The head of the Swedish delegation Karl Lund called the talks \"useful.\"\n\n"
            + "The Norwegian delegation said the next round would start in May.";
        Assert.Equal("Norwegian delegation", Extract.From(text).Statements[^1].Speaker);
    }

    [Fact]
    public void DelegationsAfterAReportingVerbAreNoBody()
    {
        const string text = "Swedish officials were working on a draft text in Oslo, a Swedish diplomatic source said. "
            + "The source said both delegations had agreed to keep talking but that \"the gap on the main issue remains wide\".";
        Assert.Equal("Swedish diplomatic source", Extract.From(text).Statements[^1].Speaker);
    }
}
