using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A call sign given after "call sign" and a comma ("his call sign, "Vitra."") is the sign as it is without the comma: it
/// names the speaker, and the quoted sign is no statement. Sentences written for the test.
/// </summary>
public sealed class CallSignPunctuationTests
{
    private static readonly string[] Signs = ["Vitra", "Sokil", "Dub", "Lev"];

    private static readonly string[] Soldiers = ["a drone operator near Kupiansk", "a mortar gunner", "an infantryman in the trenches"];

    [Fact]
    public void ACallSignAfterACommaNamesTheSpeakerAndSaysNothing()
    {
        var statements = Extract.From("\"The nights are the worst,\" said a medic near Lyman who asked to be identified only by his call sign, \"Vitra.\" \"We work in the dark.\"").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Vitra", s.CallSign));
        Assert.DoesNotContain(statements, s => s.Text.StartsWith("Vitra", StringComparison.Ordinal));
    }

    [Fact]
    public void EverySoldierGivingASignAfterACommaIsNamedByIt()
    {
        Gen.Select(Gen.Int[0, Signs.Length - 1], Gen.Int[0, Soldiers.Length - 1])
            .Sample((sign, soldier) =>
            {
                var text = $"\"Nobody told us about a truce,\" said {Soldiers[soldier]} who asked to be identified only by his call sign, \"{Signs[sign]}.\" \"They shelled us all night.\"";
                var statements = Extract.From(text).Statements;
                return statements.Count == 2 && statements.All(s => s.CallSign == Signs[sign]);
            });
    }
}
