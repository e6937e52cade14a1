namespace Truce.Claims.Tests.Events;

/// <summary>
/// How far a speaker's report reaches in sentences real wire copy writes: a source vouching only for an apposition, a
/// relative clause of background before the speaker, and a cause a claimant gives for its own strike. Sentences
/// written for the test.
/// </summary>
public sealed class ClaimantScopeTests
{
    private static (string? Claimant, string Action, string? Place)[] Claims(string text) =>
        [.. Extract.From(text).Events.Select(e => (e.Claimant, e.Action, e.Place))];

    [Fact]
    public void ASourceNamedInsideAnAppositionDoesNotClaimTheMainClause()
    {
        Assert.Equal(
            [(null, "capture", "Goma"), (null, "capture", "Bukavu")],
            Claims("The rebel group, armed by Rwanda according to UN investigators, seized Goma in January and took Bukavu a month later."));
    }

    [Fact]
    public void ASourceNamedAfterTheSubjectStillClaimsTheSentence()
    {
        Assert.Equal([("Defence Ministry", "strike", "Kharkiv")], Claims("Russian forces, according to the Defence Ministry, struck Kharkiv overnight."));
    }

    [Fact]
    public void ABackgroundRelativeClauseBeforeTheSpeakerIsTheArticlesVoice()
    {
        Assert.Equal(
            [(null, "shell", "Uri")],
            Claims("In Uri, where Pakistani shelling destroyed two schools last month, villagers said they were sleeping in bunkers again."));
    }

    [Fact]
    public void ACauseTheClaimantGivesForItsStrikeIsPartOfItsClaim()
    {
        Assert.Equal(
            [("army", "strike", "Sialkot"), ("army", "attack", "Jammu")],
            Claims("The army said it had struck a radar site near Sialkot, after Pakistani drones attacked bases in Jammu overnight."));
    }
}
