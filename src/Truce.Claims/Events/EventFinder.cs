using System.Text.RegularExpressions;
using Truce.Claims.Attribution;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Claims.Events;

/// <summary>
/// Finds claimed military events sentence by sentence: an action verb from a fixed lexicon
/// (captured, recaptured, liberated, struck, shelled, attacked, shot down, advanced, withdrew …),
/// its noun ("an attack on", "the shelling of") and passive ("were repelled", "came under fire") forms, its
/// object, the most specific place of its own clause, and the claimant from the statement holding it.
/// Actions not asserted are left out: negated ("denied shelling", "did not attack"), threatened, planned,
/// conditional or asked ("threatened to strike", "could attack", "Did Russia shell …?"), named by a truce
/// term ("a halt to attacks on energy"), and the same verbs used of politics, markets and media.
/// </summary>
public static partial class EventFinder
{
    internal static readonly (string Lemma, string Pattern)[] Lexicon =
    [
        ("recapture", @"recaptured|retook|retaken|won back|regained (?:full )?control (?:of|over)|recapturing|recapture"),
        ("capture", @"captured|seized|(?:took|taken) (?=(?:the )?(?:village|town|city|settlement|hamlet) of\b)|(?:took|taken) (?=[A-Z])|(?:took|taken|take|taking|gained|gaining) (?:full )?control (?:of|over)|(?:claimed|claims|claiming|established|establishing) (?:(?:full|complete|total) )?control (?:of|over)|capturing|seizing|occupied|capture|overran|overrun|fell to (?=(?:the )?(?:[\w-]+ ){0,2}?(?:forces|troops|army|fighters|rebels|units|soldiers)\b)"),
        ("liberate", @"liberated|liberating|liberation[""\u201D]? of"),
        ("shoot down", @"shot down|shooting down|downed|intercepted|(?:destroyed|neutrali[sz]ed) (?=\d|\w+ (?:drones?|missiles?|aircraft|jets?|helicopters?|UAVs?))|(?<=\b(?:drones|missiles|UAVs|rockets)\s+(?:had been|have been|were)\s)(?:destroyed|neutrali[sz]ed)"),
        ("shell", @"shelled|shelling|(?:continues?|continued|continuing|keeps?|kept) (?:to )?shell(?:ing)?|(?:continues?|continued|continuing) (?:its|their) (?:[\w-]+ ){0,3}?shelling|(?:fired|opened fire) (?:on|at)(?! least\b)|opened fire (?:across|into|towards?|along|in(?= (?:the )?[A-Z]))|(?:traded|exchanged|trading|exchanging) (?:[\w-]+ )?(?:fire|gunfire|artillery fire)|fired (?:[\w-]+ ){0,3}(?:shells|artillery|mortars?|mortar rounds) (?:at|on|into)|c[ao]m(?:e|es|ing) under (?:[\w-]+ ){0,3}(?:fire|shelling)"),
        ("strike", @"(?:[Ss]trikes|[Hh]its) (?:were|was|have been|had been) (?:recorded|reported|registered)|(?<=\busing\s+(?:[\w-]+\s+){1,3}to\s+)(?:bomb|hit|target)\b|(?:launched|launching|unleashed|unleashing) (?:an? )?(?:[\w,-]+ ){0,4}?(?:air ?|missile |drone )?strikes?(?: on| against)?|struck|(?:[Aa]ir)?strikes? on|(?:[Aa]ir)?[Ss]trikes (?<=^\W*[Ss]trikes |^\W*[Aa]ir[Ss]trikes )by (?:the )?(?:[\w'\u2019-]+ ){1,4}?on|(?<=\b(?:of|for|by) )striking|(?<=\b(?:is|are|was|were)\s)striking(?=\s+(?:[""\u201C]|(?:the|a|an|its|their)\s|targets?\b|\d|[A-Z]))|hit|hitting|bombed|bombing|bombarded|bombarding|pounded|rained (?:down )?(?:[\w-]+ ){0,3}?(?:bombs|missiles|rockets|drones)(?: down)? on|(?<=\b(?:[Bb]ombs|[Mm]issiles|[Rr]ockets|[Dd]rones|[Ss]hells)\s+)(?:rained|raining|rain) (?:down )?on|dropp(?:ed|ing) (?:[\w-]+ ){0,3}?(?:bombs|munitions|explosives|grenades)(?: (?:on|onto))?|pummell?ed|pummell?ing|(?:slammed|crashed|smashed|ploughed|plowed) into|(?<=\b(?:drones?|missiles?|rockets?|strikes?|shells?|artillery|bombs?)\s+(?:had\s+|have\s+|has\s+)?)destroyed|targeted|(?<!(?<!\bsaid\s+(?:that\s+)?(?:it|they)\s+)\b(?:is|are|am|was|were)\s(?:\w+ly\s)?)targeting|(?:carried out|carrying out|carries out|conducted|conducting|conducts) (?:an? )?(?:[\w,\-""\u201C\u201D]+ ){0,4}(?:air)?strikes?""?|(?:fired|firing) (?:an? |one )(?:[\w-]+ ){0,2}(?:rocket|missile|drone) (?:at|on|into|towards?)|launched an? (?:[\w-]+ ){0,2}(?:rocket|missile|drone) (?:at|on|into|towards?)"
            + @"|(?<=\b(?:were|was|been)\s+(?:killed|wounded|injured)\s+in\s+(?:[\w-]+\s+){0,2})(?<!\b(?:could|would|might|may)\s+have\s+been\s+\w+\s+in\s+(?:[\w-]+\s+){0,2})(?:air ?strikes|airstrikes|strikes)"
            + @"|(?<=\b(?:were|was|been)\s+(?:killed|wounded|injured)\s+in\s+an?\s+(?:[\w-]+\s+)?)(?<!\b(?:could|would|might|may)\s+have\s+been\s+\w+\s+in\s+an?\s+(?:[\w-]+\s+)?)(?:air ?strike|airstrike|strike)"
            + @"|(?:keeps?|kept|keeping) up (?:(?:the|its|their|[\w-]+) )?(?:air ?strikes|airstrikes|strikes|bombardment|bombing)(?= (?:around|near|outside|on|of|against|in|across) (?:the )?(?:[\w-]+ ){0,3}?[A-Z])"
            + @"|(?:continues?|continued|continuing|keeps?|kept) (?:to )?strik(?:e|ing)|(?:continues?|continued|continuing) (?:its|their) (?:[\w-]+ ){0,3}?(?:air ?strikes|airstrikes|strikes)|(?:air ?|airstrikes?|missile |drone )?strikes?(?=(?: and (?:artillery |tank |sniper )?(?:gunfire|shelling|shellfire|fire|drones?))?(?: (?:in|on|near|at|against) (?:the )?[A-Z][^,.;:]{0,40}?)? (?:have |had )?(?:killed|kills|wounded|wounds|injured|injures|destroyed|damaged|left))"),
        ("attack", @"attacked|attacking|(?:fired|firing|launched|launching) (?!(?:\d|at least|up to|dozens of|hundreds of|more than \d|over \d|nearly \d|almost \d|about \d|an? (?:[\w-]+ )?(?:barrage|swarm|wave|salvo|volley) of|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|several|scores of)\b))(?:[\w-]+ ){0,3}(?:rockets|missiles|drones) (?:at|on|into|towards?)|counter-?attacked|(?:launched|unleashed|launching|unleashing) (?:an? )?(?:[\w,-]+ ){0,4}(?:attack|assault|strike|barrage|bombardment|offensive|counter-?offensive|counter-?attack|raid|incursion|(?:air|aerial|bombing|drone|missile) campaign)s?(?: on| against)?|stormed|storming|assaulted|(?:tried|attempted|trying|attempting) to storm"
            + @"|launched (?:an? )?(?:[\w-]+ )?(?:wave|series|spate|string) of (?:[\w,-]+ ){0,4}?(?:attacks?|assaults?|raids?|incursions?)(?: on| against)?"
            + @"|(?:attacks|assaults|raids)(?<=\b(?:[Aa]nother|[Aa]|[Oo]ne more|[Aa] new|[Aa] fresh)\s+(?:[\w-]+\s+)?(?:night|day|morning|evening|weekend|wave|round) of\s+(?:(?:Russian|Ukrainian|Israeli|enemy|drone|missile|heavy|deadly)\s+){0,2}(?:attacks|assaults|raids))"
            + @"|(?:carried out|carrying out|carries out|conducted|conducting|conducts|mounted|mounting|mounts|staged|staging|stages) (?:an? )?(?:[\w,\-""\u201C\u201D]+ ){0,4}(?:attack|assault|raid|counter-?attack|counter-?offensive)s?(?: on| against)?"
            + @"|(?:launched|fired|launching|firing) (?:at least |up to )?(?:\d[\d,]*|dozens of|hundreds of|more than \d[\d,]*|over \d[\d,]*|nearly \d[\d,]*|almost \d[\d,]*|about \d[\d,]*|an? (?:[\w-]+ )?(?:barrage|swarm|wave|salvo|volley) of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|several|scores of) (?:[\w-]+ ){0,3}(?:drones|missiles|rockets|UAVs)"
            + @"|(?<=\b(?:[Dd]rones|[Mm]issiles|[Rr]ockets|UAVs|[Pp]rojectiles)\b[^.;,]{0,40}\b(?:had been|have been|has been|were|was)\s)(?:launched|fired)(?<!\b(?:that|which)\s+(?:had been|have been|has been|were|was)\s+(?:launched|fired))(?= (?:(?:[\w'\u2019-]+ ){0,8}?(?:at|against|towards?|into)\b|on(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the night|\d))\b))"
            + @"|(?<=\b(?:\d[\d,]*|dozens\s+of|hundreds\s+of|more\s+than\s+\d[\d,]*)\s+(?:[\w-]+\s+){0,2}(?:drones|missiles|rockets|UAVs)\b[^.;,]{0,40}\b(?:had been|have been|were)\s)launched(?<!\b(?:that|which)\s+(?:had been|have been|were)\s+launched)"
            + @"|(?<=\b(?:responded|reacted|responding|reacting)\s+to\s+(?:(?:repeated|the|renewed)\s+)?)(?:attacks?|assaults?)(?=\s+(?:by|from)\b)"
            + @"|(?:continues?|continued|continuing|keeps?|kept) (?:to )?attack(?:ing)?|(?:continues?|continued|continuing) (?:its|their) (?:[\w-]+ ){0,3}?(?:attacks|assaults)|(?:(?:stepped|stepping|steps|ramped|ramping) up|intensified|intensifying|escalated) (?:(?:the|its|their|[\w-]+) )?(?:attacks|assaults)(?= (?:around|near|outside|in|toward|towards|targeting) (?:the )?(?:(?:village|town|city|settlement|port|region) of )?[A-Z])"
            + @"|(?:keeps?|kept|keeping) up (?:(?:the|its|their|[\w-]+) )?(?:attacks|assaults)(?= (?:around|near|outside|on|against|in) (?:the )?(?:[\w-]+ ){0,3}?[A-Z])"
            + @"|(?<=\b(?:were|was|been)\s+(?:killed|wounded|injured)\s+(?:in|during)\s+(?:an?\s+)?(?:[\w'\u2019-]+\s+){0,3})(?<!\b(?:could|would|might|may)\s+have\s+been\s+\w+\s+(?:in|during)\s+(?:an?\s+)?(?:[\w'\u2019-]+\s+){0,3})(?:attacks|assaults|raids|(?:attack|assault|raid)(?=\s+by\b))"
            + @"|(?:attacks?|assaults?) (?:on|against)|attacks?(?= (?:have |had )?(?:killed|wounded|injured|destroyed|damaged|left))|c[ao]m(?:e|es|ing) under (?:[\w-]+ ){0,3}attacks?"
            + @"|(?<=\b(?:attacks?|assaults?|counterattacks?|counter-attacks?|offensive|attempts?)\b[^.,;]{0,40}\b(?:was|were|been)\s)(?:repelled|repulsed|beaten back|fought off)"
            + @"|(?:repelled|repulsed|repelling|repulsing|fought off|beat back|beaten back|thwarted|foiled) (?:[\w,-]+ ){0,4}?(?:attacks?|assaults?|counter-?attacks?|counter-?offensives?|offensives?|attempts?)\b"
            + @"|(?:pressed|pressing|presses) (?:(?:on|ahead) with )?(?:its|their|the) (?:[\w-]+ ){0,2}?(?:offensive|assault|attacks|onslaught)(?= (?:on|against|around|near|in|toward|towards|outside) (?:the )?(?:(?:village|town|city|settlement|port|region) of )?[A-Z])"),
        ("advance", @"(?:entered|entering|crossed into|crossing into) (?=(?:the )?[A-Z])|(?:entered|entering) (?=the (?:[\w'\u2019-]+ ){0,2}?(?:region|oblast|province|district|city|town|village|settlement|east|west|north|south|eastern|western|northern|southern)\b)|(?:entered|entering) (?:the )?(?:(?:eastern|western|northern|southern|central) )?(?:outskirts|suburbs|centre|center|town|city|village) of|(?:pushed|pushing|drove|driven|driving|forced|forcing|beat|beaten) (?:[\w'\u2019-]+ ){1,4}?(?:back from|back (?:towards?|to|across|over|behind|beyond)(?= (?:the )?(?:border|frontier|river|line|[A-Z]))|back(?= (?:near|around|outside|in|at) (?:the )?[A-Z])|out of(?= (?:the )?(?:(?:village|town|city|settlement|outskirts|centre|center) of )?[A-Z]))|(?<=\b(?:were|was|been)\s)(?:pushed|driven|forced|beaten) back(?= from the (?:(?:eastern|western|northern|southern|central) )?(?:outskirts|approaches|edge|edges|centre|center) of\b)|advanced|advancing|push(?:ed|ing) (?:(?:deep|further|farther) )?(?:forward|deeper|toward|towards|into)|clos(?:ed|ing|es) in on|(?:made|achieved) (?:\w+ )?(?:gains|advances)|(?:advances|gains)(?<=\b(?:Russian|Ukrainian|Israeli|Russia's|Ukraine's|Russia\u2019s|Ukraine\u2019s|enemy|battlefield|territorial)\s+(?:[\w-]+\s+)?(?:advances|gains))(?=\s+(?:near|around|in|into|toward|towards|outside|on|(?:north|south|east|west)[\w-]*\s+of)\s+(?:the\s+)?[A-Z])|gained ground|gaining ground|broke through|broken through|(?:continues?|continued|continuing|keeps?|kept) (?:to )?advanc(?:e|ing)|(?:continues?|continued|continuing) (?:its|their) (?:[\w-]+ ){0,4}?advance"),
        ("withdraw", @"withdrew|withdrawn|pulled back|(?<=\b(?:were|was|are|is|began|begun|begin|begins|started|starts|continued|continues)\s+)pulling back|pulled out|retreated|withdrawing|withdrawal from|pull-?back (?:to|from)|(?<=\b(?:were|was|been)\s)(?:pushed|driven|forced) back(?! from the (?:(?:eastern|western|northern|southern|central) )?(?:outskirts|approaches|edge|edges|centre|center) of\b)"),
    ];

    // One regex per lemma, each naming its lemma's group as the single alternation of all lemmas did; merged leftmost
    // first, the earlier lemma winning at the same position (ActionMatches), they give exactly that alternation's
    // matches, about 20 times faster: compiled with a capture group per lemma, the one alternation was a third of
    // the whole extraction's time. Their bounded lazy loops are unrolled (LazyLoops): compiled as written, a lazy loop
    // that reaches its bound can spin for minutes on an ordinary sentence.
    internal static readonly Regex[] Actions =
    [
        .. Lexicon.SelectMany((_, i) => ActionBranchPatterns(i)).Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled)),
    ];

    // Most sentences hold the opening words of few action regexes: the screen, read from the regexes' own patterns, skips the rest.
    internal static readonly LiteralScreen ActionScreen = new(Actions);

    /// <summary>
    /// A lemma's pattern as one regex per top-level branch, in order, each in the lemma's group: merged leftmost first
    /// with the earlier branch winning at the same position, they match as the lemma's alternation does, and each scans
    /// for its own leading word instead of trying every branch wherever any branch could start.
    /// </summary>
    internal static IEnumerable<string> ActionBranchPatterns(int lemma) =>
        TopLevelBranches(Lexicon[lemma].Pattern).Select(b => $@"(?<![\w-])(?:(?<a{lemma}>{LazyLoops.Unroll(b)}))\b");

    private static List<string> TopLevelBranches(string pattern)
    {
        var branches = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == '|' && depth == 0)
            {
                branches.Add(pattern[start..i]);
                start = i + 1;
            }
        }

        branches.Add(pattern[start..]);
        return branches;
    }

    /// <summary>The pattern of one lemma's action regex: its lexicon pattern with bounded lazy loops unrolled, in group "a" and the lemma's index.</summary>
    internal static string ActionPattern(int lemma) => $@"(?<![\w-])(?:(?<a{lemma}>{LazyLoops.Unroll(Lexicon[lemma].Pattern)}))\b";

    /// <summary>
    /// The action verbs of a sentence, left to right and not overlapping: the matches of the alternation of every
    /// lemma's pattern, in lexicon order, each match carrying its lemma's group ("a" and its lexicon index).
    /// </summary>
    internal static List<Match> ActionMatches(string sentence)
    {
        var matches = new List<Match>();
        var next = new Match[Actions.Length];
        var candidates = ActionScreen.Candidates(sentence);
        for (var i = 0; i < Actions.Length; i++)
        {
            next[i] = candidates[i] ? Actions[i].Match(sentence) : Match.Empty;
        }

        var position = 0;
        while (true)
        {
            Match? first = null;
            for (var i = 0; i < Actions.Length; i++)
            {
                if (next[i].Success && next[i].Index < position)
                {
                    next[i] = Actions[i].Match(sentence, position);
                }

                if (next[i].Success && (first is null || next[i].Index < first.Index))
                {
                    first = next[i];
                }
            }

            if (first is null)
            {
                return matches;
            }

            matches.Add(first);
            position = first.Index + Math.Max(1, first.Length);
        }
    }

    /// <summary>
    /// Sentences longer than any a reporter writes (a run-on page, a list, a hostile input) are read in pieces of at
    /// most this many characters, cut at a space. The rules look back and ahead over the sentence for each action, so
    /// one sentence of n characters and n/4 actions costs n² (16,000 times "hit" in one sentence took 34 s of CPU);
    /// pieces keep it linear. The corpus's longest sentence has under 700 characters.
    /// </summary>
    internal const int MaxSentenceLength = 2_000;

    /// <param name="layout">The article's sentences and paragraphs.</param>
    /// <param name="statements">The article's statements, for each event's claimant.</param>
    /// <param name="places">The article's place mentions, for each event's place.</param>
    /// <param name="parties">The agreement's aliases, to tell each event's actor (<see cref="EventActor"/>); none when null.</param>
    public static IReadOnlyList<EventClaim> Find(ArticleLayout layout, IReadOnlyList<Statement> statements, IReadOnlyList<PlaceMention> places, PartyMatcher? parties = null) =>
        Find(layout, statements, places, parties, null);

    /// <summary>As the public overload, also adding to <paramref name="choices"/> each event's place decision, in event order.</summary>
    /// <remarks>Each action word's reading, asserted or not and why, is added to <paramref name="readings"/> in text order.</remarks>
    internal static IReadOnlyList<EventClaim> Find(ArticleLayout layout, IReadOnlyList<Statement> statements, IReadOnlyList<PlaceMention> places, PartyMatcher? parties, List<PlaceChoice>? choices,
        List<ActionReading>? readings = null)
    {
        var text = layout.Text;
        var events = new List<EventClaim>();
        var previousSentenceStart = 0;

        // Which places can locate an action depends only on the text around each place, so it is worked out once per article.
        var locatedAnywhere = places.Where(p => (!Possessive(text, p) || PossessiveLocation(text, p)) && !Agent(text, p) && !Launcher(text, p) && !LeftInControl(text, p)
            && !Government(text, p)).ToList();
        var locatedNotDestination = locatedAnywhere.Where(p => !Destination(text, p)).ToList();
        var locatedAnywhereSet = locatedAnywhere.ToHashSet();
        var locatedNotDestinationSet = locatedNotDestination.ToHashSet();

        // Mentions come in text order from PlaceFinder; when they do, a sentence's mentions are found by binary search instead
        // of a scan of the whole article's, which made the work per sentence grow with the article.
        var placesByStart = InTextOrder(places);
        foreach (var sentence in layout.Sentences.SelectMany(s => Bounded(text, s)))
        {
            var sentenceStart = previousSentenceStart;
            previousSentenceStart = sentence.Start;
            if (StatementFinder.IsHeadline(layout, layout.ParagraphAt(sentence.Start)) || Standfirst(layout, layout.ParagraphAt(sentence.Start)))
            {
                continue;
            }

            var value = layout.Slice(sentence);
            var matches = ActionMatches(value);
            List<PlaceMention>? sentencePlaces = null;
            for (var m = 0; m < matches.Count; m++)
            {
                var match = matches[m];
                var lemma = Lemma(match);
                var absolute = sentence.Start + match.Index;
                void Read(AssertionReason reason) => readings?.Add(new ActionReading(absolute, match.Value, lemma, reason));

                // "the soldiers had come under fire": troops under fire with no gun named were attacked, not shelled.
                if (lemma == "shell" && match.Value.StartsWith('c') && match.Value.EndsWith(" fire", StringComparison.Ordinal)
                    && !Artillery().IsMatch(match.Value) && People(SubjectBefore(value, match.Index)))
                {
                    lemma = "attack";
                }

                var assertion = Assertion.Decide(value, match, lemma);
                if (assertion != AssertionReason.Asserted)
                {
                    Read(assertion);
                    continue;
                }

                // "intercepted and destroyed 121 drones": two verbs, one action; the second carries its object and place.
                if (m + 1 < matches.Count && Lemma(matches[m + 1]) == lemma
                    && Coordination().IsMatch(value[(match.Index + match.Length)..matches[m + 1].Index]))
                {
                    Read(AssertionReason.SameAction);
                    continue;
                }

                // "fired rockets into Thai territory, hitting a petrol station": the participle goes on telling the same
                // action, so it is no claim of its own and its words still locate the first.
                if (m > 0 && Continues(value, matches[m - 1], match))
                {
                    Read(AssertionReason.SameAction);
                    continue;
                }

                // "launched a series of airstrikes, including one massive and six targeted strikes on …": the nouns after
                // "including" break down the action just told; they are no claim of their own.
                if (Included(value, matches, m))
                {
                    Read(AssertionReason.SameAction);
                    continue;
                }

                // "militia shelling struck a market", "the shelling that targeted the area": the shelling is the subject of the
                // verb of hitting, which tells what that one shelling hit.
                if (lemma == "strike" && !NounForm(match.Value) && m > 0 && matches[m - 1].Value == "shelling"
                    && ShellingSubjectGap().IsMatch(value.AsSpan(matches[m - 1].Index + matches[m - 1].Length, match.Index - matches[m - 1].Index - matches[m - 1].Length)))
                {
                    Read(AssertionReason.SameAction);
                    continue;
                }

                // "launching drones targeting border towns", "opening fire with heavy weapons, targeting homes": what was launched
                // or fired is an attack and the participle names its target, as "launched drones at" does.
                if (lemma == "strike" && match.Value == "targeting" && LaunchedBefore().Match(value[..match.Index]) is { Success: true } launched
                    && (m == 0 || matches[m - 1].Index + matches[m - 1].Length <= launched.Index))
                {
                    lemma = "attack";
                }

                // "an artillery shell slammed into a petrol station", "mortar rounds hit a school": shells that hit are a shelling.
                if (lemma == "strike" && !NounForm(match.Value) && ShellSubjectBefore().IsMatch(value.AsSpan(0, match.Index)))
                {
                    lemma = "shell";
                }

                var next = m + 1 < matches.Count && Continues(value, match, matches[m + 1]) ? m + 2 : m + 1;

                // "fired rockets into Thai territory, hitting a petrol station": the firing is told by what it hit, a strike.
                if (next == m + 2 && lemma == "attack" && Lemma(matches[m + 1]) == "strike" && match.Value.StartsWith("fir", StringComparison.Ordinal))
                {
                    lemma = "strike";
                }

                // "shot down 61 of the 90 drones Russia fired at Ukraine, most of them over the Poltava region": the verb of
                // the relative clause only describes the drones, so the shooting down's clause goes on past it.
                while (lemma == "shoot down" && next < matches.Count && Lemma(matches[next]) is "attack" or "strike" or "shell"
                    && ShotDownWeapons().IsMatch(value[..matches[next].Index]))
                {
                    next++;
                }

                // "hit a depot in occupied Luhansk": a participle used as an adjective starts no clause of its own; nor does
                // the breakdown of this action after "including", whose target is this action's.
                while (next < matches.Count && (Assertion.Adjective(value, matches[next]) || Included(value, matches, next)))
                {
                    next++;
                }

                var limit = next < matches.Count ? sentence.Start + matches[next].Index : sentence.End;
                var clauseEnd = ClauseEnd().Match(value, match.Index + match.Length);
                limit = clauseEnd.Success ? Math.Min(limit, sentence.Start + clauseEnd.Index) : limit;

                // "Strikes by Russian forces on Ukraine's grid are a response to …": an event noun opening the sentence is its
                // subject; when the noun phrase names its target's place, what follows the sentence's own verb does not locate it.
                sentencePlaces ??= placesByStart ? PlacesWithin(places, sentence) : [.. places.Where(p => p.Span.Start >= sentence.Start && p.Span.End <= sentence.End)];
                if (NounForm(match.Value) && SubjectOpening().IsMatch(value[..match.Index]) && MainVerbAfter().Match(value, match.Index + match.Length) is { Success: true } mainVerb
                    && sentencePlaces.Any(p => p.Span.Start >= absolute + match.Length && p.Span.End <= sentence.Start + mainVerb.Index))
                {
                    limit = Math.Min(limit, sentence.Start + mainVerb.Index);
                }
                var located = lemma is "advance" or "withdraw" ? locatedAnywhere : locatedNotDestination;

                var objectText = ObjectAfter(value, match.Index + match.Length);
                sentencePlaces ??= placesByStart ? PlacesWithin(places, sentence) : [.. places.Where(p => p.Span.Start >= sentence.Start && p.Span.End <= sentence.End)];
                var choice = PlaceRanking.Choose(PlaceCandidates(new ActionSite(text, sentence, matches, m, lemma, limit, objectText), places, placesByStart, sentencePlaces,
                    located, ReferenceEquals(located, locatedAnywhere) ? locatedAnywhereSet : locatedNotDestinationSet, events));
                var place = choice.Chosen?.Mention;

                // "the ministry of Lebanon said a strike killed three in the country's south": the country's part is in the country
                // the sentence named before the action, even where that name only told whose ministry spoke.
                if (place is null && TheCountrysPart().IsMatch(text.AsSpan(absolute + match.Length, Math.Max(0, limit - absolute - match.Length))))
                {
                    place = sentencePlaces.LastOrDefault(p => p.Place.Kind == PlaceKind.Country && p.Span.End <= absolute);
                }

                // "Russia kept up its bombardment of Ukrainian cities", "stepped up attacks on Ukrainian towns": a campaign kept up or
                // stepped up is told as an event only where the sentence places it; a nationality alone places nothing.
                if (place is null && OngoingCampaign().IsMatch(match.Value))
                {
                    Read(AssertionReason.Habitual);
                    continue;
                }

                // "hit by sanctions", "attacked the plan", "seized Russian assets", "captured the moment": the same
                // verbs in politics, markets and media, told by what is hit, attacked or seized.
                if ((Civilian().IsMatch(objectText ?? "") && !(Bombing(match.Value) && MarketsOnly().IsMatch(objectText ?? ""))) || CivilianAgent().IsMatch(value[(match.Index + match.Length)..])
                    || AbstractTarget().IsMatch(objectText ?? value[(match.Index + match.Length)..])
                    || NotMilitaryModifier().IsMatch(value[..match.Index] + match.Value)
                    || (EventActorPassive(value[..match.Index]) && Civilian().IsMatch(SubjectBefore(value, match.Index))))
                {
                    Read(AssertionReason.NotMilitary);
                    continue;
                }
                if (lemma == "attack" && objectText is null && match.Value is "attacked" or "attacking" or "stormed" or "assaulted"
                    && !WithWeapons().IsMatch(value[(match.Index + match.Length)..]) && !AttackedWhere().IsMatch(value[(match.Index + match.Length)..])
                    && !(place is not null && place.Span.End <= absolute && WhereClause().IsMatch(text[place.Span.End..absolute])))
                {
                    Read(AssertionReason.NotAnAction);
                    continue;
                }

                // "soldiers opened fire at a man who approached the fence", "troops fired on people approaching the
                // fence": shooting at people who are no fighters is no shelling of a place. Shooting at troops is an
                // attack on them, as troops coming under fire are attacked ("militants opened fire at troops"); so is shooting at
                // their forces, a base or an outpost ("opened fire toward a military base").
                if (lemma == "shell" && match.Value is "opened fire on" or "opened fire at" or "opened fire toward" or "opened fire towards" or "fired on" or "fired at")
                {
                    var target = value[(match.Index + match.Length)..];
                    if (OnePersonAfter().IsMatch(target) || CiviliansAfter().IsMatch(target))
                    {
                        Read(AssertionReason.NotAnAction);
                        continue;
                    }

                    if (TroopsAfter().IsMatch(target))
                    {
                        lemma = "attack";
                    }
                }

                // "44 Palestinians were killed in the strikes", "two died in the attack": the dead counted in a definite
                // event with no target of its own are the toll of an event the article has told, not another one.
                if (NounForm(match.Value) && TollOfTheEvent().IsMatch(value[..match.Index]) && !TargetAfter().IsMatch(value[(match.Index + match.Length)..])
                    && events.Any(e => e.End <= sentence.Start && Family(e.Action) == Family(lemma)))
                {
                    Read(AssertionReason.BackReference);
                    continue;
                }

                // "detainees were driven back into the enclave", "refugees were forced back to the border": people carried
                // or sent back are no troops withdrawing.
                if (lemma == "withdraw" && ((EventActorPassive(value[..match.Index]) && CarriedBack().IsMatch(SubjectBefore(value, match.Index)))
                    || (objectText is not null && RescuedAfter().IsMatch(value[(match.Index + match.Length)..]))))
                {
                    Read(AssertionReason.NotAnAction);
                    continue;
                }

                // "has occupied about a fifth of Ukraine's territory": a share of the land held is a state, not an event.
                // So is an area counted in square kilometres ("captured 4,000 square kilometres this year").
                if (lemma == "capture" && (TerritoryShare().IsMatch(objectText ?? "") || AreaCount().IsMatch(value[(match.Index + match.Length)..])))
                {
                    Read(AssertionReason.NotAnAction);
                    continue;
                }

                // "the talks broke through a deadlock", "the envoy pushed forward with the plan", "peace efforts gained
                // ground": diplomacy moves too, told by who or what moves and by what it moves with.
                if (lemma is "advance" && (Diplomacy().IsMatch(SubjectBefore(value, match.Index))
                    || DiplomaticObject().IsMatch(objectText ?? "") || DiplomaticWith().IsMatch(value[(match.Index + match.Length)..])))
                {
                    Read(AssertionReason.NotAnAction);
                    continue;
                }

                // "troops entered Pokrovsk", "crossed into the Dnipropetrovsk region": a bare "entered" or "crossed into"
                // advances only soldiers into a place the gazetteer knows ("aid trucks entered Gaza", "refugees crossed
                // into Poland", "entered Parliament" are no advance).
                // Troops entering a definite area the article has named ("had entered the region", "entered the east of the city",
                // "surrounded the garrison and entered the city's northern district") advance too.
                if (lemma == "advance" && match.Value.EndsWith(' ') && (match.Value.StartsWith("enter", StringComparison.Ordinal) || match.Value.StartsWith("cross", StringComparison.Ordinal))
                    && (!(places.Any(p => p.Span.Start == absolute + match.Length || (p.Span.Start == absolute + match.Length + 4 && value[(match.Index + match.Length)..].StartsWith("the ", StringComparison.Ordinal)))
                            || (match.Value.StartsWith("enter", StringComparison.Ordinal) && DefiniteArea().IsMatch(value, match.Index + match.Length)
                                && !TimeClauseOpening().IsMatch(SubjectBefore(value, match.Index))))
                        || !Troops().IsMatch(CoordinatedSubjectBefore(value, match.Index))))
                {
                    Read(AssertionReason.NotAnAction);
                    continue;
                }

                // "took Bukavu": a bare "took" captures only a place the gazetteer knows, named right after it
                // ("took Putin by surprise" takes nothing).
                if (lemma == "capture" && match.Value.StartsWith('t') && match.Value.EndsWith(' ')
                    && char.IsUpper(value[match.Index + match.Length]) && !places.Any(p => p.Span.Start == absolute + match.Length))
                {
                    Read(AssertionReason.NotAnAction);
                    continue;
                }

                // "The attack on Wednesday came hours after …": "on" with a day names when, not a target, and the
                // definite noun takes up an attack already told.
                if (NounForm(match.Value) && match.Value.EndsWith(" on", StringComparison.Ordinal) && DayAfter().IsMatch(value[(match.Index + match.Length)..]))
                {
                    Read(AssertionReason.BackReference);
                    continue;
                }

                // "the attack on Izmail was the fourth this month", "the capture of Kupiansk showed …": a definite noun
                // phrase that is the subject of what the sentence says about it takes up an event the article has told,
                // it does not tell one ("The attack on Kyiv was the largest of the war" still opens a story with one).
                if (NounForm(match.Value) && DefiniteBefore().IsMatch(value[..match.Index]) && SaidAboutIt().IsMatch(value[(match.Index + match.Length)..])
                    && events.Any(e => e.End <= sentence.Start && Family(e.Action) == Family(lemma)))
                {
                    Read(AssertionReason.BackReference);
                    continue;
                }

                // "The attack was the fourth large-scale strike on Ukraine this month", "It was the largest drone attack on Kyiv
                // since June": a predicate ranking the event its subject takes up among others tells no new event.
                if (NounForm(match.Value) && RankedPredicate().IsMatch(value[..match.Index]) && events.Any(e => e.End <= sentence.Start && Family(e.Action) == Family(lemma)))
                {
                    Read(AssertionReason.BackReference);
                    continue;
                }

                // "Islamabad said the strikes targeted militant hideouts", "the attack hit a depot": the verb's subject is a
                // definite event noun taking up an event the article has told, so the verb tells more of that event.
                if (!NounForm(match.Value) && DefiniteEventSubject().IsMatch(value[..match.Index]) && events.Any(e => Family(e.Action) == Family("strike")))
                {
                    Read(AssertionReason.BackReference);
                    continue;
                }

                // "gave early notice of the attack on the base", "anger over the strikes", "before carrying out the strikes": a
                // definite noun inside a phrase about something else takes up an event told; it tells no new one.
                if (TakesUpAnEventTold(value, match) && events.Any(e => e.End <= sentence.Start && Family(e.Action) == Family(lemma)))
                {
                    Read(AssertionReason.BackReference);
                    continue;
                }

                // "Russia and Ukraine accused each other of hitting energy sites": a mutual accusation asserts neither side's act.
                if (MutualAccusation().IsMatch(value[Math.Max(0, match.Index - 90)..match.Index]))
                {
                    Read(AssertionReason.Comparison);
                    continue;
                }

                // "one of the deadliest attacks on the region", "has been struck less often than": a comparison with
                // other events, not a claim of one.
                if (Comparison().IsMatch(value[Math.Max(0, match.Index - 40)..match.Index]) || ComparedAfter().IsMatch(value[(match.Index + match.Length)..]))
                {
                    Read(AssertionReason.Comparison);
                    continue;
                }

                // "captured four Russian servicemen", "men were captured in Mariupol": prisoners, not territory.
                // "soldiers captured in the Pokrovsk direction": a participle with no object right after the people it
                // describes is a reduced relative clause about prisoners ("troops captured Pokrovsk" has its object).
                if (lemma == "capture" && (People(objectText) || (EventActorPassive(value[..match.Index]) && People(SubjectBefore(value, match.Index)))
                    || (match.Value is "captured" or "seized" && objectText is null && People(LastWord(value, match.Index)))))
                {
                    Read(AssertionReason.NotAnAction);
                    continue;
                }


                // "The M23, which Kinshasa and UN experts say is backed by Rwanda, seized Goma": the report inside the
                // relative clause is about the subject and ends at the clause's comma; the main clause after it goes on in
                // the article's voice.
                var statement = statements.FirstOrDefault(s => s.Start <= absolute && absolute < s.End && !InRelativeReport(text, sentence.Start, s, absolute))
                    ?? statements.FirstOrDefault(s => sentence.Contains(s.Start) && !(s.Start > absolute && (Label(text, s) || ContrastedClause(text, absolute, s) || Gloss(text, absolute, s) || InRelativeAfter(text, absolute, s)
                            || InClosedRelative(text, sentence.Start, absolute, s)))
                        && !InRelativeReport(text, sentence.Start, s, absolute) && !ReportInAppositive(text, s, absolute))
                    ?? statements.FirstOrDefault(s => sentence.Contains(s.Start) && OpensWithSpeaker(value, s));

                // "had \"completed the liberation\" of Kupiansk, a town that Ukraine retook in 2022": a relative clause
                // hung on a place's apposition is the article's background, not part of what the speaker claims.
                if (statement is not null && BackgroundRelative().IsMatch(value[..match.Index]))
                {
                    statement = null;
                }

                // "The Kremlin said a summit needed preparation, hours after drones struck Tuapse", "Hours after drones hit
                // Kyiv, the Kremlin said …": the time clause sets the news beside the statement in the article's own voice.
                if (statement is not null && FramedByTime(value, sentence.Start, statement, match.Index)
                    && !ExplainsTheReportedAction(value, sentence.Start, statement, match.Index, events))
                {
                    statement = null;
                }

                // "Russian forces attacked near Kupiansk. The General Staff said all the attacks had been repelled":
                // the repelled attacks are the attacks the article has just named, not others.
                if ((match.Value is "repelled" or "repulsed" or "beaten back" or "fought off" || RepelledTheTold().IsMatch(match.Value)) && events.Any(e => e.Action == "attack" && e.End > sentenceStart)
                    && !NewCount().IsMatch(value[..match.Index]))
                {
                    Read(AssertionReason.BackReference);
                    continue;
                }
                Read(AssertionReason.Asserted);
                var taxonomy = Taxonomy(lemma, value);
                choices?.Add(choice);
                events.Add(new EventClaim(statement?.Speaker, lemma, objectText, place?.Place.Name, sentence.Start, sentence.End, taxonomy)
                {
                    ClaimantParty = statement?.Party,
                    ClaimantCallSign = statement?.CallSign,
                    ClaimantRole = statement?.Role,
                    ActorParty = parties is null ? null : EventActor.Of(value, match.Index, match.Index + match.Length, statement?.Party, parties),
                });
            }
        }

        return events;
    }

    // The action word before matches[noun], passing over participles used as adjectives ("six targeted strikes"), is of
    // the noun's family and "including" leads from it to the noun.
    private static bool Included(string sentence, List<Match> matches, int noun)
    {
        var told = noun - 1;
        while (told >= 0 && Assertion.Adjective(sentence, matches[told]))
        {
            told--;
        }

        return told >= 0 && NounForm(matches[noun].Value) && Family(Lemma(matches[told])) == Family(Lemma(matches[noun]))
            && IncludingBetween().IsMatch(sentence.AsSpan(matches[told].Index + matches[told].Length, matches[noun].Index - matches[told].Index - matches[told].Length));
    }

    [GeneratedRegex(@"^[^.;:]{0,40}?,?\s+including\s+(?:[\w,-]+\s+){0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex IncludingBetween();

    [GeneratedRegex(@"^\s+(?:(?:that|which)\s+)?(?:(?:had|has|have)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShellingSubjectGap();

    [GeneratedRegex(@"\b(?:(?:[Aa]rtillery|[Mm]ortar|[Tt]ank)\s+(?:shells?|rounds?)|[Ss]hells)\s+(?:(?:that|which)\s+)?(?:(?:had|has|have)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShellSubjectBefore();

    [GeneratedRegex(@"\b(?:launch(?:ed|ing)|open(?:ed|ing) fire|fir(?:ed|ing))\b[^.;:,]{0,60},?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LaunchedBefore();

    // "using drones to bomb markets", "shelled the markets of El Fasher": bombs and shells reach market places, not the economy.
    private static bool Bombing(string action) => action.StartsWith("bomb", StringComparison.Ordinal) || action.StartsWith("shell", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*(?:(?:the|a|its|their|crowded|busy|open-air|local|main|central)\s+){0,2}markets?\b(?!\s+(?:prices|shares|investors))", RegexOptions.CultureInvariant)]
    private static partial Regex MarketsOnly();

    [GeneratedRegex(@"^(?:(?:keeps?|kept|keeping)\s+up|stepped|stepping|steps|ramped|ramping|intensified|intensifying|escalated|pressed|pressing|presses)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OngoingCampaign();

    private static bool TakesUpAnEventTold(string sentence, Match match)
    {
        if (!NounForm(match.Value) && !match.Value.Contains(" the ", StringComparison.Ordinal))
        {
            return false;
        }

        var before = sentence[Math.Max(0, match.Index - 60)..match.Index];
        return NounForm(match.Value)
            ? DefiniteInAPhrase().IsMatch(before)
            : TimeClauseVerb().IsMatch(before);
    }

    [GeneratedRegex(@"^\W*(?:(?:The|This|That)\s+(?:[\w-]+\s+)?(?:strike|attack|assault|bombardment|barrage|raid|shelling)s?|It|They)\s+(?:was|is|were|are|marked|became)\s+(?:the|its|their)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last|largest|biggest|heaviest|deadliest|worst|\w+est|most\s+\w+)\s+)(?:[\w-]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex RankedPredicate();

    [GeneratedRegex(@"(?:^|[,;:]|\b(?:said|says|that))\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese)\s+(?:[\w-]+\s+)?(?:strikes?|airstrikes?|attacks?|assaults?|raids?|bombardment|barrage|shelling)\s+(?:(?:had|have|has)\s+)?(?:also\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteEventSubject();

    [GeneratedRegex(@"\b(?:of|for|about|after|since|following|behind|over)\s+(?:the|this|that|these|those)\s+(?:[\w'\u2019-]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteInAPhrase();

    [GeneratedRegex(@"\b(?:before|after|since|when|while)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeClauseVerb();

    private static bool InRelativeReport(string text, int sentenceStart, Statement statement, int action) =>
        statement.Start < action && statement.Start > sentenceStart && RelativeReport().IsMatch(text[sentenceStart..statement.Start])
        && text.IndexOf(',', statement.Start, action - statement.Start) >= 0;

    // "The air force said it had hit radar sites near Sialkot, after Pakistani drones targeted bases in Jammu overnight": a
    // bare "after" (no "hours after") following a reported action of the same speaker tells what that action answered, so it
    // is part of the report; "…, hours after drones hit Kharkiv" sets the news beside it in the article's voice.
    private static bool ExplainsTheReportedAction(string sentence, int sentenceStart, Statement statement, int action, List<EventClaim> events)
    {
        var statementStart = statement.Start - sentenceStart;
        return statementStart < action && BareAfter().Matches(sentence[..action]).LastOrDefault() is { } after && after.Index > statementStart
            && !ReportingBetween().IsMatch(sentence[after.Index..action])
            && events.Any(e => e.Start == sentenceStart && e.Claimant == statement.Speaker);
    }

    [GeneratedRegex(@",\s+after\s+(?!(?:that|this|which|all|the\s+(?:talks|meeting|call|summit))\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BareAfter();

    // "In Poonch, where Pakistani shelling killed a dozen civilians last week, residents said …": a relative clause closed
    // before the speaker's own clause is the article's background on the place, not what the speaker says.
    private static bool InClosedRelative(string text, int sentenceStart, int action, Statement statement) =>
        RelativeOpensBefore().IsMatch(text.AsSpan(sentenceStart, action - sentenceStart))
        && text.AsSpan(action, statement.Start - action).Contains(',');

    // "The M23, backed by Rwanda according to UN experts, seized Goma": a source named inside an apposition on the subject
    // vouches for the apposition only; the main clause after it is the article's own voice.
    private static bool ReportInAppositive(string text, Statement statement, int action) =>
        statement.End <= action && SubjectWithParticiple().IsMatch(text.AsSpan(statement.Start, statement.End - statement.Start))
        && AccordingToBeforeVerb().IsMatch(text.AsSpan(statement.End, action - statement.End));

    [GeneratedRegex(@"^\s*,?\s*according\s+to\s+[^,.;:]+,\s", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToBeforeVerb();

    // "The M23, backed by Rwanda": a subject and, after its comma, a participle phrase describing it.
    [GeneratedRegex(@"^[^,]+,\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b[^,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectWithParticiple();

    [GeneratedRegex(@"^\W*(?:(?:[Tt]he|[Tt]hese|[Tt]hose)\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectOpening();

    [GeneratedRegex(@"\s(?:is|are|was|were|has|have|had|remain|remains|remained)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MainVerbAfter();

    // "The officials said troops repelled the assault": a definite assault repelled is the one just told.
    [GeneratedRegex(@"^(?:repelled|repulsed|fought off|beat back|beaten back) (?:the|this|that|these|those) (?:attacks?|assaults?)$", RegexOptions.CultureInvariant)]
    private static partial Regex RepelledTheTold();

    private static bool FramedByTime(string sentence, int sentenceStart, Statement statement, int action)
    {
        var statementStart = statement.Start - sentenceStart;
        if (statementStart > action)
        {
            // "Russia struck energy facilities again, hours after Putin said he was open to talks": the statement is
            // part of the time clause, the action before it is the article's.
            return (TimeClauseOpens().IsMatch(sentence) && sentence.LastIndexOf(',', statementStart) > action)
                || TimeClauseJoins().Match(sentence, action, statementStart - action) is { Success: true };
        }

        var framing = TimeClauseJoins().Matches(sentence[..action]).LastOrDefault();
        // "…, as an Israeli strike killed five people, according to hospital officials": a source named after the time
        // clause reports it.
        return framing is not null && framing.Index > statementStart && !ReportingBetween().IsMatch(sentence[framing.Index..]);
    }

    // ", hours after", ", just days before", ", even as", ", as": a clause joined by one of these tells what happened
    // meanwhile ("as" of time, not "as well as", "as part of" or "as the ministry said").
    [GeneratedRegex(@",\s+(?:(?:just|only|barely|shortly|soon|even|a\s+day|a\s+week|a\s+few\s+\w+|(?:\w+\s+)?(?:hours|days|weeks|minutes))\s+)?(?:after|before|as)\s+(?!(?:well|part|if|though|of|for|much|many|soon|long|far|usual|expected|such|a\s+result|a\s+sign|an?\s+(?:\w+\s+)?(?:gesture|step|signal|warning|message))\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeClauseJoins();

    [GeneratedRegex(@"^\W*(?:(?:Just|Only|Barely|Shortly|Even|A\s+day|A\s+week|(?:\w+\s+)?(?:[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]inutes))\s+)?(?:[Aa]fter|[Bb]efore|[Aa]s)\s+(?!(?:well|part|if|though|of|for|much|many|soon|long|far|usual|expected|such)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeClauseOpens();

    /// <summary>
    /// A short paragraph between the title and the byline or date line ("By Al Jazeera Staff") is the standfirst, a
    /// second title summing up the story: like the title it claims nothing the body does not tell again.
    /// </summary>
    private static bool Standfirst(ArticleLayout layout, int paragraph) =>
        paragraph > 0 && paragraph + 1 < layout.Paragraphs.Count
        && Enumerable.Range(0, paragraph).All(layout.IsHeadline) && layout.IsHeadline(paragraph + 1)
        && StandfirstLength().IsMatch(layout.Slice(layout.Paragraphs[paragraph]))
        && BylineOrDate().IsMatch(layout.Slice(layout.Paragraphs[paragraph + 1]));

    [GeneratedRegex(@"^(?:\S+\s+){0,39}\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex StandfirstLength();

    [GeneratedRegex(@"^(?:By\s|Published|Updated|Posted|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex BylineOrDate();

    private static readonly Dictionary<string, string> Capitals = new(StringComparer.Ordinal)
    {
        ["Russian"] = "Moscow",
        ["Ukrainian"] = "Kyiv",
        ["Belarusian"] = "Minsk",
        ["Iranian"] = "Tehran",
        ["Lebanese"] = "Beirut",
        ["Syrian"] = "Damascus",
        ["Thai"] = "Bangkok",
        ["Cambodian"] = "Phnom Penh",
        ["Indian"] = "New Delhi",
        ["Congolese"] = "Kinshasa",
        ["Sudanese"] = "Khartoum",
        ["Yemeni"] = "Sanaa",
        ["Georgian"] = "Tbilisi",
        ["Armenian"] = "Yerevan",
        ["Azerbaijani"] = "Baku",
    };

    [GeneratedRegex(@"\bthe\s+(?<nation>[A-Z][a-z]+)\s+capital\b", RegexOptions.CultureInvariant)]
    private static partial Regex NationalCapital();

    // "a direct hit on Russia's oil revenues", "an attack on Hungarian sovereignty": what is hit or attacked is no place
    // or thing a weapon reaches.
    [GeneratedRegex(@"^\s*(?:(?:on|against|to|at)\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:revenues?|incomes?|profits?|earnings|economy|economies|budget|finances|sovereignty|democracy|dignity|values|freedoms?|independence|rule of law|truth|reputation|credibility|legitimacy|morale|unity|peace process|diplomacy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AbstractTarget();

    // "an oil depot that supplies fuel to the Russian army near Bakhmut", "tankers that carry fuel to Turkey": a place in
    // a relative clause telling where the target's goods go does not locate the strike ("the sites that supply it in
    // Kyiv" still do).
    [GeneratedRegex(@"\b(?:that|which|who)\s+(?:\w+\s+)?(?:supplies|supplied|supply|serves|served|serve|delivers|delivered|deliver|feeds|fed|feed|carries|carried|carry|ships|shipped|ship|sends|sent|send|exports|exported|export|provides|provided|provide|transports|transported|transport|pumps|pumped|pump)\b[^,;]*?\b(?:to|for)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex WhereGoodsGo();

    // "It said 19 more assaults were repulsed": a new count tells attacks of its own, not the ones just named.
    [GeneratedRegex(@"\b(?:\d[\d,]*\s+(?:more|other)|[Aa]nother|[Ff]urther)\s+(?:[\w-]+\s+)?(?:attacks|assaults|attack|assault)\b[^.;]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex NewCount();

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "soldier", "soldiers", "serviceman", "servicemen", "servicewomen", "troops", "prisoner", "prisoners", "fighter", "fighters",
        "men", "man", "people", "civilians", "civilian", "mercenary", "mercenaries", "POWs", "personnel", "marines", "paratroopers",
        "conscripts", "crew", "crews", "sailors", "pilot", "pilots", "commander", "commanders", "officer", "officers", "them", "him", "her",
    };

    [GeneratedRegex(@"^\s*(?:,|,? and|,? or|/)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();

    [GeneratedRegex(@"\b(?:artillery|mortar|shell|rocket|tank)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Artillery();

    // "the outskirts of Stepnohirsk, where Moscow has been attacking for weeks": the place the relative clause hangs on.
    [GeneratedRegex(@"^,\s+where\s+[^,;.:]{0,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex WhereClause();

    [GeneratedRegex(@"^\s+(?:direction|sector|axis|front)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sector();

    [GeneratedRegex(@"^(?:,|,? and|,? or)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListGap();

    [GeneratedRegex(@"[A-Z][\w'\u2019-]+,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:that|which)\s+(?:[\w'\u2019-]+\s+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundRelative();

    // "the first such attack on Siberia": "such" compares the action with one already told; it tells no new one.
    [GeneratedRegex(@"\bone of the\s+(?:\w+est|worst|most\s+\w+|largest|biggest)\s+(?:[\w-]+\s+)?$|\bsuch\s+(?:[\w-]+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayAfter();

    [GeneratedRegex(@"\b(?:lost|losing|loses|lose|(?:left|leaving|leaves)\s+(?:[\w,-]+\s+){0,4}?without|cut\s+off\s+from|plunged\s+into)\s+(?:[\w-]+\s+){0,2}?(?:power|electricity|water|heating|heat|gas|light|darkness)\b[^;:]*?\b(?:after|following|in|during|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LostPowerAfter();

    // "Addressing a press conference in Rawalpindi, the general said …", "Speaking to reporters in Brussels, …": the
    // place where the speaker speaks does not locate what the speaker reports.
    [GeneratedRegex(@"\b(?:[Aa]ddressing|[Ss]peaking|[Tt]alking|[Tt]old|[Tt]elling|[Bb]riefing|[Ww]riting|conference|briefing|reporters|journalists|interview|[Aa]fter\s+talks|[Aa]fter\s+meeting)\b[^,;.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakingFrame();

    [GeneratedRegex(@"(?:^|[^\w'\u2019])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese)\s+(?:(?:latest|recent|last|previous|earlier|overnight|deadly|Russian|Ukrainian|Israeli|drone|missile|air)\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteBefore();

    // What a sentence says of an event it takes up: what it was, has been, showed or meant, not that it happened ("the
    // withdrawal from the Kursk region had been hard on morale"; "the capture of Kupiansk was complete" still claims the capture).
    [GeneratedRegex(@"^(?:\s+(?:on|of|against))?\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:(?:has|have|had)\s+been|was|were|is|are|showed|shows|proved|proves|marked|marks|demonstrated|demonstrates|underscored|underscores|highlighted|highlights|signalled|signaled|signals|meant|means|exposed|exposes|came|comes)\b(?!\s+(?:(?:now|fully|finally|largely|almost|nearly|not|being)\s+)?(?:complete|completed|finished|over|successful|under\s*way|ongoing|continuing|continued|carried|launched|conducted|repelled|repulsed|thwarted|foiled|stopped|beaten|in\s+progress|made|staged|mounted|blamed|denied)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SaidAboutIt();

    [GeneratedRegex(@"\b(?:accus\w*|blam\w*)\s+(?:each\s+other|one\s+another)\s+(?:[\w-]+\s+){0,3}?(?:of|for)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MutualAccusation();

    [GeneratedRegex(@"^\s+(?:far\s+|much\s+)?(?:less|more)\s+(?:frequently|often|heavily)\s+than\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedAfter();

    [GeneratedRegex(@"^\s+the\s+(?:town|city)\b(?!\s+of\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TheTownObject();

    // "troops attacked near Hulyaipole 37 times": where or how often tells a bare "attacked" of fighting.
    [GeneratedRegex(@"^\s+(?:(?:near|around|outside|towards?)\s+[A-Z]|(?:[\w-]+\s+){0,3}?\d+\s+times\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AttackedWhere();

    // "Kherson came under fire", "Kharkiv was hit overnight": the subject of a passive is the target, so it locates the event.
    private static bool TargetIsTheSubject(string sentence, Match match) =>
        match.Value.StartsWith("came under", StringComparison.Ordinal) || match.Value.StartsWith("come", StringComparison.Ordinal)
        || match.Value.StartsWith("fell to", StringComparison.Ordinal)
        || PassiveBefore().IsMatch(sentence[..match.Index]);

    // "Kharkiv, which lies 30km from the border, is the second city and has been shelled almost daily": a passive
    // joined by "and" with no subject of its own shares the subject of the sentence's first verb.
    private static bool SharesTheSentenceSubject(string sentence, Match match)
    {
        var boundaries = ClauseBoundary().Matches(sentence[..match.Index]);
        return boundaries.Count > 0 && boundaries[^1].Value is "and" or "but"
            && BareAuxiliaries().IsMatch(sentence[(boundaries[^1].Index + boundaries[^1].Length)..match.Index]);
    }

    [GeneratedRegex(@"^\s+(?:(?:has|have|had)\s+)?(?:been|was|were|is|are)\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareAuxiliaries();

    [GeneratedRegex(@"^\W*(?:[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port|region)\s+of\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpensTheSentence();

    // "Avdiivka, a town north of Donetsk, was captured": the subject of the passive before its apposition.
    [GeneratedRegex(@"^,\s[^,;]{1,80},\s+(?:(?:had|has|have)\s+)?(?:been|was|were|is|are)\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveSubject();

    [GeneratedRegex(@"\b(?:talks|peace|efforts?|negotiat\w*|envoys?|diplomat\w*|diplomacy|plans?|proposals?|process|initiative|deadlock|stalemate|impasse|details|question|issues?|agenda|markets?|prices|shares|stocks|economy|parliament|lawmakers|legislators|senate|Senate|congress|Congress|committee)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Diplomacy();

    [GeneratedRegex(@"^(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:deadlock|stalemate|impasse|details|question|issues?|agenda|plan|proposal|talks|process|bill|law|legislation|resolution|motion|measure|interests|cause|candidacy|nomination)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DiplomaticObject();

    [GeneratedRegex(@"^\s+(?:with|on)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|talks|deal|initiative|negotiations|agenda|idea|framework)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DiplomaticWith();

    [GeneratedRegex(@"^\s+[""\u201C'\u2018]?(?:an?|one)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|teenager|youth|suspect|terrorist|gunman|attacker|assailant|militant|person|driver|motorist|protester|shepherd|fisherman|farmer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnePersonAfter();

    // "fired on people approaching army positions", "opened fire on protesters", "on a crowd of aid seekers".
    [GeneratedRegex(@"^\s+[""\u201C'\u2018]?(?:(?:a\s+)?(?:crowds?|groups?)\s+of\s+)?(?:[\w-]+\s+)?(?:people|civilians|crowds?|protesters|demonstrators|suspects|residents|Palestinians|fishermen|farmers|worshippers|aid\s+seekers|passers-by|mourners|journalists|children|youths|teenagers)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CiviliansAfter();

    // "in the country's south", "on the country's north-east": a part of the country the sentence has named.
    [GeneratedRegex(@"\b(?:(?:in|on|across|over)\s+)?the\s+country['\u2019]s\s+(?:far\s+)?(?:south|north|east|west)", RegexOptions.CultureInvariant)]
    private static partial Regex TheCountrysPart();

    // "opened fire at troops operating in the Rafah area", "fired on an army patrol", "on its forces", "toward a military base".
    [GeneratedRegex(@"^\s+(?:(?:the|its|their|an?)\s+)?(?:[\w-]+\s+){0,3}?(?:troops|soldiers|servicemen|patrols?|convoys?|peacekeepers|forces|bases|outposts?|(?<=\bmilitary\s|\barmy\s)base)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TroopsAfter();

    [GeneratedRegex(@"\b(?:killed|wounded|injured|died|hurt)\s+(?:in|during|by)\s+(?:the|these|those)\s+(?:(?:latest|overnight|deadly|weekend[\u2019']?s?|Israeli|Russian|Ukrainian|air)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TollOfTheEvent();

    [GeneratedRegex(@"^\s+(?:on|against|in|near|at|across|targeting)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TargetAfter();

    [GeneratedRegex(@"\b(?:percent|per cent|fifth|quarter|third|half|most|much)\b|%", RegexOptions.CultureInvariant)]
    private static partial Regex TerritoryShare();

    [GeneratedRegex(@"^\s+(?:(?:about|around|some|nearly|almost|more than|over|roughly|at least)\s+)?\d[\d,.]*\s+(?:square\s+(?:kilomet(?:re|er)s|miles)|sq\s*km|km2)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AreaCount();

    // "shot down 52 of the 80 drones Russia launched", "intercepted missiles that Moscow had fired at the west": the
    // relative clause only describes what was shot down; it tells no attack of its own.
    [GeneratedRegex(@"\b(?:shot down|shooting down|downed|intercepted|destroyed|neutrali[sz]ed)\b[^,;.]{0,40}\b(?:drones|missiles|rockets|UAVs)\s+(?:(?:(?:that|which)\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:had\s+|has\s+)?|(?:that|which)\s+(?:were|was|had\s+been|have\s+been)\s+)$", RegexOptions.CultureInvariant)]
    internal static partial Regex ShotDownWeapons();

    // "shot down 52 of the 80 drones Russia launched at Ukraine": the country the drones were aimed at is where the
    // night's attack went, a count over the whole country; it does not locate the shooting down.
    [GeneratedRegex(@"\b(?:launched|fired|sent)\s+(?:[\w-]+\s+){0,4}?(?:at|against|on|towards?|into|across)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LaunchedAt();

    // "Russia attacked overnight with 90 drones": the weapons make a bare "attacked" an attack.
    [GeneratedRegex(@"^\s+(?:(?:overnight|again|early|late|on \w+|\w+ night)\s+){0,2}(?:with|by)\s+(?:[\w,-]+\s+){0,5}?(?:drones?|missiles?|rockets?|bombs?|artillery|shells|UAVs?|aircraft)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WithWeapons();

    // "attacked 15 settlements, hitting them with drones": a participle whose object takes up the target just named
    // tells how that one attack was made, whichever verb of fire it uses.
    // "fired missiles at Kyiv, hitting a school": weapons fired at a place are the same action as what they hit.
    private static bool Continues(string sentence, Match first, Match participle) =>
        participle.Value.EndsWith("ing", StringComparison.Ordinal)
        && (Lemma(first) == Lemma(participle)
            || (Lemma(first) is "attack" or "strike" or "shell" && Lemma(participle) is "attack" or "strike" or "shell"
                && (TargetTakenUp().IsMatch(sentence[(participle.Index + participle.Length)..]) || first.Value.StartsWith("fir", StringComparison.Ordinal))))
        && ParticipleGap().IsMatch(sentence[(first.Index + first.Length)..participle.Index])
        // "drone strikes targeting Belgorod", "attacks targeting Russian territory": a participle right after an action noun
        // tells that action's target.
        || (participle.Value == "targeting" && ActionNounEnd().IsMatch(first.Value) && Lemma(first) is "attack" or "strike" or "shell"
            && string.IsNullOrWhiteSpace(sentence[(first.Index + first.Length)..participle.Index]));

    [GeneratedRegex(@"(?:strikes?|attacks?|assaults?|raids?|shelling|bombardment)$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionNounEnd();

    [GeneratedRegex(@"\b(?:troops|forces|units|soldiers|army|fighters|tanks|rebels|militants|brigades?|battalions?|marines|paratroopers)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Troops();

    [GeneratedRegex(@"^\s+(?:them|it)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TargetTakenUp();

    // "The Dnipropetrovsk regional administration said a drone hit an energy facility", "Kharkiv Mayor Ihor Terekhov
    // said …", "the Sumy Oblast Military Administration says …": a regional or city body's title, in capitals or not, names
    // the region or city it reports on.
    // The mention may hold the adjective itself ("Kharkiv regional" is the mention of Kharkiv Oblast).
    private static bool RegionalBody(string text, PlaceMention place) =>
        RegionalBodyAfter().IsMatch(text.AsSpan(place.Span.End, Math.Min(48, text.Length - place.Span.End)))
        || (RegionalAdjectiveEnd().IsMatch(text.AsSpan(place.Span.Start, place.Span.End - place.Span.Start))
            && BodyAfter().IsMatch(text.AsSpan(place.Span.End, Math.Min(48, text.Length - place.Span.End))));

    [GeneratedRegex(@"^\s+(?:(?i:(?:regional|oblast|region['\u2019]s|city|municipal)\s+(?:(?:military|state|civil-military|civil|police)\s+)?(?:administration|governor|head|chief|authorities|council|police|prosecutor|officials?|emergency))|(?:[Gg]overnor|[Mm]ayor)\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex RegionalBodyAfter();

    [GeneratedRegex(@"\b(?i:regional|oblast|region['\u2019]s)$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionalAdjectiveEnd();

    [GeneratedRegex(@"^\s+(?:(?i:(?:(?:military|state|civil-military|civil|police)\s+)?(?:administration|governor|head|chief|authorities|council|police|prosecutor|officials?|emergency))|[Gg]overnor\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex BodyAfter();

    [GeneratedRegex(@"^[^.;:""\u201C\u201D]{0,80},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleGap();

    // "The ministry said drones had attacked a depot, in what it called \"a provocation\"": the label is the only
    // statement the sentence holds, yet the sentence opens with its speaker saying the rest, action included.
    // "Russian forces struck Kharkiv, injuring nine, while Russia's Defence Ministry claimed …": a report in a contrasting
    // clause after the action is that clause's own; the action before it is told in the article's voice.
    private static bool ContrastedClause(string text, int action, Statement statement) =>
        ContrastBoundary().IsMatch(text.AsSpan(action, statement.Start - action));

    [GeneratedRegex(@"(?:,\s+(?:while|whereas|but)\s|;\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ContrastBoundary();

    // "Israel carries out near-daily strikes, saying it is enforcing the truce": the actor's own gloss after the action,
    // a participle clause, explains it; the action before it is told in the article's voice.
    private static bool Gloss(string text, int action, Statement statement) =>
        GlossBoundary().IsMatch(text.AsSpan(action, statement.Start - action));

    [GeneratedRegex(@",\s+saying\b", RegexOptions.CultureInvariant)]
    private static partial Regex GlossBoundary();

    // "a missile attack on Al Udeid Air Base, which Trump dismissed as a \"weak response\"", "advancing from Chasiv Yar,
    // where officials say the fighting continues": a statement opened inside a relative clause hung on the action's
    // words is about what the clause names; the action before it is told in the article's voice. The clause must name
    // the speaker itself: a quote inside "where \"the situation remains difficult\"" is still the sentence's speaker's.
    private static bool InRelativeAfter(string text, int action, Statement statement)
    {
        var relative = RelativeOpensBefore().Match(text, action, statement.Start - action);
        var lastWord = statement.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return relative.Success && lastWord is not null && relative.Value.Contains(lastWord, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@",\s+(?:which|who|whom|whose|where)\b[^,;.:]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeOpensBefore();

    private static bool OpensWithSpeaker(string sentence, Statement statement)
    {
        var rest = sentence.StartsWith("The ", StringComparison.Ordinal) ? sentence[4..] : sentence;
        return statement.Speaker.Length > 0 && rest.StartsWith(statement.Speaker, StringComparison.OrdinalIgnoreCase) && SaysAfter().IsMatch(rest[statement.Speaker.Length..]);
    }

    [GeneratedRegex(@"^\s+(?:said|says|reported|claimed|announced|stated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaysAfter();

    // "strikes on what it called 'terrorist infrastructure'": a quoted label names a target; the action around it is
    // told in the article's own voice, not claimed by whoever used the label.
    private static bool Label(string text, Statement statement) =>
        LabelBefore().IsMatch(text[Math.Max(0, statement.Start - 24)..statement.Start]);

    [GeneratedRegex(@"\b(?:called|calls|dubbed|termed|described as|so-called)\s*(?:(?:a|an|the)\s+)?[""\u201C'\u2018]$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelBefore();

    [GeneratedRegex(@"\b(?:in response to|in retaliation for|to retaliate for|responding to|following|after)\s+(?:[\w-]+\s+){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Cause();

    // Only a place inside the sentence and wholly before the action can frame it; an apposition can reach back to an
    // earlier sentence's place ("… Kyiv, the capital. A building in the district, was hit near …"), which frames nothing.
    private static bool Frames(string text, int sentenceStart, PlaceMention place, int action) =>
        place.Span.Start >= sentenceStart && place.Span.End <= action
        && FrameBefore().IsMatch(text[sentenceStart..place.Span.Start]) && !ReportingBetween().IsMatch(text[place.Span.End..action]);

    [GeneratedRegex(@"\b(?:in|of|across|over|around)\s+(?:[\w-]+\s+){0,6}?the\s+(?:city|town|capital|(?<region>region|oblast|province))(?:['\u2019]s)?\b(?!\s+of\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TheCity();

    // "pulled back to a line, leaving Israel in control": the place the participle leaves is its object, not where the action happened.
    private static bool LeftInControl(string text, PlaceMention place) =>
        LeftBefore().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 12), Math.Min(12, place.Span.Start)));

    [GeneratedRegex(@"\b(?:leaving|left|letting|allowing)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LeftBefore();

    [GeneratedRegex(@"^\W*(?:In|At|Near|Outside|Over)\s+(?:the\s+)?(?:(?:occupied|besieged|embattled|devastated|northern|southern|eastern|western|central)\s+)?(?:(?:city|town|village|port|region)\s+of\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FrameBefore();

    [GeneratedRegex(@"\b(?:said|says|say|told|according|reported|claimed|added|wrote|announced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingBetween();

    private static int ClauseStart(string sentence, int index)
    {
        var boundaries = ClauseBoundary().Matches(sentence[..index]);
        return boundaries.Count == 0 ? 0 : boundaries[^1].Index + boundaries[^1].Length;
    }

    /// <summary>The sentence itself when it has at most <see cref="MaxSentenceLength"/> characters, else pieces of it cut after a space.</summary>
    internal static IEnumerable<TextSpan> Bounded(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        while (sentence.End - start > MaxSentenceLength)
        {
            var space = text.LastIndexOf(' ', start + MaxSentenceLength - 1, MaxSentenceLength - 1);
            var end = space > start ? space + 1 : start + MaxSentenceLength;
            yield return new TextSpan(start, end);
            start = end;
        }

        yield return new TextSpan(start, sentence.End);
    }

    /// <summary>Actions one back-reference may take up under another name: fire of any kind, or taking ground.</summary>
    private static int Family(string lemma) => lemma switch
    {
        "attack" or "strike" or "shell" => 1,
        "capture" or "recapture" or "liberate" => 2,
        _ => 3 + lemma.Length,
    };

    internal static bool NounForm(string action) =>
        action is "capture" or "recapture" or "shelling" or "bombing" or "withdrawal from" || action.StartsWith("liberation", StringComparison.Ordinal)
        || action.StartsWith("attack", StringComparison.Ordinal) && action != "attacked" && action != "attacking"
        || action.StartsWith("assault", StringComparison.Ordinal) && action != "assaulted"
        || action.StartsWith("strike", StringComparison.OrdinalIgnoreCase) || action.StartsWith("air", StringComparison.OrdinalIgnoreCase)
        || action.StartsWith("missile", StringComparison.Ordinal) || action.StartsWith("drone", StringComparison.Ordinal)
        || action is "advances" or "gains" or "raids";

    private static bool Continued(string action) => action.StartsWith("continu", StringComparison.Ordinal) || action.StartsWith("ke", StringComparison.Ordinal);

    private static bool People(string? phrase) =>
        phrase is not null && phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(PeopleNouns.Contains);

    private static bool EventActorPassive(string before) => PassiveBefore().IsMatch(before);

    // The word right before the offset, or null when punctuation stands between ("troops, captured …" is no reduced relative).
    private static string? LastWord(string sentence, int index)
    {
        var end = index;
        while (end > 0 && sentence[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(sentence[start - 1]))
        {
            start--;
        }

        return start < end ? sentence[start..end] : null;
    }

    // "its soldiers surrounded the garrison, and entered the town": a verb coordinated after a comma shares the subject of the clause before.
    private static string CoordinatedSubjectBefore(string sentence, int index)
    {
        var subject = SubjectBefore(sentence, index);
        return subject.TrimStart().StartsWith("and ", StringComparison.Ordinal) ? sentence[..index] : subject;
    }

    [GeneratedRegex(@"\Gthe (?:[\w'\u2019-]+ ){0,2}?(?:region|oblast|province|district|city|town|village|settlement|east|west|north|south|eastern|western|northern|southern)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteArea();

    // "weeks before its fighters entered the city", "shortly after troops entered the town": a time clause sets an entry the
    // article has told beside its news; the definite area takes that entry up.
    [GeneratedRegex(@"\b(?:before|after|when|since|until|once)\s+(?:[\w'\u2019-]+\s+){0,3}(?:had\s+|have\s+|has\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeClauseOpening();

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
        // "On the Kupiansk front, Russian troops attacked …": a sector is named "on", as a town is named "in".
        return (LocativeBefore().IsMatch(before)
                || (OnThe().IsMatch(before) && Sector().IsMatch(text.AsSpan(place.Span.End, Math.Min(12, text.Length - place.Span.End)))))
            && !NamesAWar(text, place);
    }

    // "fired rockets at Israel since the war in Gaza began", "stormed southern Israel, sparking the Gaza war": a place that
    // names a war as a whole is not where one action of it happened.
    private static bool NamesAWar(string text, PlaceMention place) =>
        NamesTheWar().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 24), Math.Min(24, place.Span.Start)))
        || WarAfter().IsMatch(text.AsSpan(place.Span.End, Math.Min(12, text.Length - place.Span.End)));

    [GeneratedRegex(@"^\s+(?:war|conflict)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WarAfter();

    [GeneratedRegex(@"\b[Oo]n\s+the\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OnThe();

    // "talks on ending the war in Ukraine, while the ministry said its forces had captured two villages": the place
    // names the war as a whole, not where one action of it happened.
    [GeneratedRegex(@"\b(?:war|conflict|crisis)\s+in\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NamesTheWar();

    // "Moscow's troops have pushed into the town's outskirts": a capital standing for its state acts; it is not the town.
    private static bool MetonymActor(string text, PlaceMention place) =>
        Possessive(text, place) && ActorNounAfter().IsMatch(text.AsSpan(place.Span.End, Math.Min(32, text.Length - place.Span.End)));

    [GeneratedRegex(@"^['\u2019]s\s+(?:[\w-]+\s+)?(?:troops|forces|army|armies|soldiers|units|military|fighters|drones|artillery|air force|navy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActorNounAfter();

    // "Envoys met in Geneva, while the army said its troops had captured two villages": a clause of its own, joined
    // by a contrasting conjunction, puts its action nowhere near the place of the clause before it; so does a time clause
    // ("Negotiators met in Istanbul, a day after drones hit bombers at airbases far from the front"). A place that opens
    // the sentence ("In Kharkiv, people slept in the metro, while drones struck") still frames every clause of it.
    [GeneratedRegex(@"[,;]\s+(?:while|whereas|but)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OtherClauseBetween();

    // "a building in Kyiv's Darnytskyi district": a possessive after "in" owns the part of itself where the action happened.
    private static bool PossessiveLocation(string text, PlaceMention place) =>
        InBefore().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 12), Math.Min(12, place.Span.Start)))
        && PartAfter().IsMatch(text.AsSpan(place.Span.End, Math.Min(48, text.Length - place.Span.End)));

    // "attacks by the Kiev regime", "the Kyiv government": a capital naming the government acts or decides; it is no place.
    private static bool Government(string text, PlaceMention place) =>
        GovernmentAfter().IsMatch(text.AsSpan(place.Span.End, Math.Min(24, text.Length - place.Span.End)));

    [GeneratedRegex(@"^(?:['\u2019]s)?\s+(?:regime|government|authorities|leadership)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentAfter();

    [GeneratedRegex(@"\b(?:in|near|outside|across|over|around)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex InBefore();

    [GeneratedRegex(@"^['\u2019]s\s+(?:(?:[A-Z][\w'\u2019-]*|industrial|residential|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)\s+){0,2}(?:district|districts|neighbou?rhood|suburbs?|outskirts|centre|center|port|area|quarter|industrial zone)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartAfter();

    private static bool Possessive(string text, PlaceMention place) =>
        place.Span.End < text.Length && text[place.Span.End] is '\'' or '\u2019';

    // "drones launched by Russia", "a missile fired from Belgorod": the place acts, it is not where the event happened.
    private static bool Agent(string text, PlaceMention place) =>
        // "nearby Nuseirat" ends in "by " too, but names where.
        (place.Span.Start >= 3 && text.AsSpan(Math.Max(0, place.Span.Start - 5), Math.Min(5, place.Span.Start)).EndsWith("by ", StringComparison.Ordinal)
            && (place.Span.Start < 4 || !char.IsLetter(text[place.Span.Start - 4])))
        // "a vessel sailing under the flag of Panama", "a Liberian-flagged tanker": the flag names where a ship is
        // registered, not where anything happened to it.
        || FlagOf().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 24), Math.Min(24, place.Span.Start)))
        // "missiles were launched from Iran toward Israel": where weapons were launched from is no target.
        || LaunchedFrom().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 24), Math.Min(24, place.Span.Start)))
        // "since a ceasefire deal between Hamas and Israel": the parties to a deal are not where its breach happened.
        || PartyToDeal().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 60), Math.Min(60, place.Span.Start)));

    [GeneratedRegex(@"\b(?:deal|truce|ceasefire|agreement|accord|talks|negotiations|war|conflict)\s+between\s+(?:(?:the\s+)?[\w'\u2019-]+\s+){0,3}?(?:and\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartyToDeal();

    [GeneratedRegex(@"\b(?:launched|fired|flown|sent|emanating|originating|coming)\s+from\s+(?:the\s+)?(?:(?:occupied|northern|southern|eastern|western)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LaunchedFrom();

    [GeneratedRegex(@",\s+(?:which|who|whom)\s+[^,;]{0,80}?\b(?:say|says|said|allege|alleges|alleged|claim|claims|claimed|believe|believes|believed)\s+(?:that\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeReport();

    [GeneratedRegex(@"\b(?:detainees|prisoners|hostages|refugees|civilians|residents|evacuees|displaced|families|migrants|Palestinians|bodies|remains)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CarriedBack();

    // "rescuers pulled out three children", "we pulled back two wounded men": people or bodies lifted out of rubble or a
    // fire are rescued; troops withdrawing go out of a place, or take their troops with them.
    [GeneratedRegex(@"^\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|\d+)\s+)?(?:[\w-]+\s+)?(?:children|child|survivors?|bodies|body|victims?|wounded|injured|people|residents|civilians|women|men|man|woman|girl|boy|girls|boys|neighbours|neighbors)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RescuedAfter();

    [GeneratedRegex(@"\bflag\s+of\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FlagOf();

    // "the 80 drones Russia launched", "the term Islamabad uses for the Pakistani Taliban", "what Moscow calls its special
    // operation": a place that is the subject of a verb of launching or of speech and stance stands for its government,
    // an actor, not where the event happened.
    private static bool Launcher(string text, PlaceMention place) =>
        LaunchAfter().IsMatch(text.AsSpan(place.Span.End, Math.Min(24, text.Length - place.Span.End)));

    [GeneratedRegex(@"^\s+(?:had\s+|has\s+)?(?:launched|fired|sent|uses|used|calls|called|describes|described|considers|considered|regards|regarded|brands|branded|terms|termed|dubs|dubbed|established|built|set\s+up)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LaunchAfter();

    // "facilities used to deliver weapons to Ukraine": a destination is not where a strike or an attack happened.
    // "into Kursk Oblast" ends in "to " too, but names where the action went on, not a destination.
    private static bool Destination(string text, PlaceMention place) =>
        (text.AsSpan(Math.Max(0, place.Span.Start - 3), Math.Min(3, place.Span.Start)).SequenceEqual("to ")
            && (place.Span.Start < 4 || !char.IsLetter(text[place.Span.Start - 4]))
            && !ApproachTo().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 24), Math.Min(24, place.Span.Start))))
        || DestinationList().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 60), Math.Min(60, place.Span.Start)))
        || (DestinationListHead().IsMatch(text.AsSpan(Math.Max(0, place.Span.Start - 60), Math.Min(60, place.Span.Start)))
            && ListGoesOn().IsMatch(text.AsSpan(place.Span.End, Math.Min(8, text.Length - place.Span.End))));

    // "the approaches to Sudzha", "the road to Pokrovsk": the way to a place is where the fighting is, not a destination.
    [GeneratedRegex(@"\b(?:approach(?:es)?|roads?|routes?|gateway|entrances?)\s+to\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ApproachTo();

    // "to Hungary, Slovakia and Austria": a middle item is followed by more of the list.
    [GeneratedRegex(@"(?<![\w-])to\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:,\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)*,\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DestinationListHead();

    [GeneratedRegex(@"^(?:,|\s+(?:and|or)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListGoesOn();

    // "tankers that carry fuel to Turkey and Asia": every place of a list after "to" is a destination.
    [GeneratedRegex(@"(?<![\w-])to\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:,\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)*,?\s+(?:and|or)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DestinationList();

    internal static string Lemma(Match match)
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

    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBefore();

    // "strikes on Ukraine's grid", "\"a massive strike with precision weapons\" against enterprises of Ukraine's defence
    // industry": the possessive owns the target, wherever the speaker stood.
    [GeneratedRegex(@"^[\s""\u201C\u201D]+(?:with\s+[\w\s-]{1,40}?[\s""\u201C\u201D]+)?(?:(?:on|against|at|across)\s+(?:(?:the\s+)?[\w-]+\s+of\s+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeterminesTheObject();

    [GeneratedRegex(@"\b(?:[Ii]n|[Nn]ear|[Oo]ver|[Oo]utside|[Aa]t|[Ii]nto|[Ii]nside|[Aa]round|[Aa]cross|[Oo]f)\s+(?:the\s+)?(?:(?:north|south|east|west|central|front-line|frontline|border|southern|northern|eastern|western|north\w+|south\w+|occupied|besieged|embattled)\s+)?(?:(?:city|town|village|port|region|settlement)\s+of\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?$")]
    private static partial Regex LocativeBefore();

    [GeneratedRegex(@"[,;:""\u201C\u201D]|\b(?:that|said|says|say|added|claimed|reported|announced|warned|stated|wrote|while|but|and)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"[;]|\s+and\s+that\b|,\s+(?:and|but|while|whereas|which(?!\s+(?:it|they|he|she|the\s+\w+|[A-Z]\w+)\s+(?:called|calls|named|names|identified as|identifies as|referred to as)\b))\b|,\s+(?:an?|the)\s+(?:claim|charge|accusation|allegation|assertion|report|version)\b|,\s+(?!(?:near|outside|close to|(?:north|south|east|west)[\w-]* of)\s)(?:[^\s,]+\s+){0,5}?(?:said|says|added|reported|according)\b"
        + @"|,\s+(?:(?:just|only|barely)\s+)?(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before)\s"
        + @"|\s+(?:(?:hours|days|minutes)\s+)?(?:after|before)\s+(?:it|he|she|they|(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})\s+(?:said|says|claimed|announced|reported|accused)\b|\s+before\s+(?:announcing|saying|claiming)\b"
        + @"|,\s+(?:even\s+)?as\s+(?!(?:well|part|if|though|of|for|much|many|soon|long|far|usual|expected|such|a\s+result|a\s+sign|an?\s+(?:\w+\s+)?(?:gesture|step|signal|warning|message))\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    // "and had advanced near the village of Kindrashivka", "shelled the village of Murom": the action names its own
    // location, even one the gazetteer lacks.
    [GeneratedRegex(@"^\s+(?:(?:[^\s,;]+\s+){0,5}?(?:in|near|at|outside|into|towards?)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?|the\s+(?:village|town|city|settlement)\s+of\s+)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex OwnLocation();

    [GeneratedRegex(@"\b(?:sanctions|tariffs?|prices?|markets|(?<!\ba\s(?:[\w-]+\s)?)market(?!\s+in\s+[A-Z])|economy|economies|records?|deal|plan|proposal|talks|negotiations|agreement|accord|treaty|assets|banks|ambassador|diplomats|objection|candidacy|moment|tone|note|chord|pose|video|footage|photos?|images?|headlines|mood|votes?|election|policy|rhetoric|government(?!\s+\w)|opposition|remarks|comments|verbal|criticism|critics|inflation|budget|revenues?|shares|stocks|currency|investors)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Civilian();

    [GeneratedRegex(@"^\s+(?:(?:hard|hardest|worst|most|badly|heavily)\s+)?by\s+(?:[\w-]+\s+){0,2}?(?:sanctions|tariffs|inflation|prices|critics|protests|strikes by workers)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CivilianAgent();

    [GeneratedRegex(@"\b(?:verbal|rhetorical|political|personal|scathing|cyber|cyberattacks?|hacker|legal|diplomatic|sharp|blistering)\s+(?:[\w-]+\s+){0,2}(?:attacks?|assaults?|strikes?)(?:\s+(?:on|against))?$|\b(?:verbal|rhetorical|political|personal|scathing|cyber|legal|diplomatic|blistering)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NotMilitaryModifier();

    [GeneratedRegex(@"^\s+(?!(?:in|on|at|near|overnight|during|over|across|from|by|with|after|before|since|toward|towards|into|as|and|but|that|for|around|along)\b)(?<object>[^,.;:""\u201C\u201D()]{2,80}?)(?=\s+(?:in|on|at|near|overnight|during|over|across|from|by|with|after|before|since|toward|towards|into|as|and|but|that|for|around|along|which|killing|wounding|causing|using|while|early|late|last)\b|[,.;:""\u201C\u201D()]|$)")]
    private static partial Regex ObjectPhrase();
}
