using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Front-line features as a class: a soldier introduced by a description of their post and unit, named by a call sign or
/// first name in a clause after it, quoted with "said X" or "X said" and then over continuation paragraphs ("he said", a
/// quote alone, "the commander added"). Per the corpus README such a person is given by description or call sign; every
/// statement of theirs carries the call sign, and none goes to the minister named before them.
/// </summary>
public sealed class DescribedSoldierPropertyTests
{
    // Each description with the head noun a later "the … added" refers back by.
    private static readonly (string Description, string Head)[] Descriptions =
    [
        ("the commander of an assault company of the 41st Mechanized Brigade", "commander"),
        ("a deputy commander of a reconnaissance platoon of the 12th Special Purpose Brigade", "commander"),
        ("a 29-year-old medic with the 5th Separate Assault Brigade", "medic"),
        // "the operator" alone may be a grid or plant operator, a body: this soldier is "he" again.
        ("a drone operator in an artillery battalion of the National Guard", "he"),
        ("a 34-year-old platoon commander from Poltava", "commander"),
        ("a Ukrainian sergeant fighting near Huliaipole", "sergeant"),
        ("a mortar gunner of the 110th Territorial Defense Brigade", "gunner"),
    ];

    private static readonly string[] Clauses =
    [
        "who goes by the call sign \"{0}{1}\"",
        "who asked to be identified only by his first name, {0}{1}",
        "who gave only his call sign, {0}{1}",
    ];

    private static readonly string[] Aliases = ["Moroz", "Yarema", "Zhuk", "Kobzar", "Vovk"];

    private static readonly string[] Lines =
    [
        "They come at dawn in threes and fours and hide in the cellars",
        "The drones see everything that moves on the road in daylight",
        "We hold the crossing, but every week there are fewer of us",
        "Nobody here believes the talks will change anything soon",
    ];

    private sealed record Feature(string Text, string Alias, int SoldierStatements)
    {
        public override string ToString() => Text;
    }

    private static readonly Gen<Feature> Features =
        from description in Gen.Int[0, Descriptions.Length - 1].Select(i => Descriptions[i])
        from clause in Gen.Int[0, Clauses.Length - 1].Select(i => Clauses[i])
        from alias in Gen.Int[0, Aliases.Length - 1].Select(i => Aliases[i])
        from inverted in Gen.Bool
        from continuations in Gen.Int[0, 3].Array[0, 3]
        from first in Gen.Int[0, Lines.Length - 1]
        select Build(description.Description, description.Head, clause, alias, inverted, continuations, [.. Lines.Skip(first), .. Lines.Take(first)]);

    private static Feature Build(string description, string head, string clause, string alias, bool inverted, int[] continuations, string[] lines)
    {
        // The clause ends with the sentence after an inverted "said", and with a comma before "said" in the other order.
        var named = description + ", " + string.Format(System.Globalization.CultureInfo.InvariantCulture, clause, alias, inverted ? "." : ",");
        var text = "Notes from the front\n\n" +
            "KYIV — Defence Minister Anton Vidmar said on Monday that the line in the south was holding.\n\n" +
            (inverted ? "\"" + lines[0] + ",\" said " + named + "\n\n" : "\"" + lines[0] + ",\" " + named + " said.\n\n");
        var statements = 1;
        for (var i = 0; i < continuations.Length; i++)
        {
            var line = lines[(i + 1) % lines.Length];
            text += continuations[i] switch
            {
                0 => "\"" + line + ",\" he said.\n\n",
                1 => "\"" + line + ".\"\n\n",
                2 => "\"" + line + ",\" " + (head == "he" ? "he" : "the " + head) + " added.\n\n",
                _ => "The unit is one of several holding the line east of the river, he said.\n\n",
            };
            statements++;
        }

        return new Feature(text.TrimEnd(), alias, statements);
    }

    [Fact]
    public void EveryStatementOfADescribedSoldierCarriesTheirCallSign()
    {
        Features.Sample(feature =>
        {
            var statements = Extract.From(feature.Text).Statements;
            var soldier = statements.Where(s => s.Speaker != "Anton Vidmar").ToList();
            Assert.Equal(feature.SoldierStatements, soldier.Count);
            Assert.All(soldier, s => Assert.Equal(feature.Alias, s.CallSign));
            Assert.Single(statements, s => s.Speaker == "Anton Vidmar");
        }, iter: 300, print: feature => "\n" + feature);
    }
}
