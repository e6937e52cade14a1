using System.Text.RegularExpressions;
using Truce.Claims.Parties;

namespace Truce.Claims.Events;

/// <summary>
/// Decides which party a sentence says carried out an action — the actor, not the claimant: in
/// "Ukraine's air force said Russia launched drones" Ukraine claims and Russia acts. Rules, in order:
/// <list type="number">
/// <item>a passive verb ("was shelled", "had been hit") has the target as its subject, so only an
/// agent after it ("… by Russian forces") names the actor;</item>
/// <item>otherwise the subject — the words between the verb and the nearest clause boundary before
/// it (sentence start, a quotation mark, a comma, "that", or a cue verb such as "said") — names the
/// actor through the first party alias or adjective in it ("Russian strikes", "Ukrainian drones");</item>
/// <item>a first-person or organisational pronoun in the subject ("we", "our forces", "its troops",
/// "it") means the claimant's own side: a party claiming its own action.</item>
/// </list>
/// Anything else (a person's name, "they", "a drone") gives no actor: the analyst decides.
/// </summary>
public static partial class EventActor
{
    /// <param name="sentence">The sentence holding the action.</param>
    /// <param name="verbStart">Offset of the action words in <paramref name="sentence"/>.</param>
    /// <param name="verbEnd">Offset just after the action words.</param>
    /// <param name="claimantParty">The claimant's party, for pronouns that speak for it.</param>
    /// <param name="parties">The agreement's aliases.</param>
    public static string? Of(string sentence, int verbStart, int verbEnd, string? claimantParty, PartyMatcher parties)
    {
        var before = sentence[..verbStart];
        if (Passive().IsMatch(before))
        {
            var agent = Agent().Match(sentence[verbEnd..]);
            return agent.Success ? parties.Match(agent.Groups["agent"].Value) : null;
        }

        var boundaries = Boundary().Matches(before);
        var subject = boundaries.Count == 0 ? before : before[(boundaries[^1].Index + boundaries[^1].Length)..];
        return parties.Match(subject) ?? (OwnSide().IsMatch(subject) ? claimantParty : null);
    }

    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^[^,.;]{0,40}?\bby\s+(?<agent>[^,.;]{2,60})", RegexOptions.CultureInvariant)]
    private static partial Regex Agent();

    [GeneratedRegex(@"[,;:""\u201C\u201D]|\b(?:that|said|says|say|told\s+\S+(?:\s+\S+)?|added|claimed|reported|announced|warned|stated|wrote)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur|[Ii]ts|[Ii]t|[Uu]s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSide();
}
