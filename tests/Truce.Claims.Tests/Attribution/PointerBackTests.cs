namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Ukrainian agency copy states a fact, then names its source in a sentence of its own: "This was reported by the
/// Coordination Headquarters, UNN reports." The pointer says nothing itself, so the agency that carries it is no speaker.
/// The sentence before stays narration: the real-copy panels annotate it so in two cases of three (round 19). Sentences
/// written for the test.
/// </summary>
public sealed class PointerBackTests
{
    [Theory]
    [InlineData("A group of wounded soldiers has been returned home. This was reported by the Coordination Headquarters for the Treatment of Prisoners of War, UNN reports.")]
    [InlineData("The parties discussed new prisoner exchanges. This was stated by the Minister of Defense of Ukraine, head of the Ukrainian delegation, Rustem Umerov, following the negotiations.")]
    public void ThePointerIsNoStatement(string text)
    {
        Assert.Empty(Extract.From(text).Statements);
    }

    [Fact]
    public void ASentenceThatOnlyStartsLikeAPointerStillReports()
    {
        var statement = Extract.Only("That was stated by the mayor, and the governor said the power station had been hit again.");
        Assert.Equal(("governor", "the power station had been hit again"), (statement.Speaker, statement.Text));
    }
}
