namespace Truce.Claims.Events;

/// <summary>
/// How one action word of an article was read: where it stands (UTF-16 offset in the article's plain text), the words
/// that matched, its lemma and whether, and why, its clause asserts that the action happened.
/// </summary>
internal sealed record ActionReading(int Start, string Word, string Lemma, AssertionReason Reason)
{
    public bool Asserted => Reason == AssertionReason.Asserted;
}
