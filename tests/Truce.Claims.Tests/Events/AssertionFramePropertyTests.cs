using CsCheck;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// The assertion stage as a class: any action clause of the lexicon, set in a frame that asserts it (plain past, reported
/// by a speaker, attributed, with a time or a place) yields exactly one event of its lemma; set in a frame that only
/// mentions it (negated, denied, modal, threatened, planned, vowed, ready, conditional, asked, demanded to stop) yields
/// none. Clauses and frames are written for the test.
/// </summary>
public sealed class AssertionFramePropertyTests
{
    /// <summary>An action clause: who acts, the verb in its forms, what or where it acts on, and the lemma it is.</summary>
    public sealed record Clause(string Subject, string Past, string Participle, string Base, string Gerund, string Rest, string Lemma);

    private static readonly Clause[] Clauses =
    [
        new("Russian forces", "shelled", "shelled", "shell", "shelling", "the village of Bilozerka", "shell"),
        new("Russian troops", "captured", "captured", "capture", "capturing", "the village of Novoselivka", "capture"),
        new("Ukrainian troops", "recaptured", "recaptured", "recapture", "recapturing", "the town of Kupiansk", "recapture"),
        new("Russian drones", "hit", "hit", "hit", "hitting", "an oil depot in Odesa", "strike"),
        new("Israeli jets", "bombed", "bombed", "bomb", "bombing", "a warehouse near Tyre", "strike"),
        new("Russian missiles", "struck", "struck", "strike", "striking", "a power plant in the Kharkiv region", "strike"),
        new("Hamas fighters", "attacked", "attacked", "attack", "attacking", "an army post near Rafah", "attack"),
        new("Ukrainian forces", "withdrew from", "withdrawn from", "withdraw from", "withdrawing from", "the town of Sudzha", "withdraw"),
        new("Russian units", "advanced towards", "advanced towards", "advance towards", "advancing towards", "the city of Pokrovsk", "advance"),
        new("Ukrainian air defences", "shot down", "shot down", "shoot down", "shooting down", "six drones over Kyiv", "shoot down"),
        new("M23 rebels", "seized", "seized", "seize", "seizing", "the city of Goma", "capture"),
        new("Ukrainian troops", "liberated", "liberated", "liberate", "liberating", "the village of Robotyne", "liberate"),
    ];

    private static readonly string[] Speakers = ["The ministry", "The regional governor", "A military spokesman", "Kyiv", "The army"];

    private static readonly Func<Clause, string, string>[] Asserting =
    [
        (c, _) => $"{c.Subject} {c.Past} {c.Rest} on Tuesday.",
        (c, s) => $"{s} said {c.Subject} had {c.Participle} {c.Rest}.",
        (c, s) => $"{c.Subject} {c.Past} {c.Rest} overnight, {Mid(s)} said.",
        (c, s) => $"According to {Mid(s)}, {c.Subject} {c.Past} {c.Rest}.",
        (c, _) => $"Early on Sunday, {c.Subject} {c.Past} {c.Rest}.",
    ];

    private static readonly Func<Clause, string, string>[] Mentioning =
    [
        (c, _) => $"{c.Subject} did not {c.Base} {c.Rest}.",
        (c, s) => $"{s} denied that {c.Subject} had {c.Participle} {c.Rest}.",
        (c, s) => $"{s} denied {c.Gerund} {c.Rest}.",
        (c, _) => $"{c.Subject} could {c.Base} {c.Rest} within days.",
        (c, s) => $"{s} said {c.Subject} would {c.Base} {c.Rest}.",
        (c, _) => $"{c.Subject} threatened to {c.Base} {c.Rest}.",
        (c, _) => $"{c.Subject} plan to {c.Base} {c.Rest} next week.",
        (c, _) => $"{c.Subject} vowed to {c.Base} {c.Rest}.",
        (c, _) => $"{c.Subject} are ready to {c.Base} {c.Rest}.",
        (c, s) => $"If {c.Subject} {c.Past} {c.Rest}, {Mid(s)} said, the talks would end.",
        (c, _) => $"Did {c.Subject} {c.Base} {c.Rest}?",
        (c, s) => $"{s} called on {c.Subject} to stop {c.Gerund} {c.Rest}.",
        (c, s) => $"{s} agreed to stop {c.Gerund} {c.Rest} for 30 days.",
        (c, s) => $"{s} would not resume talks until {c.Subject} had {c.Participle} {c.Rest}.",
    ];

    // "The ministry" inside a sentence is "the ministry"; a name keeps its capital.
    private static string Mid(string speaker) =>
        speaker.StartsWith("The ", StringComparison.Ordinal) || speaker.StartsWith("A ", StringComparison.Ordinal) ? char.ToLowerInvariant(speaker[0]) + speaker[1..] : speaker;

    [Fact]
    public void AnActionClauseInAnAssertingFrameYieldsExactlyOneEventOfItsLemma()
    {
        Gen.Select(Gen.Int[0, Clauses.Length - 1].Select(i => Clauses[i]), Gen.Int[0, Speakers.Length - 1].Select(i => Speakers[i]), Gen.Int[0, Asserting.Length - 1]).Sample(
            (clause, speaker, frame) =>
            {
                var sentence = Asserting[frame](clause, speaker);
                var claim = Assert.Single(Extract.From(sentence).Events);
                Assert.Equal(clause.Lemma, claim.Action);
            },
            iter: 300);
    }

    [Fact]
    public void AnActionClauseInAMentioningFrameYieldsNoEvent()
    {
        Gen.Select(Gen.Int[0, Clauses.Length - 1].Select(i => Clauses[i]), Gen.Int[0, Speakers.Length - 1].Select(i => Speakers[i]), Gen.Int[0, Mentioning.Length - 1]).Sample(
            (clause, speaker, frame) =>
            {
                var sentence = Mentioning[frame](clause, speaker);
                Assert.Empty(Extract.From(sentence).Events);
                Assert.All(Extract.Actions(sentence), reading => Assert.False(reading.Asserted, $"{reading.Word}: {sentence}"));
            },
            iter: 500);
    }

    [Fact]
    public void EveryClauseAndFrameIsTried()
    {
        // The generators above sample; this walks the whole product once, so no pair is left out by chance.
        var wrong = new List<string>();
        foreach (var clause in Clauses)
        {
            foreach (var frame in Asserting)
            {
                var sentence = frame(clause, Speakers[0]);
                var events = Extract.From(sentence).Events;
                if (events.Count != 1 || events[0].Action != clause.Lemma)
                {
                    wrong.Add($"asserted, got {events.Count}: {sentence}");
                }
            }

            foreach (var frame in Mentioning)
            {
                var sentence = frame(clause, Speakers[1]);
                if (Extract.From(sentence).Events.Count != 0)
                {
                    wrong.Add($"mentioned, got an event: {sentence}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
