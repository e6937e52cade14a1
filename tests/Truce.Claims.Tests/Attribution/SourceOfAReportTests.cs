namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "According to reporting by Ukrainska Pravda", "According to witnesses and local media reports": the one who reported, or
/// the first of two sources when the pair names no one speaker. Round 18 found both dropped in tuning copy. Sentences written
/// for the test.
/// </summary>
public sealed class SourceOfAReportTests
{
    [Theory]
    [InlineData("According to reporting by Ukrainska Pravda, Lasvan defenders still hold positions on the northern edge of Brova.", "Ukrainska Pravda")]
    [InlineData("According to a report by the Lasvan Herald, Lasvan defenders still hold positions on the northern edge of Brova.", "Lasvan Herald")]
    [InlineData("According to witnesses and local media reports, Lasvan defenders still hold positions on the northern edge of Brova.", "witnesses")]
    public void TheReporterIsTheSource(string text, string speaker)
    {
        var statement = Extract.Only(text);
        Assert.Equal((speaker, "Lasvan defenders still hold positions on the northern edge of Brova"), (statement.Speaker, statement.Text));
    }
}
