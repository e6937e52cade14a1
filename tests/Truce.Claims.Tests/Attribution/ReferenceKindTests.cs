namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// What kind of speaker a reference can mean, in paragraphs written for the test: "it" is a body, never a person; the
/// leadership of a body speaks as that body; "a negotiator" is someone the article leaves unnamed, not the named negotiator.
/// </summary>
public sealed class ReferenceKindTests
{
    [Fact]
    public void ItSaidNeverMeansTheReporterOfTheByline()
    {
        const string text = "Retreat from the river\n\nby Marta Hnatiuk and Ostap Levko\n\n" +
            "The garrison left the town overnight. The troops had reached \"safer ground to the west,\" it said.";
        var statements = Extract.From(text).Statements;
        Assert.DoesNotContain(statements, s => s.Speaker is "Ostap Levko" or "Marta Hnatiuk");
    }

    [Fact]
    public void ItSaidAfterAPersonAndABodyMeansTheBody()
    {
        const string text = "Front update\n\n" +
            "Ukraine's General Staff said on Tuesday that two villages had been shelled. Defence Minister Anton Vidmar visited the area.\n\n" +
            "The shelling continued \"through most of the night,\" it said.";
        var statement = Assert.Single(Extract.From(text).Statements, s => s.Text.StartsWith("through", StringComparison.Ordinal));
        Assert.Equal("Ukraine's General Staff", statement.Speaker);
    }

    [Theory]
    [InlineData("Ukraine's military leadership confirmed on Friday that its units had left the bridgehead.", "Ukraine's military leadership")]
    [InlineData("The Hamas leadership said on Friday that its negotiators would return to Cairo.", "Hamas leadership")]
    public void ABodysLeadershipSpeaksForIt(string sentence, string speaker)
    {
        var statement = Extract.Only("Front update\n\n" + sentence);
        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void AnIndefiniteNegotiatorIsNotTheNamedNegotiator()
    {
        const string text = "Talks in Istanbul\n\n" +
            "Rustem Umerov led the delegation to the talks on Monday.\n\n" +
            "A Ukrainian negotiator, who spoke on condition of anonymity because the talks were private, said the draft repeated old demands.";
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal("Ukrainian negotiator", statement.Speaker);
    }

    [Fact]
    public void TheDefiniteNegotiatorIsStillTheNamedOne()
    {
        const string text = "Talks in Istanbul\n\n" +
            "Rustem Umerov led the delegation to the talks on Monday.\n\n" +
            "The Ukrainian negotiator said the draft repeated old demands.";
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal("Rustem Umerov", statement.Speaker);
    }
}
