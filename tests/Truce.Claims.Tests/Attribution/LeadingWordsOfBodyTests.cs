namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A body named in full with a "for …" or "of …" tail ("the Coordination Headquarters for the Return of Detainees") is what
/// the name cut before that tail later means ("the Coordination Headquarters said"). Sentences written for the test.
/// </summary>
public sealed class LeadingWordsOfBodyTests
{
    [Fact]
    public void ANameCutBeforeItsForTailIsTheBodyNamedInFull()
    {
        const string text = "Forty detainees came home on Friday, the Coordination Headquarters for the Return of Detainees said.\n\n"
            + "Most of them had been held for more than two years, according to the Coordination Headquarters.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Coordination Headquarters for the Return of Detainees", s.Speaker));
    }

    [Fact]
    public void ABodyNamedOnlyInPassingIsStillTheOneTheShortFormMeans()
    {
        const string text = "This was reported by the Coordination Headquarters for the Return of Detainees, the agency writes.\n\n"
            + "Most of them had been held for more than two years, according to the Coordination Headquarters.";
        var statement = Assert.Single(Extract.From(text).Statements, s => s.Text.StartsWith("Most", StringComparison.Ordinal));
        Assert.Equal("Coordination Headquarters for the Return of Detainees", statement.Speaker);
    }
}
