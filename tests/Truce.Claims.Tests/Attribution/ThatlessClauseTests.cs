namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A reported clause without "that" whose subject is "there", a bare plural or a pronoun before an irregular past ("noted
/// there is reason …", "claimed he spoke …"), a participle of speaking after a verb in the present ("Moscow rejects this,
/// arguing that …"), and "cited X saying …". Round 17 found each dropped in tuning copy. Sentences written for the test.
/// </summary>
public sealed class ThatlessClauseTests
{
    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov further noted there is reason to be cautiously optimistic.", "Dmitry Peskov", "there is reason")]
    [InlineData("Kremlin spokesman Dmitry Peskov noted there were no plans for a new round.", "Dmitry Peskov", "there were no plans")]
    [InlineData("U.S. envoy Steve Witkoff claimed he spoke directly with Putin for three hours.", "Steve Witkoff", "he spoke directly")]
    [InlineData("Ukrainian President Volodymyr Zelensky insisted he told Trump the same thing.", "Volodymyr Zelensky", "he told Trump")]
    [InlineData("Moscow rejects this possibility, arguing that an extended ceasefire would allow Kyiv to rearm.", "Moscow", "an extended ceasefire")]
    [InlineData("Hamas opposes the plan, insisting that its fighters will not disarm.", "Hamas", "its fighters will not disarm")]
    [InlineData("On Sunday, Fox News cited a U.S. official saying Witkoff would travel to Moscow.", "U.S. official", "Witkoff would travel")]
    [InlineData("After such a vision is presented, the sides agreed to continue negotiations, Vladimir Medinsky concluded.", "Vladimir Medinsky", "the sides agreed")]
    public void TheClauseIsReportedForItsSpeaker(string text, string speaker, string words)
    {
        var statements = Extract.From(text).Statements;
        Assert.Contains(statements, s => s.Speaker == speaker && s.Text.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void AKnownSubjectWithAnAdverbStillKeepsTheFollowingPronoun()
    {
        const string text = "U.S. envoy Steve Witkoff met Putin in March.\n\n"
            + "Witkoff previously traveled to Moscow to negotiate the release of U.S. teacher Marc Fogel. He claimed he spoke directly with Putin for three hours.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(("Steve Witkoff", "he spoke directly with Putin for three hours"), (statements[^1].Speaker, statements[^1].Text));
    }
}
