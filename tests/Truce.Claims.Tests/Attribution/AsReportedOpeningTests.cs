namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "As reported by the General Staff, …", "As the agency reported, …": a sentence that opens by naming who reported it
/// attributes the clause after the comma, in sentences written for the test.
/// </summary>
public sealed class AsReportedOpeningTests
{
    [Theory]
    [InlineData("As reported by the General Staff, the village remains under heavy artillery fire.", "General Staff", "the village remains under heavy artillery fire")]
    [InlineData("As earlier reported by the agency, enemy forces launched nearly 40 strikes on the district overnight.", "agency", "enemy forces launched nearly 40 strikes on the district overnight")]
    [InlineData("As Ukrinform reported, on March 3, Russian troops shelled two districts with drones.", "Ukrinform", "on March 3, Russian troops shelled two districts with drones")]
    public void TheOpeningReporterSaysTheClauseAfterIt(string sentence, string speaker, string content)
    {
        var statement = Extract.Only("Front notes\n\n" + sentence);
        Assert.Contains(speaker, statement.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("reported", statement.Cue);
        Assert.Equal(content, statement.Text);
    }
}
