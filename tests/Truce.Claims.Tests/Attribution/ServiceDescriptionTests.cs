namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A soldier or official described by the post they hold in a unit ("the commander of a mortar platoon of the 41st
/// Mechanized Brigade"), however many units nest in the description, and named by a call sign or first name in a clause
/// after it, in paragraphs written for the test (corpus README: such a person may be given by description or call sign).
/// </summary>
public sealed class ServiceDescriptionTests
{
    [Fact]
    public void ANameThatEndsAParagraphIsStillAPersonWhenTheNextParagraphOpensWithAUnitNoun()
    {
        // "Army" opens the next paragraph: it does not make "Laura Kalnins" the name of a unit, so her role, given before her
        // name, still tells who "the Finnish army spokesman" is.
        var statements = Extract.From("Talks resumed on Monday.\n\nThe delegation was led by Finland's army spokesman, Laura Kalnins.\n\n"
            + "Army spokesman Kalnins said the guarantees were not enough.\n\n\u201CWe will hold the line,\u201D said the Finnish army spokesman.").Statements;

        Assert.Equal(["Laura Kalnins", "Laura Kalnins"], statements.Select(s => s.Speaker));
    }

    [Theory]
    [InlineData("the commander of a mortar platoon of the 41st Mechanized Brigade", "commander of a mortar platoon of the 41st Mechanized Brigade")]
    [InlineData("a deputy commander of a reconnaissance company of the 12th Special Purpose Brigade", "deputy commander of a reconnaissance company of the 12th Special Purpose Brigade")]
    [InlineData("a 29-year-old medic with the 5th Separate Assault Brigade", "medic with the 5th Separate Assault Brigade")]
    [InlineData("a senior drone operator in an artillery battalion of the National Guard", "senior drone operator in an artillery battalion of the National Guard")]
    public void APostHeldInNestedUnitsIsOneDescription(string description, string expected)
    {
        var text = "Front-line notes\n\n\"We hold the crossing every night and the shelling never stops for long,\" said " + description + ".";
        var quote = Extract.Only(text);
        Assert.Equal(expected, quote.Speaker);
    }

    [Theory]
    [InlineData("who goes by the call sign \"Moroz.\"")]
    [InlineData("who asked to be identified only by his first name, Moroz.")]
    [InlineData("who gave only his call sign, Moroz, in line with military rules.")]
    public void TheNameInAClauseAfterALongDescriptionNamesTheSpeaker(string clause)
    {
        var text = "Front-line notes\n\n" +
            "\"We hold the crossing every night,\" said a platoon commander of an assault company of the 41st Mechanized Brigade, " + clause +
            " \"The shelling never stops for long.\"";
        var statements = Extract.From(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Moroz", s.CallSign));
    }

    [Fact]
    public void WhereADescribedSoldierIsAndWhatHeIsDoingAreNotPartOfTheDescription()
    {
        const string text = "Front-line notes\n\n" +
            "\"The roads are mined every night,\" said a Ukrainian sergeant fighting near Huliaipole, who gave only his call sign, Yarema.";
        var quote = Extract.Only(text);
        Assert.Equal("Ukrainian sergeant", quote.Speaker);
        Assert.Equal("Yarema", quote.CallSign);
    }

    [Fact]
    public void AnUnquotedReportBeforeAnInvertedSaidIsWhatADescribedSoldierSaid()
    {
        const string text = "Front-line notes\n\n" +
            "Enemy sappers are clearing paths through the minefields at night, said a Ukrainian officer serving near Huliaipole, who gave only his call sign, Yarema.";
        var report = Extract.Only(text);
        Assert.Equal("Yarema", report.CallSign);
        Assert.StartsWith("Enemy sappers are clearing", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteBeforeAnInvertedSaidIsNeverItsOwnSpeaker()
    {
        // The speaker after "said" is not one the parser reads: the quote is left unattributed rather than made its own speaker.
        const string text = "Front-line notes\n\n\"They come at dawn, in threes and fours,\" said the smoke-blackened walls of what was once a school.";
        var statements = Extract.From(text).Statements;
        Assert.DoesNotContain(statements, s => s.Speaker.StartsWith("They come", StringComparison.Ordinal));
    }

    [Fact]
    public void ASoldierIntroducedAsTheSubjectByALongDescriptionIsWhomTheNextHeMeans()
    {
        const string text = "Front-line notes\n\n" +
            "Defence Minister Anton Vidmar said on Monday that the line was holding.\n\n" +
            "A company commander of the 41st Mechanized Brigade, who goes by the call sign \"Moroz,\" described the last week in the trenches. The enemy now attacks in pairs, he said.\n\n" +
            "\"We see them on the drones, but there are more every day,\" the commander added.";
        var statements = Extract.From(text).Statements.Where(s => s.Speaker != "Anton Vidmar").ToList();
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Moroz", s.CallSign));
    }

    [Theory]
    [InlineData("a brigade that was hit last week")]
    [InlineData("the commander of an assault company that held the bridge over the river for a week")]
    [InlineData("a commander of a brigade stationed near the river")]
    public void APostWhoseUnitChainHoldsAClauseIsNotReadAsAServiceDescription(string phrase)
    {
        var text = "Front-line notes\n\n\"We hold the crossing every night and the shelling never stops,\" said " + phrase + ".";
        var statements = Extract.From(text).Statements;
        Assert.DoesNotContain(statements, s => s.Speaker == phrase[(phrase.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public void ANounPhraseWithItsOwnFiniteVerbIsNoSpeaker()
    {
        const string text = "Front-line notes\n\nSmall enemy groups are slipping through the lines almost every night, said a Ukrainian commander of the 41st Mechanized Brigade.";
        var report = Extract.Only(text);
        Assert.Equal("Ukrainian commander of the 41st Mechanized Brigade", report.Speaker);
    }
}
