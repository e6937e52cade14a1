using System.Text.RegularExpressions;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Claims.Events;

public static partial class EventFinder
{
    /// <summary>One action of a sentence as the place decision sees it: where its verb is and how far its clause reaches.</summary>
    /// <param name="Text">The article's plain text.</param>
    /// <param name="Sentence">The sentence (or piece of one) holding the action.</param>
    /// <param name="Matches">The sentence's action matches, offsets relative to the sentence.</param>
    /// <param name="Index">The action's index in <paramref name="Matches"/>.</param>
    /// <param name="Lemma">The action's lemma.</param>
    /// <param name="Limit">Where the action's clause ends (absolute offset).</param>
    /// <param name="ObjectText">The action's object phrase, or null.</param>
    private sealed record ActionSite(string Text, TextSpan Sentence, List<Match> Matches, int Index, string Lemma, int Limit, string? ObjectText)
    {
        public Match Match => Matches[Index];

        public int Start => Sentence.Start + Match.Index;

        public int End => Start + Match.Length;

        public string Value => Text[Sentence.Start..Sentence.End];
    }

    /// <summary>
    /// Every place of the action's sentence with its relation to the action (a place may hold several relations, each a
    /// candidate), and the few mentions outside it that can locate it (the capital a nationality names, the place of the
    /// sentence's earlier event). <paramref name="inSentence"/> are the sentence's mentions; <paramref name="located"/> (and
    /// the same as a set, <paramref name="isLocated"/>) the article's mentions whose surroundings let them locate an action at
    /// all (no agent, launcher, owner, or for fire a destination).
    /// </summary>
    private static List<PlaceCandidate> PlaceCandidates(ActionSite site, IReadOnlyList<PlaceMention> places, bool placesByStart, List<PlaceMention> inSentence, List<PlaceMention> located,
        HashSet<PlaceMention> isLocated, List<EventClaim> events)
    {
        var text = site.Text;
        var sentence = site.Sentence;
        var value = site.Value;
        var match = site.Match;
        var absolute = site.Start;
        var limit = site.Limit;
        var candidates = new List<PlaceCandidate>();
        PlaceCandidate Candidate(PlaceMention p, PlaceRelation relation) =>
            new(p, relation, p.Span.Start >= site.End ? p.Span.Start - site.End : p.Span.End <= absolute ? absolute - p.Span.End : 0)
            {
                NamesSector = p.Place.Kind == PlaceKind.City && Sector().IsMatch(text.AsSpan(p.Span.End, Math.Min(12, text.Length - p.Span.End))),
                NamesFacility = FacilityNamedAndLocated().IsMatch(text.AsSpan(p.Span.End, Math.Min(80, text.Length - p.Span.End))),
                NamesPlant = p.Place.Kind == PlaceKind.City && PlantNamedAfter().IsMatch(text.AsSpan(p.Span.End, Math.Min(40, text.Length - p.Span.End))),
                ReferencePoint = p.Place.Kind == PlaceKind.City && Bearing().IsMatch(text.AsSpan(Math.Max(0, p.Span.Start - 120), Math.Min(120, p.Span.Start))),
            };

        // After the verb, in its clause: the object and the locative phrases. A later item of a list is an alternative.
        PlaceMention? previousAfter = null;
        foreach (var p in inSentence.Where(p => p.Span.Start >= absolute && p.Span.Start < limit))
        {
            var gap = text[Math.Min(site.End, p.Span.Start)..p.Span.Start];
            var relation = !isLocated.Contains(p) ? NotLocating(text, p)
                : NamesAWar(text, p) ? PlaceRelation.OtherClause
                : WhereGoodsGo().IsMatch(gap) ? PlaceRelation.Destination
                : site.Lemma == "shoot down" && p.Place.Kind == PlaceKind.Country && LaunchedAt().IsMatch(text[Math.Max(absolute, p.Span.Start - 60)..p.Span.Start]) ? PlaceRelation.Destination
                : ObjectGap().IsMatch(gap) ? PlaceRelation.Object
                : PlaceRelation.Locative;
            var candidate = Candidate(p, relation);
            if (candidate.Locates)
            {
                candidate = candidate with { ListedAfterAnother = previousAfter is not null && ListGap().IsMatch(text[Math.Min(previousAfter.Span.End, p.Span.Start)..p.Span.Start]) };
                previousAfter = p;
            }

            candidates.Add(candidate);
        }

        foreach (var p in inSentence.Where(p => p.Span.Start >= limit))
        {
            candidates.Add(Candidate(p, PlaceRelation.OtherClause));
        }

        // "strikes on Ukraine's power plants": after the verb a possessive owns the target.
        if (TargetOwner(text, site.End, places, placesByStart) is { } owner)
        {
            candidates.Add(Candidate(owner, PlaceRelation.TargetOwner));
        }

        // Before the verb a place locates the action only as a frame, the antecedent of "where", or the passive's subject.
        var ownLocation = OwnLocation().IsMatch(text[site.End..limit]);
        var targetIsSubject = TargetIsTheSubject(value, match);
        var clauseStart = sentence.Start + ClauseStart(value, match.Index);
        var sharesSubject = targetIsSubject && SharesTheSentenceSubject(value, match);
        foreach (var p in inSentence.Where(p => p.Span.End <= absolute))
        {
            var before = new List<PlaceRelation>();
            if (isLocated.Contains(p))
            {
                if (WhereClause().IsMatch(text[p.Span.End..absolute]))
                {
                    before.Add(PlaceRelation.RelativeWhere);
                }

                if (Locative(text, p) && !SpeakingFrame().IsMatch(text[Math.Max(sentence.Start, p.Span.Start - 80)..p.Span.Start]) && !(p.Place.Kind != PlaceKind.Admin1 && SaidAfter(text, p, absolute))
                    && (site.Index == 0 || p.Span.End <= sentence.Start + site.Matches[site.Index - 1].Index || Assertion.Adjective(value, site.Matches[site.Index - 1]))
                    && (!(OtherClauseBetween().IsMatch(text[p.Span.End..absolute]) || TimeClauseJoins().IsMatch(text[p.Span.End..absolute]))
                        || FrameBefore().IsMatch(text[sentence.Start..p.Span.Start])))
                {
                    before.Add(PlaceRelation.Frame);
                }

                if (targetIsSubject && (p.Span.Start >= clauseStart || ApposedSubject(text, p, absolute)))
                {
                    before.Add(PlaceRelation.Subject);
                }

                if (targetIsSubject && AppositiveSubject().IsMatch(text[p.Span.End..absolute]))
                {
                    before.Add(PlaceRelation.AppositiveSubject);
                }

                if (sharesSubject && OpensTheSentence().IsMatch(text[sentence.Start..p.Span.Start]))
                {
                    before.Add(PlaceRelation.SentenceSubject);
                }
            }

            if (p.Place.Kind is PlaceKind.Admin1 or PlaceKind.City && RegionalBody(text, p))
            {
                before.Add(PlaceRelation.ReportingBody);
            }

            // "had advanced near the village of Kindrashivka": an action that names its own location, even one the
            // gazetteer lacks, is not located by a place named before it, unless a region holds it or the place frames the
            // clause ("In Kyiv, a drone struck a building in the Darnytskyi district"; not "In Muzaffarabad, officials said").
            if (ownLocation && p.Place.Kind != PlaceKind.Admin1 && !Frames(text, sentence.Start, p, absolute))
            {
                before = [.. before.Select(r => r is PlaceRelation.RelativeWhere or PlaceRelation.Frame or PlaceRelation.Subject
                    or PlaceRelation.AppositiveSubject or PlaceRelation.SentenceSubject ? PlaceRelation.BesideUnknownPlace : r)];
            }

            if (before.Count == 0)
            {
                before.Add(!isLocated.Contains(p) ? NotLocating(text, p)
                    : SpeakingFrame().IsMatch(text[Math.Max(sentence.Start, p.Span.Start - 80)..p.Span.Start]) || SaidAfter(text, p, absolute) ? PlaceRelation.SpeakerLocation
                    : PlaceRelation.OtherClause);
            }

            candidates.AddRange(before.Distinct().Select(r => Candidate(p, r)));
        }

        // "were attacking the town": the town the sentence has named; "in the city", "in the region": the one named before.
        var afterVerb = text[site.End..limit];
        if (TheTownObject().IsMatch(afterVerb) && inSentence.LastOrDefault(p => p.Place.Kind == PlaceKind.City && p.Span.End <= absolute && !MetonymActor(text, p)) is { } town)
        {
            candidates.Add(Candidate(town, PlaceRelation.TownTakenUpAsObject));
        }

        if (TheCity().Match(afterVerb) is { Success: true } unit)
        {
            var kind = unit.Groups["region"].Success ? PlaceKind.Admin1 : PlaceKind.City;
            if (inSentence.LastOrDefault(p => p.Place.Kind == kind && p.Span.End <= absolute && !MetonymActor(text, p)) is { } taken)
            {
                candidates.Add(Candidate(taken, PlaceRelation.TakenUp));
            }
        }

        // "Odesa was left without power following a missile strike": the place the attack left without power.
        if (NounForm(match.Value) && LostPowerAfter().Match(text, sentence.Start, absolute - sentence.Start) is { Success: true } lost
            && inSentence.LastOrDefault(p => isLocated.Contains(p) && p.Span.End <= lost.Index && !ReportingBetween().IsMatch(text[p.Span.End..lost.Index])) is { } dark)
        {
            candidates.Add(Candidate(dark, PlaceRelation.LeftWithoutPower));
        }

        // "downed 18 drones flying towards the Russian capital": the capital, when the article names it.
        if (NationalCapital().Match(afterVerb) is { Success: true } capital && Capitals.TryGetValue(capital.Groups["nation"].Value, out var capitalName)
            && places.FirstOrDefault(p => p.Place.Name == capitalName) is { } named)
        {
            candidates.Add(Candidate(named, PlaceRelation.NationalCapital));
        }

        // "recaptured the Kursk region, saying troops had liberated the village of …": a later action of the sentence
        // happened in the place of the earlier one ("launched 1,000 drones at Ukraine and that energy facilities had been
        // hit"); not a cause ("in response to drone attacks on its bases"), not a country for drones downed ("launched 90
        // drones at Ukraine, and that 60 were shot down" counts the whole night's air defence), not a town the
        // troops took for fire with a target of its own, and beside an unknown place only a region.
        if (events.Count > 0 && events[^1].Start == sentence.Start && events[^1].Place is { } earlier
            && !Cause().IsMatch(value[..match.Index])
            && located.FirstOrDefault(p => p.Place.Name == earlier) is { } earlierMention
            && !(earlierMention.Place.Kind == PlaceKind.Country && site.Lemma == "shoot down")
            && !(earlierMention.Place.Kind == PlaceKind.City && site.ObjectText is not null && events[^1].Action is "capture" or "recapture" or "liberate" && site.Lemma is "strike" or "shell" or "attack")
            && (!ownLocation || earlierMention.Place.Kind == PlaceKind.Admin1))
        {
            candidates.Add(Candidate(earlierMention, PlaceRelation.EarlierAction));
        }

        return candidates;
    }

    /// <summary>
    /// The first possessive mention at or after <paramref name="verbEnd"/> that only a preposition (and quotes or a "with" phrase)
    /// separates from the verb, or null. The gap <see cref="DeterminesTheObject"/> accepts holds only word characters, white
    /// space, quotes and hyphens, so with mentions in text order the search stops at the first other character instead of
    /// reading every later mention of the article with a copy of all the text up to it.
    /// </summary>
    internal static PlaceMention? TargetOwner(string text, int verbEnd, IReadOnlyList<PlaceMention> places, bool placesByStart)
    {
        if (!placesByStart)
        {
            return places.FirstOrDefault(p => Possessive(text, p) && p.Span.Start >= verbEnd && DeterminesTheObject().IsMatch(text.AsSpan(verbEnd, p.Span.Start - verbEnd)));
        }

        var stop = verbEnd;
        while (stop < text.Length && MayBeInOwnerGap(text[stop]))
        {
            stop++;
        }

        for (var i = FirstStartingAt(places, verbEnd); i < places.Count && places[i].Span.Start <= stop; i++)
        {
            var p = places[i];
            if (Possessive(text, p) && DeterminesTheObject().IsMatch(text.AsSpan(verbEnd, p.Span.Start - verbEnd)))
            {
                return p;
            }
        }

        return null;
    }

    // A superset of the characters DeterminesTheObject lets through (\w, \s, quotes, hyphen): stopping late only costs time.
    private static bool MayBeInOwnerGap(char c) =>
        char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '"' or '\u201C' or '\u201D' or '-' or '_' or '\u200C' or '\u200D'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation
            or System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber;

    /// <summary>Whether every mention starts at or after the one before it.</summary>
    private static bool InTextOrder(IReadOnlyList<PlaceMention> places)
    {
        for (var i = 1; i < places.Count; i++)
        {
            if (places[i].Span.Start < places[i - 1].Span.Start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/> in mentions in text order (Count if none).</summary>
    private static int FirstStartingAt(IReadOnlyList<PlaceMention> places, int offset)
    {
        var (low, high) = (0, places.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (places[middle].Span.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The mentions wholly inside <paramref name="sentence"/>, in text order, from mentions in text order.</summary>
    internal static List<PlaceMention> PlacesWithin(IReadOnlyList<PlaceMention> places, TextSpan sentence)
    {
        var within = new List<PlaceMention>();
        for (var i = FirstStartingAt(places, sentence.Start); i < places.Count && places[i].Span.Start <= sentence.End; i++)
        {
            if (places[i].Span.End <= sentence.End)
            {
                within.Add(places[i]);
            }
        }

        return within;
    }

    /// <summary>Why a mention whose surroundings keep it from locating any action does not.</summary>
    private static PlaceRelation NotLocating(string text, PlaceMention place) =>
        Agent(text, place) || Launcher(text, place) ? PlaceRelation.Origin
        : Possessive(text, place) ? PlaceRelation.Owner
        : Destination(text, place) ? PlaceRelation.Destination
        : PlaceRelation.OtherClause;

    // "a third village, Dvorichna on the Oskil river in the Kharkiv region, had been seized": the place heading an
    // apposition right before a passive's auxiliary is its subject, with the locative phrases that follow it.
    private static bool ApposedSubject(string text, PlaceMention place, int action) =>
        ApposedHeadBefore().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 2), Math.Min(2, place.Span.Start)))
        && ApposedSubjectAfter().IsMatch(text.AsSpan(place.Span.End, action - place.Span.End));

    private static bool SaidAfter(string text, PlaceMention place, int action) =>
        SpeakerVerbAfter().IsMatch(text.AsSpan(place.Span.End, Math.Min(30, action - place.Span.End)));

    [GeneratedRegex(@"^,\s$", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedHeadBefore();

    // "the Moscow oil refinery in Kapotnya", "the Belaya airbase in the Irkutsk region": a facility named after a place,
    // then located in another.
    [GeneratedRegex(@"^\s+(?:(?!(?:and|or|a|an|the)\s)[a-z][\w-]*\s+){0,2}?(?:refinery|air\s?base|airbase|airfield|airport|hospital|(?:power\s+)?plant|(?:power\s+)?station|depot|terminal|base|factory|complex|facility|substation|port)\s+(?:complex\s+)?(?:in|near|outside)\s+(?:the\s+)?[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex FacilityNamedAndLocated();

    // "the Kursk nuclear power plant", "the Ryazan refinery", "the Engels airbase": plants, refineries and airbases take the
    // name of a town they often do not stand in, so the town yields to a settlement the sentence gives as a location
    // ("fired drones at the Kursk nuclear power plant and at a gas station in Sudzha"), though not to a region or country
    // ("the Saratov refinery, one of the largest in southern Russia"). Ports and airports stand in their city.
    [GeneratedRegex(@"^\s+(?:(?:oil|nuclear|thermal|hydroelectric|gas|chemical)\s+){0,2}(?:refinery|(?:power\s+)?plant|power\s+station|air\s?base|airbase|airfield|dam)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlantNamedAfter();

    // "the village of Rivnopillia in the Zaporizhzhia region, about 15 kilometres east of Huliaipole": a settlement placed by
    // its bearing from a town lies away from the town.
    [GeneratedRegex(@"\b(?:village|settlement|hamlet)s?\s+of\s+[A-Z][^,;]{0,60},\s+(?:(?:about|some|around|roughly|nearly|almost|just)\s+)?(?:[\d.]+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Bearing();

    [GeneratedRegex(@"^(?:\s+(?:on|in|near|at|outside)\s+[^,;]{1,60}?)?,\s+(?:(?:had|has|have)\s+)?(?:been|was|were|is|are)\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedSubjectAfter();

    // "officials at the hospital in Deir al-Balah said": the place ends the speaker's description.
    [GeneratedRegex(@"^\s+(?:said|says|told|reported|announced|added|stated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerVerbAfter();

    // "captured Dvorichna", "shelled the village of Murom", "strikes on Kyiv": nothing but a preposition of the target
    // and a settlement noun between the verb and the place.
    [GeneratedRegex(@"^\s*(?:(?:on|against|at)\s+)?(?:the\s+)?(?:(?:village|town|city|settlement|hamlet|port)\s+of\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectGap();
}
