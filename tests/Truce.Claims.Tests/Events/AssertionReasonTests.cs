using Truce.Claims.Events;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// The reading of one action word: asserted, or the kind of wording that only mentions the action. Sentences written
/// for the test.
/// </summary>
public sealed class AssertionReasonTests
{
    [Theory]
    [InlineData("Russian troops shelled the village of Vovchansk on Monday.", "shelled")]
    [InlineData("The ministry said its forces had captured the village of Toretsk.", "captured")]
    [InlineData("Ukrainian units withdrew from two positions near Myrnohrad, a spokesman said.", "withdrew")]
    [InlineData("The fighting went on until Ukrainian forces withdrew from the town.", "withdrew")]
    [InlineData("Russian forces kept shelling the town after the truce began.", "kept shelling")]
    public void AClauseThatTellsTheActionAssertsIt(string sentence, string word)
    {
        var reading = Assert.Single(Extract.Actions(sentence), r => r.Word == word);
        Assert.Equal(AssertionReason.Asserted, reading.Reason);
    }

    [Theory]
    [InlineData("The general said his men had not shelled the market.", "shelled", nameof(AssertionReason.Negated))]
    [InlineData("Moscow denied shelling the hospital in Sumy.", "shelling", nameof(AssertionReason.Negated))]
    [InlineData("Analysts said Russian troops could capture the town by spring.", "capture", nameof(AssertionReason.Modal))]
    [InlineData("The drone likely struck a fuel depot, the governor said.", "struck", nameof(AssertionReason.Modal))]
    [InlineData("Iran threatened strikes on American bases in the Gulf.", "strikes on", nameof(AssertionReason.Intended))]
    [InlineData("The rebels are ready for a withdrawal from Goma within a week.", "withdrawal from", nameof(AssertionReason.Intended))]
    [InlineData("The brigade was sent to recapture the village of Klishchiivka.", "recapture", nameof(AssertionReason.Infinitive))]
    [InlineData("If Russian troops captured the plant, the region would lose power.", "captured", nameof(AssertionReason.Conditional))]
    [InlineData("Kyiv will not sign a truce until Russian forces have withdrawn from its land.", "withdrawn", nameof(AssertionReason.Conditional))]
    [InlineData("The envoy urged Moscow to stop shelling the port of Kherson.", "shelling", nameof(AssertionReason.Prevented))]
    [InlineData("Both sides agreed to stop shooting down civilian aircraft.", "shooting down", nameof(AssertionReason.Prevented))]
    [InlineData("The deal includes a moratorium on strikes on ports.", "strikes on", nameof(AssertionReason.NominalMention))]
    [InlineData("Have Russian forces captured the village of Pishchane?", "captured", nameof(AssertionReason.Question))]
    [InlineData("Kyiv dismissed as propaganda claims that Russian troops had captured Siversk.", "captured", nameof(AssertionReason.ReportedClaim))]
    [InlineData("The leaders struck a deal on grain exports.", "struck", nameof(AssertionReason.NotMilitary))]
    [InlineData("Residents fled the occupied part of the region.", "occupied", nameof(AssertionReason.Adjective))]
    [InlineData("The country's parliament advanced a bill on conscription.", "advanced", nameof(AssertionReason.NotAnAction))]
    [InlineData("Senators advanced a resolution on arms sales to the region.", "advanced", nameof(AssertionReason.NotAnAction))]
    public void AClauseThatOnlyMentionsTheActionSaysWhy(string sentence, string word, string reason)
    {
        var readings = Extract.Actions(sentence);
        Assert.Empty(Extract.From(sentence).Events);
        var reading = Assert.Single(readings, r => r.Word == word);
        Assert.Equal(Enum.Parse<AssertionReason>(reason), reading.Reason);
    }
}
