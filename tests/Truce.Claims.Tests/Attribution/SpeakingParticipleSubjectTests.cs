namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "X answered the claim, telling deputies the attempts were "…"", "X suspended the talks—warning that … "…"", "X responded,
/// announcing "…"": a quoted fragment after a participle of speaking that follows the main clause is the words of that clause's
/// subject; a participle of doing, a quoted name and a quote in another clause are not, in sentences written for the test.
/// </summary>
public sealed class SpeakingParticipleSubjectTests
{
    [Theory]
    [InlineData("Interior Minister Oleh Marchenko answered the claim on Friday, telling deputies the attempts to cross the river were \"futile\" and the line was held.", "Oleh Marchenko", "futile")]
    [InlineData("Moldova closed its airspace and suspended the talks\u2014warning that any new raid would be \"an act of aggression.\"", "Moldova", "an act of aggression.")]
    [InlineData("Interior Minister Oleh Marchenko responded late on Sunday, announcing \u201Ca pause in the shelling from dawn on Tuesday.\u201D", "Oleh Marchenko", "a pause in the shelling from dawn on Tuesday.")]
    [InlineData("Last week, Interior Minister Oleh Marchenko closed the crossing, citing \"heavy fog\".", "Oleh Marchenko", "heavy fog")]
    public void TheClauseSubjectSaysTheFragment(string sentence, string speaker, string words)
    {
        var statement = Extract.Only("Front notes\n\n" + sentence);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(words, statement.Text);
    }

    [Theory]
    [InlineData("Moldovan troops closed the road, crossing the \"grey line\" near the river on Sunday.")]
    [InlineData("Moldova closed the road on Sunday, mentioning a boundary known as \"green zone\".")]
    [InlineData("The Moldovan ministry closed the road, denouncing the so-called \"peace plan\" on Sunday.")]
    public void AQuotedNameOrAnActIsNoStatement(string sentence)
    {
        Assert.Empty(Extract.From("Front notes\n\n" + sentence).Statements);
    }

    [Fact]
    public void AFragmentInAnotherClauseIsNotTheSubjects()
    {
        var statement = Extract.Only("Front notes\n\nInterior Minister Oleh Marchenko closed the crossing, citing \"heavy fog\", after reports that the rebels had staged a \"fake retreat\" near the river.");
        Assert.Equal("heavy fog", statement.Text);
    }

    [Fact]
    public void ASubjectOfOnlyAnArticleAndANumberIsNoSpeakerAndNoError()
    {
        // The candidate subject "The two" (before "sides", read as a verb) strips to no words at all.
        var report = Extract.From("Front notes\n\nThe two sides met on Sunday, announcing \"a pause in the shelling.\"");
        Assert.DoesNotContain(report.Statements, s => s.Speaker == "two");
    }
}
