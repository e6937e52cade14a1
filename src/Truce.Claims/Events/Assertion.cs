using System.Text.RegularExpressions;

namespace Truce.Claims.Events;

/// <summary>
/// The one stage that decides whether a sentence asserts the action an action word names (corpus README, "Events"):
/// given the sentence and the action word's match, it answers <see cref="AssertionReason.Asserted"/> or the reason the
/// wording only mentions the action — negated, modal, an aim, a condition, a threat or demand, something to be
/// stopped, a truce's kind of action, a question, someone else's claim, a habit, an adjective, another trade's verb or
/// weapons described. It reads only the sentence, in windows around the action word, so the decision is the same
/// wherever the sentence stands; decisions that need the article before it (back-references) are made by the caller.
/// </summary>
internal static partial class Assertion
{
    /// <summary>Whether <paramref name="sentence"/> asserts the action of <paramref name="match"/>, whose lemma is <paramref name="lemma"/>, and if not why not.</summary>
    public static AssertionReason Decide(string sentence, Match match, string lemma)
    {
        var before = sentence[..match.Index];
        var after = sentence[(match.Index + match.Length)..];
        if (Negation().IsMatch(Window(before, 40)))
        {
            return AssertionReason.Negated;
        }

        if (NotMilitary().IsMatch(sentence[Math.Max(0, match.Index - 12)..Math.Min(sentence.Length, match.Index + match.Length + 60)]))
        {
            return AssertionReason.NotMilitary;
        }

        if (Adjective(sentence, match))
        {
            return AssertionReason.Adjective;
        }

        if (sentence.TrimEnd(' ', '"', '\u201D', '\'', '\u2019').EndsWith('?'))
        {
            return AssertionReason.Question;
        }

        var near = Window(before, 50);
        if (ModalBefore().IsMatch(near))
        {
            return AssertionReason.Modal;
        }

        if (ConditionBefore().IsMatch(near) || UntilUnderModal().IsMatch(Window(before, 120))
            || (match.Value is "shelling" or "bombing" && WhenThe().IsMatch(before)))
        {
            return AssertionReason.Conditional;
        }

        if (IntentBefore().IsMatch(near))
        {
            return AssertionReason.Intended;
        }

        if (Gerund(match.Value) && Imminent().IsMatch(near))
        {
            return AssertionReason.Intended;
        }

        if (InfinitiveBefore().IsMatch(near))
        {
            return AssertionReason.Infinitive;
        }

        var noun = EventFinder.NounForm(match.Value);
        if (Gerund(match.Value) && Prevented().IsMatch(near))
        {
            return AssertionReason.Prevented;
        }

        if (noun && InfinitiveGovernsNoun().IsMatch(Window(before, 60)))
        {
            return AssertionReason.Infinitive;
        }

        if (noun && NotAnEvent().IsMatch(Window(before, 40)))
        {
            return AssertionReason.NominalMention;
        }

        if (noun && ModalGovernsIndefinite().IsMatch(before))
        {
            return AssertionReason.Modal;
        }

        if (noun && ModalAfter().IsMatch(after))
        {
            return AssertionReason.ModalPredicate;
        }

        if ((SubjectNoun().IsMatch(match.Value) && Anaphora().IsMatch(before)) || RelativeOnTheEventTold().IsMatch(before))
        {
            return AssertionReason.BackReference;
        }

        if (((noun || match.Value.StartsWith("taking", StringComparison.Ordinal) || match.Value.EndsWith("ing", StringComparison.Ordinal))
                && ReportedClaim().IsMatch(Window(before, 60)))
            || RejectedReport().IsMatch(Window(before, 200))
            || (ClaimThatBefore().IsMatch(Window(before, 120)) && DeniedAfter().IsMatch(after))
            || (noun && HedgedNoun().IsMatch(Window(before, 20)))
            || (noun && ReportedEarlier().IsMatch(Window(before, 60))))
        {
            return AssertionReason.ReportedClaim;
        }

        if (Habitual().IsMatch(sentence) || Generic().IsMatch(Window(before, 40))
            || (match.Value is "hit" or "struck" or "targeted" or "attacked" or "shelled" && OngoingBefore().IsMatch(before)))
        {
            return AssertionReason.Habitual;
        }

        if (lemma is "attack" or "strike" or "shell" && EventFinder.ShotDownWeapons().IsMatch(before))
        {
            return AssertionReason.DescribesWeapons;
        }

        return AssertionReason.Asserted;
    }

    // "shelling", "shooting down": the action word starts with a gerund.
    private static bool Gerund(string word)
    {
        var space = word.IndexOf(' ', StringComparison.Ordinal);
        return (space < 0 ? word : word[..space]).EndsWith("ing", StringComparison.Ordinal);
    }

    private static string Window(string before, int length) => before[Math.Max(0, before.Length - length)..];

    // A participle used as an adjective ("the occupied part of", "a liberated village") describes, it does not claim.
    // So does one in scare quotes before a noun ("Moscow's \"captured\" villages"), unlike a quoted verb with its
    // object ("had \"liberated\" the settlement").
    internal static bool Adjective(string sentence, Match match) =>
        (match.Value is "occupied" or "captured" or "liberated" or "recaptured" or "shelled" or "bombed"
        && (AdjectiveBefore().IsMatch(sentence[..match.Index])
            || (ScareQuoted().IsMatch(sentence[Math.Max(0, match.Index - 1)..]) && !PerfectBefore().IsMatch(sentence[..Math.Max(0, match.Index - 1)]))))
        // "six targeted strikes on", "carried out targeted drone attacks": "targeted" before an action noun says what kind it is.
        || (match.Value is "targeted" && ActionNounAfter().IsMatch(sentence[(match.Index + match.Length)..]))
        // "debris from a downed drone", "fragments of the intercepted missiles": the weapon's fate describes it.
        || (match.Value is "downed" or "intercepted" && DeterminerBefore().IsMatch(sentence[..match.Index]))
        // "residents of the hit building", "the struck apartment block": the target's fate describes it.
        || (match.Value is "hit" or "struck" or "bombed" && TheBefore().IsMatch(sentence[..match.Index]) && HitThing().IsMatch(sentence[(match.Index + match.Length)..]))
        // "the cost of the aircraft hit is $7 billion", "the buildings shelled were empty": a participle after its noun and
        // before the clause's own verb is a reduced relative clause describing the noun; a finite verb takes an object.
        || (match.Value is "hit" or "struck" or "shelled" or "bombed" or "targeted" && CommonNounBefore().IsMatch(sentence[..match.Index])
            && AuxiliaryAfter().IsMatch(sentence[(match.Index + match.Length)..]))
        // "86% of the territory seized by Ukrainian forces", "the areas occupied by Russia": land described by who holds it
        // is a state of the front, no capture told.
        || (match.Value is "seized" or "captured" or "occupied" or "held" && LandBefore().IsMatch(sentence[..match.Index])
            && ByAfter().IsMatch(sentence[(match.Index + match.Length)..]))
        // "in control of the cities it had overrun", "return the territories Russia has seized": a relative clause naming
        // land by who took it describes the land; it tells no capture.
        || (match.Value is "seized" or "captured" or "occupied" or "overrun" or "overran" && LandTakenBefore().IsMatch(sentence[..match.Index]));

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+)?(?:air ?strikes?|airstrikes?|strikes?|attacks?|assaults?|raids?|killings?|operations?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActionNounAfter();

    [GeneratedRegex(@"\b(?:the|all|of)\s+(?:[a-z][\w-]*\s+)?(?:territory|territories|areas?|lands?|regions?|cities|towns|villages|settlements|positions)\s+(?:(?:that|which)\s+)?(?:it|they|he|she|we|you|[A-Z][\w'\u2019-]+|the\s+[A-Z][\w'\u2019-]+)\s+(?:had|has|have)\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LandTakenBefore();

    [GeneratedRegex(@"\b(?:the|of|all)\s+(?:[a-z][\w-]*\s+)?(?:territory|territories|areas?|lands?|parts?|regions?|districts?|positions)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LandBefore();

    [GeneratedRegex(@"^\s+by\b", RegexOptions.CultureInvariant)]
    private static partial Regex ByAfter();

    [GeneratedRegex(@"\b(?:the|these|those|this|that)\s+(?:[a-z][\w-]*\s+){0,2}(?!(?:it|they|he|she|we|you|who|which|that|also|then|had|have|has|was|were)\s)[a-z][\w-]*\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex CommonNounBefore();

    [GeneratedRegex(@"^\s+(?:is|are|was|were)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AuxiliaryAfter();

    [GeneratedRegex(@"(?:\b(?:could|would|might|may|will|shall|can|should|must)\s+(?:\w+\s+){0,2}|\b(?:likely|probably|possibly|may\s+have|might\s+have)\s+(?:been\s+)?|\b(?:appears?|appeared|seems?|seemed|(?:is|are|was|were)\s+(?:believed|thought))\s+to\s+have\s+(?:been\s+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ModalBefore();

    // "using drones to bomb villages", "went on to attack", "responded to attacks by": these infinitives tell how or what was done.
    [GeneratedRegex(@"(?:(?<!\b(?:due|close|next|according|owing|thanks|prior|managed|went on|continued|continue|began|begun|started|moved|rushed|responded|reacted|responding|reacting)|\busing\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+to\s+(?:\w+ly\s+)?"
        + @"|(?<!\b(?:continued|continue|continues|began|begun|started|appeared|seemed))\s+to\s+be\s+(?:\w+ly\s+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex InfinitiveBefore();

    // "Kyiv will not talk until Russian troops have withdrawn", "refused to sign until forces had pulled back": what a
    // modal, refused or demanded main clause waits for has not happened. After a past main clause ("the shelling went on
    // until the troops withdrew") the "until" clause still tells what happened.
    [GeneratedRegex(@"\b(?:would|will|won['\u2019]t|wouldn['\u2019]t|could|can|cannot|can['\u2019]t|must|should|shall|refus\w*|demand\w*|insist\w*)\b[^.;]*\buntil\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UntilUnderModal();

    // "hopes to launch an assault on Kramatorsk", "was preparing to mount a new offensive": the noun is the object of an
    // infinitive, so the action is aimed at, not told ("went on to launch an assault" still tells it).
    [GeneratedRegex(@"(?<!\b(?:due|close|next|according|owing|thanks|prior|managed|went\s+on|continued|continue|began|begun|started|moved|rushed)\s+)\bto\s+(?:launch|mount|stage|carry\s+out|conduct|begin|start|resume|unleash|open|step\s+up)\s+(?:(?:an?|the|its|their|new|fresh|another|further|major|large-scale|full-scale|ground|air|drone|missile)\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex InfinitiveGovernsNoun();

    [GeneratedRegex(@"\b(?:[Ii]f|[Uu]nless|whether|(?:[Aa]s|[Ss]o)\s+long\s+as)\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionBefore();

    [GeneratedRegex(@"(?:\b(?:[Ii]nsist\w*\s+on|[Cc]all\w*\s+for)\s+(?:(?:an?|the|full|complete|total|immediate)\s+){0,3}(?:[\w-]+\s+)?|\b(?:[Tt]hreat\w*|[Dd]emand\w*|[Ww]arn\w* (?:of|against)|[Pp]lan(?:s|ned|ning)?|[Pp]repar\w*|[Rr]eady for|[Ii]ntend\w*|[Vv]ow\w*|[Cc]onditional (?:on|upon)|[Oo]n (?:the )?condition|[Ii]n exchange for|[Pp]rovided|[Oo]rder(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,4}?to)\b(?:(?!\band\s+that\b)[^,;])*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntentBefore();

    [GeneratedRegex(@"\b(?:not|never|no|denied|deny|denies|denying|without|falsely|refused to|ruled out|rules out|ruling out|rejected|rejects|rejecting)\b[^,;]*$")]
    private static partial Regex Negation();

    [GeneratedRegex(@"\bdeal (?:was )?struck|struck (?:a|the) deal|hard[- ]hit|(?:withdrew|withdrawn|withdrawing|pulled out|pulling out) (?:from|of) (?:it|the (?:[\w-]+ ){0,5}(?:[Dd]eal|[Aa]greement|[Tt]alks|[Tt]reaty|[Aa]ccord|[Ii]nitiative|[Pp]rocess|[Nn]egotiations|[Pp]act|[Ff]ramework|[Cc]onvention|race|contest))\b|hit (?:back|hard\b|out)|str(?:uck|ikes?|iking) back")]
    private static partial Regex NotMilitary();

    // A noun the truce or a threat governs ("a pledge to halt attacks on energy", "the moratorium on strikes",
    // "respond to any attack") names a kind of action, not one that happened; so does "the strike" taking up
    // a strike the article has already reported ("the strike damaged a building").
    [GeneratedRegex(@"(?:\b(?:halt\w*|stop\w*|moratorium on|pause\w*(?: on| in)?|ban\w*(?: on)?|ceasefire on|truce on|end\w*|refrain\w* from|ceas\w*|suspen\w*(?: of| on)?|resum\w*|respond(?!ed\b|ing\b)\w* to|response to|protect\w* (?:\w+ )?(?:from|against)|covers?(?: only)?|halt to|risk of|fear\w* of|threat of)\s+(?:(?:all|the|its|their|his|her|our|your|these|those|such|further|new|more|any|future|possible|potential|long-range|air|drone|missile|military)\s+(?:and\s+)?){0,3}"
        + @"|\b(?:any|future|possible|potential|further|no|less|fewer)\s+(?:\w+\s+)?"
        // "had delayed a withdrawal from Myrnohrad", "ruled out a pullback", "rejected any withdrawal": what was put off or refused.
        + @"|\b(?:delay(?:s|ed|ing)?|postpon\w*|avoid(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out|reject\w*|refus\w*|oppos\w*)\s+(?:(?:an?|any|the|its|their|his|her|our|full|complete|total|immediate|swift|hasty|early)\s+){0,2}(?:[\w-]+\s+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAnEvent();

    [GeneratedRegex(@"^[^,;]{0,40}?\b(?:would|could|might|will)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ModalAfter();

    // "a second phase that would lead to a permanent end to the war and a full Israeli withdrawal from Gaza", "could
    // trigger a new offensive": an indefinite action noun that a modal predicate of its own clause governs is what would
    // or could happen, however far the noun stands from the modal; a definite one ("would rebuild after the strike on
    // Odesa") takes up an event that did happen.
    [GeneratedRegex(@"\b(?:would|could|might|will|shall|should|must)\b[^,;:.""\u201C\u201D]*\b(?:an?|any)\s+(?:[\w'\u2019-]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ModalGovernsIndefinite();

    [GeneratedRegex(@"^(?:[\w-]+ )?(?:strikes?|attacks?)$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectNoun();

    [GeneratedRegex(@"(?:^|[,;:]|\b(?:said|says|that))\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Anaphora();

    // "the statements of the Russian command about the capture of Kupiansk": a claim talked about, not made.
    [GeneratedRegex(@"\b(?:[Cc]laims?|[Ss]tatements?|[Rr]eports?|[Aa]llegations?|[Aa]ssertions?)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:about|of|that)\s+(?:the\s+|a\s+|an\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedClaim();

    // "dismissed as fake reports that Ukrainian forces had recaptured Kupiansk", "denied claims made by the Russian
    // commander, General X, that his units had captured Siversk", "Also untrue are statements suggesting that …": the
    // speaker rejects the action. The rejected claim ends where a clause joined by ", and", ", but" or ", while" begins.
    [GeneratedRegex(@"(?:\b(?:dismissed|rejected|refuted|denied|debunked|ridiculed|called|branded|labell?ed)\b[^.;]{0,40}\b(?:reports?|claims?|statements?|allegations?|accusations?|suggestions?)\b(?:(?!\b(?:and|but|while)\b)[^.;]){0,100}?\b(?:that|of|about)\b"
        + @"|\b(?:untrue|false|fake|baseless|groundless|unfounded)\s+(?:are|is|were|was)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|statements?|allegations?|suggestions?)\b)"
        + @"(?:(?!,\s+(?:and|but|while)\b)[^.;])*$", RegexOptions.CultureInvariant)]
    private static partial Regex RejectedReport();

    // "any notion that Russian forces had advanced into Kupiansk was untrue": the claim told as the subject of its own denial.
    [GeneratedRegex(@"\b(?:notion|idea|suggestions?|claims?|reports?|statements?|allegations?)\s+that\s+[^.;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimThatBefore();

    [GeneratedRegex(@"^[^.;,]*?\b(?:is|was|are|were)\s+(?:\w+\s+)?(?:untrue|false|fake|baseless|groundless|unfounded|a\s+lie|lies|propaganda|fabricated|fiction|nonsense)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeniedAfter();

    // "informed Putin of Kupiansk's alleged capture": a hedged noun names a claim, it does not make one.
    [GeneratedRegex(@"\b(?:alleged|purported|supposed|so-called|claimed)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex HedgedNoun();

    // "is close to pushing the last units out of the region", "on the verge of capturing": the action is near, not done.
    [GeneratedRegex(@"\b(?:(?:close|closer|near|nearer)\s+to|on\s+the\s+(?:verge|brink|cusp)\s+of)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Imminent();

    // "guarantees strong enough to stop Russia attacking again", "to deter Moscow from striking", "agreed to stop attacking
    // energy sites": what is to be prevented or stopped has not happened (is not told as happening) by being named so.
    [GeneratedRegex(@"\b(?:stop|stops|stopping|prevent\w*|deter\w*|dissuade\w*)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:from\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Prevented();

    // "buses run when the shelling allows": the shelling as a condition of daily life, not a claimed event.
    [GeneratedRegex(@"\b(?:when|whenever|while|until|unless|once)\s+the\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex WhenThe();

    [GeneratedRegex(@"^\W*(?:(?:Every|Each) (?:time|day|night|week|month)|Whenever)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Habitual();

    [GeneratedRegex(@"\b(?:[Ee]very|[Ee]ach)\s+(?!of\b|time\b)(?:[a-z][\w-]*\s+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Generic();

    // "Every ship hit in our ports is a message", "each village shelled": a quantified noun the participle describes is
    // any such case, not one that happened.
    // "The strike, which hit a shopping centre, was one of the deadliest": a relative clause on "the strike" already told
    // describes that strike again.
    [GeneratedRegex(@"^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:strike|attack|assault|bombardment|raid|barrage|shelling|missile|drone)s?,?\s+(?:which|that)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeOnTheEventTold();

    // "said Russian commanders had reported the town's capture to Putin": the speaker tells of someone else's claim,
    // which the speaker does not make (and here disputes).
    [GeneratedRegex(@"\bhad\s+(?:reported|claimed|announced|declared|celebrated)\s+(?:(?:the|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedEarlier();

    [GeneratedRegex(@"\b(?:is|are|am)\s+(?:being\s+)?(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OngoingBefore();

    // "strikes at occupied Crimea", "their previously occupied lines": a preposition or a possessive before the participle
    // makes it an adjective of the noun after it.
    [GeneratedRegex(@"(?:\b(?:the|a|an|another|newly|recently|temporarily|partly|partially|previously|formerly|in|of|from|near|across|around|over|into|inside|throughout|at|on|to|towards?|within|its|their|our|his|her)|[Tt]he\s+\w+ly|\b(?:its|their|our|his|her)\s+\w+ly)\s+['\u2018\u201C""]?$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveBefore();

    [GeneratedRegex(@"^[""'\u2018\u201C]\w+[""'\u2019\u201D]\s+(?!(?:the|a|an|another|several|some|its|their|his|her|our|two|three|four|five|six|\d)\b)[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex ScareQuoted();

    // "had \"liberated\" part of the forest": after "had" the quoted participle is the verb, whatever follows it.
    [GeneratedRegex(@"\b(?:had|has|have)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PerfectBefore();

    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?|[Oo]f|[Ff]rom|[Tt]wo|[Ss]everal|[Tt]hree|[Oo]ne)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"\b[Tt]he\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"^\s+(?:[a-z-]+\s+)?(?:building|house|home|block|apartment|tower|school|hospital|facility|plant|site|depot|refinery|ship|vessel|tanker|car|bus|train|station|substation|structure|area|district|neighbourhood|neighborhood)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex HitThing();
}
