using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "The statement said" means the body that issued the statement, when the narration says who issued it, not the person
/// quoted last; "His office" opening a sentence is the office of the person "he" means. Sentences written for the test.
/// </summary>
public sealed class StatementIssuerTests
{
    private static readonly string[] Bodies = ["The Defence Ministry", "The presidential office", "The Foreign Ministry", "The Kremlin"];

    private static readonly string[] Verbs = ["issued", "released", "later issued", "published"];

    [Fact]
    public void HisOfficeIssuingAStatementSpeaksThroughIt()
    {
        var report = Extract.From("Prime Minister Mark Carney said the plan was \"serious\". His office later issued a statement. "
            + "\"Canada will send engineers,\" the statement said.");
        Assert.Equal("Mark Carney's office", report.Statements[^1].Speaker);
    }

    [Fact]
    public void AStatementWithNoIssuerNamedIsTheLastSpeakers()
    {
        var report = Extract.From("The Defence Ministry said the drones were \"all destroyed\". \"No damage was done,\" the statement said.");
        Assert.Equal("Defence Ministry", report.Statements[^1].Speaker);
    }

    [Fact]
    public void TheIssuerNotThePersonQuotedBeforeSpeaksThroughTheStatement()
    {
        Gen.Select(Gen.Int[0, Bodies.Length - 1], Gen.Int[0, Verbs.Length - 1])
            .Sample((b, v) =>
            {
                var text = $"Defence Minister Rustem Umerov said the talks had been \"useful\". {Bodies[b]} {Verbs[v]} a statement on Tuesday. "
                    + "\"Our position has not changed,\" the statement said.";
                var last = Extract.From(text).Statements[^1];
                return last.Speaker != "Rustem Umerov" && Bodies[b].EndsWith(last.Speaker, StringComparison.Ordinal);
            });
    }
}
