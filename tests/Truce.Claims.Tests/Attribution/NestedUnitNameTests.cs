using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A unit named together with the body it belongs to ("the 7th Rapid Response Corps of Ukraine's Air Assault Forces") is one
/// organisation, named in full, whatever clause follows it; a post held in a unit ("the commander of the 3rd Brigade")
/// stays a person's description. Sentences written for the test.
/// </summary>
public sealed class NestedUnitNameTests
{
    private static readonly string[] Numbers = ["3rd", "11th", "22nd", "45th"];

    private static readonly string[] Units = ["Army Corps", "Mechanized Brigade", "Operational Command", "Assault Regiment"];

    private static readonly string[] Parents = ["Ukraine's Ground Forces", "the National Guard", "Ukraine's Air Assault Forces"];

    private static readonly string[] Clauses = ["", ", which holds the sector,", ", which defends the town,"];

    [Fact]
    public void AUnitOfAParentBodyWithARelativeClauseSpeaksInFull()
    {
        var statement = Extract.Only("The 9th Army Corps of Ukraine's Ground Forces, which is responsible for the area, said its troops still held the bridge.");
        Assert.Equal("9th Army Corps of Ukraine's Ground Forces", statement.Speaker);
    }

    [Fact]
    public void APostHeldInAUnitIsStillAPersonDescribed()
    {
        var statement = Extract.Only("The commander of the 3rd Assault Brigade said his men still held the bridge.");
        Assert.Equal("commander of the 3rd Assault Brigade", statement.Speaker);
    }

    [Fact]
    public void EveryUnitOfAParentBodySpeaksUnderItsWholeName()
    {
        Gen.Select(Gen.Int[0, Numbers.Length - 1], Gen.Int[0, Units.Length - 1], Gen.Int[0, Parents.Length - 1], Gen.Int[0, Clauses.Length - 1])
            .Sample((n, u, p, c) =>
            {
                var unit = $"{Numbers[n]} {Units[u]} of {Parents[p]}";
                var text = $"The {unit}{Clauses[c]} said its soldiers had repelled two attacks overnight.";
                return Extract.Only(text).Speaker == unit;
            });
    }
}
