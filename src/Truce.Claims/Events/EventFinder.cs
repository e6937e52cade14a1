using System.Text.RegularExpressions;
using Truce.Claims.Attribution;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Claims.Events;

/// <summary>
/// Finds claimed military events sentence by sentence: an action verb from a fixed lexicon
/// (captured, recaptured, liberated, struck, shelled, attacked, shot down, advanced, withdrew …),
/// its object, the nearest place after it, and the claimant from the statement holding it.
/// Negated actions ("denied shelling", "did not attack") are left out.
/// </summary>
public static partial class EventFinder
{
    private static readonly (string Lemma, string Pattern)[] Lexicon =
    [
        ("recapture", @"recaptured|retook|regained control (?:of|over)|recapturing|recapture"),
        ("capture", @"captured|seized|(?:took|taken|take|taking) (?:full )?control (?:of|over)|capturing|occupied|capture"),
        ("liberate", @"liberated|liberating|liberation of"),
        ("shoot down", @"shot down|shooting down|downed|intercepted|destroyed (?=\d|\w+ (?:drones?|missiles?|aircraft|jets?|helicopters?|UAVs?))"),
        ("shell", @"shelled|shelling|(?:continues?|continued|continuing|keeps?|kept) (?:to )?shell(?:ing)?"),
        ("strike", @"struck|strikes? on|hit|hitting|bombed|bombing|pounded|targeted|(?:carried out|conducted) (?:an? )?(?:[\w,-]+ ){0,4}strikes?|(?:continues?|continued|continuing|keeps?|kept) (?:to )?strik(?:e|ing)"),
        ("attack", @"attacked|attacking|launched (?:an? )?(?:[\w,]+ ){0,4}(?:attack|assault|strike)s?(?: on| against)?|stormed|assaulted"
            + @"|launched (?:\d[\d,]*|dozens of|hundreds of|more than \d+|over \d+|a barrage of|a swarm of|a wave of) (?:[\w-]+ ){0,3}(?:drones|missiles|rockets|UAVs)"
            + @"|(?:continues?|continued|continuing|keeps?|kept) (?:to )?attack(?:ing)?"),
        ("advance", @"advanced|advancing|pushed forward|made gains|(?:continues?|continued|continuing|keeps?|kept) (?:to )?advanc(?:e|ing)"),
        ("withdraw", @"withdrew|withdrawn|pulled back|pulled out|retreated|withdrawing|withdrawal from"),
    ];

    private static readonly Regex Actions = new(
        @"(?<![\w-])(?:" + string.Join("|", Lexicon.Select((l, i) => $"(?<a{i}>{l.Pattern})")) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <param name="layout">The article's sentences and paragraphs.</param>
    /// <param name="statements">The article's statements, for each event's claimant.</param>
    /// <param name="places">The article's place mentions, for each event's place.</param>
    /// <param name="parties">The agreement's aliases, to tell each event's actor (<see cref="EventActor"/>); none when null.</param>
    public static IReadOnlyList<EventClaim> Find(ArticleLayout layout, IReadOnlyList<Statement> statements, IReadOnlyList<PlaceMention> places, PartyMatcher? parties = null)
    {
        var text = layout.Text;
        var events = new List<EventClaim>();
        foreach (var sentence in layout.Sentences)
        {
            if (StatementFinder.IsHeadline(layout, layout.ParagraphAt(sentence.Start)))
            {
                continue;
            }

            var value = layout.Slice(sentence);
            var matches = Actions.Matches(value);
            for (var m = 0; m < matches.Count; m++)
            {
                var match = matches[m];
                var lemma = Lemma(match);
                var absolute = sentence.Start + match.Index;
                if (Negated(value, match.Index) || NotMilitary().IsMatch(value[Math.Max(0, match.Index - 12)..Math.Min(value.Length, match.Index + match.Length + 40)])
                    || Adjective(value, match))
                {
                    continue;
                }

                var limit = m + 1 < matches.Count ? sentence.Start + matches[m + 1].Index : sentence.End;
                var located = places.Where(p => !Possessive(text, p) && !Agent(text, p)).ToList();

                // After the verb a possessive names where the target is ("strikes on Ukraine's power plants");
                // before it, the possessor is an actor ("Ukraine's air force said …").
                var place = located.FirstOrDefault(p => p.Span.Start >= absolute && p.Span.Start < limit)
                    ?? places.FirstOrDefault(p => Possessive(text, p) && p.Span.Start >= absolute + match.Length
                        && DeterminesTheObject().IsMatch(text[(absolute + match.Length)..p.Span.Start]))
                    ?? located.LastOrDefault(p => p.Span.Start >= sentence.Start && p.Span.End <= absolute && Locative(text, p));
                var objectText = ObjectAfter(value, match.Index + match.Length);
                if (lemma == "attack" && objectText is null && !match.Value.StartsWith("launched", StringComparison.Ordinal) && !Continued(match.Value))
                {
                    continue;
                }

                // "captured four Russian servicemen", "men were captured in Mariupol": prisoners, not territory.
                if (lemma == "capture" && (People(objectText) || (EventActorPassive(value[..match.Index]) && People(SubjectBefore(value, match.Index)))))
                {
                    continue;
                }

                // "recaptured the Kursk region, saying troops had liberated the village of …": the later
                // action in the same sentence happened in the place of the earlier one.
                if (place is null && events.Count > 0 && events[^1].Start == sentence.Start && events[^1].Place is { } earlier)
                {
                    place = located.First(p => p.Place.Name == earlier);
                }

                var statement = statements.FirstOrDefault(s => s.Start <= absolute && absolute < s.End)
                    ?? statements.FirstOrDefault(s => sentence.Contains(s.Start));
                var taxonomy = Taxonomy(lemma, value);
                events.Add(new EventClaim(statement?.Speaker, lemma, objectText, place?.Place.Name, sentence.Start, sentence.End, taxonomy)
                {
                    ClaimantParty = statement?.Party,
                    ActorParty = parties is null ? null : EventActor.Of(value, match.Index, match.Index + match.Length, statement?.Party, parties),
                });
            }
        }

        return events;
    }

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "soldier", "soldiers", "serviceman", "servicemen", "servicewomen", "troops", "prisoner", "prisoners", "fighter", "fighters",
        "men", "man", "people", "civilians", "civilian", "mercenary", "mercenaries", "POWs", "personnel", "marines", "paratroopers",
        "conscripts", "crew", "crews", "sailors", "pilot", "pilots", "commander", "commanders", "officer", "officers", "them", "him", "her",
    };

    private static bool Continued(string action) => action.StartsWith("continu", StringComparison.Ordinal) || action.StartsWith("ke", StringComparison.Ordinal);

    // A participle used as an adjective ("the occupied part of", "a liberated village") describes, it does not claim.
    private static bool Adjective(string sentence, Match match) =>
        match.Value is "occupied" or "captured" or "liberated" or "recaptured" or "shelled" or "bombed"
        && AdjectiveBefore().IsMatch(sentence[..match.Index]);

    private static bool People(string? phrase) =>
        phrase is not null && phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(PeopleNouns.Contains);

    private static bool EventActorPassive(string before) => PassiveBefore().IsMatch(before);

    private static string SubjectBefore(string sentence, int index)
    {
        var before = sentence[..index];
        var cut = Math.Max(before.LastIndexOf(',') + 1, Math.Max(before.LastIndexOf(" said ", StringComparison.Ordinal) + 1, before.LastIndexOf(" that ", StringComparison.Ordinal) + 1));
        return before[cut..];
    }

    // Before the verb, only a place introduced as a location ("In Kramatorsk, …", "the governor of the Kharkiv region")
    // locates the event; a bare subject ("Russia wants …") is an actor.
    private static bool Locative(string text, PlaceMention place)
    {
        var before = text[Math.Max(0, place.Span.Start - 24)..place.Span.Start];
        return LocativeBefore().IsMatch(before);
    }

    private static bool Possessive(string text, PlaceMention place) =>
        place.Span.End < text.Length && text[place.Span.End] is '\'' or '\u2019';

    // "drones launched by Russia", "a missile fired from Belgorod": the place acts, it is not where the event happened.
    private static bool Agent(string text, PlaceMention place) =>
        place.Span.Start >= 3 && text.AsSpan(Math.Max(0, place.Span.Start - 5), Math.Min(5, place.Span.Start)).EndsWith("by ", StringComparison.Ordinal);

    private static string Lemma(Match match)
    {
        for (var i = 0; i < Lexicon.Length; i++)
        {
            if (match.Groups[$"a{i}"].Success)
            {
                return Lexicon[i].Lemma;
            }
        }

        throw new InvalidOperationException("action pattern matched without a lemma group");
    }

    private static bool Negated(string sentence, int index)
    {
        var window = sentence[Math.Max(0, index - 40)..index];
        return Negation().IsMatch(window);
    }

    private static string? ObjectAfter(string sentence, int from)
    {
        var rest = sentence[from..];
        var match = ObjectPhrase().Match(rest);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["object"].Value.Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>
    /// The DESIGN.md §3 code to suggest for an action, refined by weapon words in the sentence; a pattern
    /// ("strike.*") when the sentence does not say which code of the family it is.
    /// </summary>
    public static string Taxonomy(string lemma, string sentence)
    {
        var weapon = sentence.Contains("drone", StringComparison.OrdinalIgnoreCase) || sentence.Contains("UAV", StringComparison.Ordinal) ? "strike.drone"
            : sentence.Contains("glide bomb", StringComparison.OrdinalIgnoreCase) ? "strike.glide-bomb"
            : sentence.Contains("missile", StringComparison.OrdinalIgnoreCase) ? "strike.missile"
            : sentence.Contains("air strike", StringComparison.OrdinalIgnoreCase) || sentence.Contains("airstrike", StringComparison.OrdinalIgnoreCase)
              || sentence.Contains("bomb", StringComparison.OrdinalIgnoreCase) ? "strike.air"
            : null;
        return lemma switch
        {
            "capture" or "recapture" or "liberate" => "ground.capture",
            "advance" => "ground.advance",
            "withdraw" => "movement.troops",
            "shell" => sentence.Contains("mortar", StringComparison.OrdinalIgnoreCase) ? "fire.mortar" : "fire.artillery",
            "shoot down" => "fire.anti-aircraft",
            // A strike with no weapon word is a strike of unknown kind: the pattern makes the analyst choose.
            "strike" => weapon ?? "strike.*",
            "attack" => weapon ?? (sentence.Contains("artillery", StringComparison.OrdinalIgnoreCase) ? "fire.artillery" : "ground.assault"),
            _ => "fire.explosion",
        };
    }

    [GeneratedRegex(@"(?:\b(?:the|a|an|newly|recently|temporarily|partly|partially)|[Tt]he\s+\w+ly)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveBefore();

    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"^\s+(?:(?:on|against|at|across)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeterminesTheObject();

    [GeneratedRegex(@"\b(?:[Ii]n|[Nn]ear|[Oo]ver|[Oo]utside|[Aa]t|[Ii]nto|[Ii]nside|[Aa]round|[Aa]cross|[Oo]f)\s+(?:the\s+)?(?:(?:city|town|village|port|region|settlement)\s+of\s+)?$")]
    private static partial Regex LocativeBefore();

    [GeneratedRegex(@"\bdeal (?:was )?struck|struck (?:a|the) deal|(?:withdrew|withdrawn|pulled out) from (?:it|the (?:deal|agreement|talks|treaty|accord|initiative|process))\b|hit (?:back|hard|out)")]
    private static partial Regex NotMilitary();

    [GeneratedRegex(@"\b(?:not|never|no|denied|deny|denies|denying|without|falsely|refused to)\b[^,;]*$")]
    private static partial Regex Negation();

    [GeneratedRegex(@"^\s+(?!(?:in|on|at|near|overnight|during|over|across|from|by|with|after|before|since|toward|towards|into|as|and|but|that|for|around|along)\b)(?<object>[^,.;:""\u201C\u201D()]{2,80}?)(?=\s+(?:in|on|at|near|overnight|during|over|across|from|by|with|after|before|since|toward|towards|into|as|and|but|that|for|around|along|which|killing|wounding|causing|using|while|early|late|last)\b|[,.;:""\u201C\u201D()]|$)")]
    private static partial Regex ObjectPhrase();
}
