namespace Truce.Claims.Tests.Events;

/// <summary>
/// A later action in a sentence takes the place of the earlier one; that place may come from a mention that cannot
/// locate an action itself (a possessive), which once made extraction throw instead of leaving the later action unplaced.
/// </summary>
public sealed class EarlierPlaceTests
{
    [Fact]
    public void ALaterActionAfterAnEarlierPlacedByAPossessiveIsStillReported()
    {
        var events = Extract.From("Russian forces struck Ukraine's power grid overnight and later shelled a bridge.").Events;
        Assert.Contains(events, e => e.Action == "shell");
    }
}
