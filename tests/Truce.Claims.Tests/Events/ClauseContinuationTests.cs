namespace Truce.Claims.Tests.Events;

/// <summary>
/// Clauses that go on telling one action or name its object, and plans told in the passive; sentences written for
/// the test, expectations from the README (one event per claimant and asserting clause; planned events are not listed).
/// </summary>
public sealed class ClauseContinuationTests
{
    [Theory]
    [InlineData("Russian troops attacked 12 villages in the Sumy region, shelling them with artillery, the governor said.", "attack")]
    [InlineData("Russian forces struck the port of Izmail, hitting it with drones, officials said.", "strike")]
    public void AParticipleWhoseObjectTakesUpTheTargetTellsTheSameAction(string text, string action)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(action, claim.Action);
    }

    [Fact]
    public void AParticipleWithATargetOfItsOwnIsAnotherAction()
    {
        var events = Extract.From("Russian forces attacked Ukrainian positions near Pokrovsk, shelling a school in Kramatorsk, the army said.").Events;
        Assert.Equal(["attack", "shell"], events.Select(e => e.Action));
    }

    [Fact]
    public void ASettlementTheSpeakerNamesInARelativeClauseIsTheActionsPlace()
    {
        var events = Extract.From("The ministry said its forces had captured Zarichne and \"liberated\" another village, which it called Kurakhove, to the east.").Events;
        Assert.Equal([("capture", "Zarichne"), ("liberate", "Kurakhove")], events.Select(e => (e.Action, e.Place)));
    }

    [Fact]
    public void AnOrdinaryRelativeClauseStillEndsTheActionsClause()
    {
        var claim = Assert.Single(Extract.From("Russian forces shelled a school, which stood near Kramatorsk, officials said.").Events);
        Assert.Null(claim.Place);
    }

    [Theory]
    [InlineData("Under the deal, heavy weapons were to be withdrawn from Huliaipole.")]
    [InlineData("Russian troops are to be pulled back from Enerhodar under the plan.")]
    public void AnActionThatIsToBeDoneIsNotAsserted(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void AnActionThatContinuedToBeDoneIsAsserted()
    {
        var claim = Assert.Single(Extract.From("Nikopol continued to be shelled on Sunday, the governor said.").Events);
        Assert.Equal(("shell", "Nikopol"), (claim.Action, claim.Place));
    }
}
