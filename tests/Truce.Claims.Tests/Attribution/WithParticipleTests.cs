namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "…, with the army saying its soldiers fired …", "…, with Russia claiming to have downed …": the one "with" names before
/// a participle reports what follows it, not the subject of the clause it hangs on, in sentences written for the test.
/// </summary>
public sealed class WithParticipleTests
{
    [Theory]
    [InlineData("Several clashes have been reported since the truce began, with the army saying its soldiers fired at men who crossed the line.", "army", "its soldiers fired at men who crossed the line")]
    [InlineData("Drone raids have grown, with Russia claiming to have downed more than 300 drones in one night.", "Russia", "to have downed more than 300 drones in one night")]
    [InlineData("Drone raids have surged, with Russia claiming to have shot down more than 500 drones in a day.", "Russia", "to have shot down more than 500 drones in a day")]
    [InlineData("Fighting spread along the border, with Afghan forces claiming to have seized several posts.", "Afghan forces", "to have seized several posts")]
    public void TheOneWithNamesReportsWhatFollowsTheParticiple(string sentence, string speaker, string content)
    {
        var statement = Extract.Only("Front notes\n\n" + sentence);
        Assert.Contains(speaker, statement.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(content, statement.Text);
    }

    [Fact]
    public void WithAnAimReportsNothing()
    {
        var statements = Extract.From("Front notes\n\nThe plan was announced in March, with the aim of saying more about it later this year after the talks.").Statements;
        Assert.Empty(statements);
    }
}
