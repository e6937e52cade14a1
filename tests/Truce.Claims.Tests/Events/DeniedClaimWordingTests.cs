namespace Truce.Claims.Tests.Events;

/// <summary>
/// Real 2025 front-line copy reports one side's claim through the other side's denial: the claim is dismissed with its
/// source named between the noun and its "that", called untrue before or after it is told, or only "alleged". None of
/// these asserts the action. Sentences written for the test.
/// </summary>
public sealed class DeniedClaimWordingTests
{
    [Theory]
    [InlineData("Kyiv dismissed statements by Russia's top general that Moscow's troops had seized the town of Lyman.")]
    [InlineData("Ukraine's army denied claims made by the Russian commander, General Ivan Petrov, that his units have captured Siversk.")]
    [InlineData("\"Also false are reports suggesting that half of Lyman has been captured,\" the brigade said.")]
    [InlineData("The army said any suggestion that Russian units had advanced into Lyman was untrue.")]
    [InlineData("The general told the president of the town's alleged capture during a visit to the front.")]
    public void AClaimTheArticleOrItsSpeakerDeniesAssertsNoAction(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Theory]
    [InlineData("Kyiv dismissed the reports about the talks, and Russian troops shelled Kherson on Monday.", "shell")]
    [InlineData("The army said reports that Russian units had advanced into Lyman were confirmed by drone footage.", "advance")]
    public void AnActionOutsideTheDeniedClaimIsStillAsserted(string text, string action)
    {
        Assert.Equal(action, Assert.Single(Extract.From(text).Events).Action);
    }
}
