namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Documents a body publishes ("a readout published by the Kremlin") and a pronoun with its own reporting verb ("it said in
/// its own statement"), in sentences written for the test.
/// </summary>
public sealed class DocumentAndPronounClauseTests
{
    [Fact]
    public void AReadoutPublishedByABodyIsTheBodysStatement()
    {
        var statement = Extract.Only("A readout published by the Kremlin on Friday said the two presidents had agreed to meet again.");
        Assert.Equal("Kremlin", statement.Speaker);
    }

    [Fact]
    public void APronounWithItsOwnReportingVerbIsNoName()
    {
        var statements = Extract.From("The State Department said on Monday that talks would resume.\n\n"
            + "\"Both delegations agreed to meet again,\" it said in its own statement, adding that experts would meet \"within days\".").Statements;
        Assert.All(statements, s => Assert.Equal("State Department", s.Speaker));
        Assert.Equal(3, statements.Count);
    }
}
