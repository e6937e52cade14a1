using System.Buffers;
using System.Text.RegularExpressions;
using Truce.Claims.Parties;
using Truce.Claims.Text;

namespace Truce.Claims.Attribution;

/// <summary>
/// Finds attributed statements: quoted words (curly or straight quotes, split quotes, quotes over
/// several paragraphs) with the attribution before, after or inverted, and reported speech
/// ("X said that …", "…, X said.", "according to X"). Speakers are resolved in reading order.
/// </summary>
public sealed partial class StatementFinder(SpeakerParser parser, PartyMatcher parties)
{
    private readonly ClauseReports clauseReports = new(parser);

    private const string Cues =
        "said|says|say|told|tells|added|adds|warned|warns|stated|declared|noted|insisted|insists|stressed|claimed|claims|announced|" +
        "wrote|writes|posted|asked|explained|continued|urged|confirmed|replied|acknowledged|argued|alleged|maintained|" +
        "emphasi[sz]ed|recalled|cautioned|vowed|promised|conceded|admitted|predicted|complained|boasted|reported|reiterated|" +
        "suggested|agreed|recounted|described|tweeted|pledged|denied|complained|concluded|asserted|remarked|observed|countered|responded|commented|" +
        "notes|stresses|argues|confirms|explains|emphasi[sz]es|maintains|acknowledges|alleges|reports|assesses|assessed|estimates|estimated|believes";

    // The full stop of an initial or of an abbreviated title ("J.", "Mr.", "Gen."), which ends no sentence inside a speaker's phrase.
    private const string AbbreviationStop = @"(?<=\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sen|Rep|Gov|Sgt|Capt|Adm|Brig|Cmdr|Prof|Rev|St))\.";

    // The verbs of a clause that names a described person by the name they go by ("who goes by", "who asked to be identified
    // only by", "who gave only"), and the kind of name it gives.
    private const string WhoGoesBy = @"who\s+(?:goes|went)\s+by|who\s+(?:asked|wished|wanted|agreed|preferred|requested)\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?(?:by|with)|who\s+(?:gave|offered|shared|provided|uses|used)(?:\s+only)?";
    private const string NameKind = @"\s+(?:the|his|her|a)\s+(?:military\s+)?(?:call\s*sign|callsign|nom\s+de\s+guerre|nickname|first\s+name|given\s+name)";

    // A clause that follows a cue verb without "that": a subject of up to four words, then a finite verb
    // ("claimed its forces had captured …", "warned Russia would …"), not an object ("claimed responsibility").
    private const string FiniteClause =
        @"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|it|he|she|they|we|there|both|all|some|many|several|most|two|three|four|five|\d[\d,]*|[A-Z][\w'\u2019.-]*)(?:\s+(?!(?:that|which|who|during|with|at|from|into|against|after|before)\b)[\w'\u2019.-]+){0,3}?\s+(?:had|has|have|was|were|is|are|would|will|could|can|must|should|might|may|did|[a-z]{2,}ed|set|put|hit|cut|met|made|gave|took|sent|held|kept|left|lost|won|saw|came|went|began|fell|struck|shot|fought|broke|brought|built|spent|stood|ran|drove|flew|knew|meant|sought|thought|told|spoke|found|became|led|paid)\b";

    private static readonly HashSet<string> Facilities = new(StringComparer.Ordinal)
    {
        "Palace", "Hotel", "Square", "Street", "Airport", "University", "Institute", "Studies", "Centre", "Center", "Station",
        "Plant", "Bridge", "Mass", "Day", "Agency", "Times", "Post", "News", "Press", "Wire", "Report", "Review", "Party",
        "Treaty", "Accord", "Accords", "Agreement", "Convention", "Charter", "Protocol", "Memorandum", "Corridor", "Line",
    };

    // OpenMarkImplied: a paragraph carrying a quote on without the opening mark some outlets leave off; the quote starts at
    // Open, the paragraph's first letter.
    private sealed record Quote(int Open, int Close, bool Closed, bool ContinuesPrevious, int Paragraph, bool OpenMarkImplied = false);

    private sealed class Attribution(int position, SpeakerPhrase? phrase, string cue)
    {
        public int Position { get; } = position;

        public SpeakerPhrase? Phrase { get; } = phrase;

        public string Cue { get; } = cue;

        public Attribution? SameAs { get; init; }

        // Attributed to the last speaker of an earlier paragraph, with no words of its own naming them.
        public bool Carried { get; init; }

        // Given by the subject of the quote's clause, which says nothing of a quote in another clause of the sentence.
        public bool OfClause { get; init; }

        public Speaker? Speaker { get; set; }

        public string? ResolvedFrom { get; set; }
    }

    /// <summary>The <see cref="Statement.ResolvedFrom"/> of a quote paragraph attributed to the speaker of the paragraph before.</summary>
    public const string CarriedOver = "previous paragraph";

    private sealed record Pending(int Start, int End, string Kind, Attribution Attribution);

    /// <summary>Statements in text order, and the people the article introduces.</summary>
    public (IReadOnlyList<Statement> Statements, IReadOnlyList<Speaker> People) Find(ArticleLayout layout)
    {
        var text = layout.Text;
        // "Peskov said Russia's "special military operation" would continue", "he wrote that the "peace camp" in Washington was
        // winning": a quoted term that is the subject of the reported clause names a thing; the clause says what the speaker claims.
        var found = FindQuotes(layout);
        var terms = RecurringTerms(text, found);
        var quotes = found.Where(q => !q.Closed || !(IsSubjectTerm(text, q) || IsNamedTerm(text, q, terms))).ToList();
        var pending = new List<Pending>();

        Attribution? previousInParagraph = null;
        var previousParagraph = -1;
        Pending? last = null;
        var usedQuotes = new List<TextSpan>();
        var orphans = new List<Quote>();
        foreach (var quote in quotes)
        {
            if (IsHeadline(layout, quote.Paragraph))
            {
                continue;
            }

            if (quote.Paragraph != previousParagraph)
            {
                previousInParagraph = null;
            }

            var (start, end) = Inner(text, quote);
            if (end <= start)
            {
                continue;
            }

            if (text[quote.Close - 1] is not ('.' or '!' or '?') && (IsTitle(text, start, end) || NamesWhatFollows(text, start, end, quote.Close)))
            {
                continue;
            }

            if (CallSignBefore().IsMatch(text.AsSpan(Math.Max(0, quote.Open - 20), Math.Min(20, quote.Open))))
            {
                // "the call sign "Lys"": a quoted name is no statement.
                continue;
            }

            var attribution = After(layout, quote) ?? Labelled(layout, quote) ?? Before(layout, quote, quotes);
            if (attribution is { Phrase.Form: SpeakerForm.Pronoun, Position: var after } && after > quote.Close && ColonBeforeQuote(text, quote)
                && Before(layout, quote, quotes) is { Phrase.Form: SpeakerForm.Name or SpeakerForm.Organisation } introduced)
            {
                // "…, Rubio said: "I want to thank the team," he said.": a name that introduces the quote with a colon is who
                // the pronoun closing it means, whoever the sentence named last before it.
                attribution = introduced;
            }

            if (attribution is { Phrase: { } carrier, Position: var carrierAt } && carrierAt > quote.Close
                && (NewsOutlet().IsMatch(carrier.Name) || OutletName().IsMatch(carrier.Name))
                && AccordingBeforeQuote().Match(text, layout.Sentences[layout.SentenceAt(quote.Open)].Start, quote.Open - layout.Sentences[layout.SentenceAt(quote.Open)].Start) is { Success: true } according
                && parser.Parse(according.Groups["sp"].Value) is { } source)
            {
                // "According to Mujahid, "Nine soldiers were killed …," Tolo News reported": the outlet carries the quote of the
                // source the sentence opens with.
                attribution = new Attribution(according.Groups["sp"].Index, source, "according to");
            }

            if (attribution is null && quote.ContinuesPrevious && last is not null)
            {
                attribution = new Attribution(quote.Open, null, last.Attribution.Cue) { SameAs = last.Attribution };
            }

            if (attribution is null && previousInParagraph is { OfClause: false })
            {
                attribution = new Attribution(quote.Open, null, previousInParagraph.Cue) { SameAs = previousInParagraph };
            }

            attribution ??= IntroducedBefore(layout, quote);
            attribution ??= ReportedAround(layout, quote);
            attribution ??= SpeakingParticipleSubject(layout, quote);
            if (attribution is null)
            {
                if (CountWords(text, start, end) >= 4)
                {
                    // Said by whoever spoke last, in this paragraph or the one before; decided once reported speech is known.
                    orphans.Add(quote);
                    if (FillsParagraph(layout, quote))
                    {
                        usedQuotes.Add(new TextSpan(quote.Open, quote.Close + 1));
                    }
                }

                continue;
            }

            var statement = new Pending(start, end, "direct", attribution);
            usedQuotes.Add(new TextSpan(quote.Open, quote.Close + 1));
            pending.Add(statement);
            last = statement;
            previousInParagraph = attribution;
            previousParagraph = quote.Paragraph;
        }

        foreach (var sentence in layout.Sentences)
        {
            if (usedQuotes.Any(q => q.Overlaps(sentence)) || IsHeadline(layout, layout.ParagraphAt(sentence.Start)))
            {
                continue;
            }

            if (DashAttributed(layout, sentence) is { } dashed)
            {
                pending.Add(dashed);
                continue;
            }

            if (layout.Text.AsSpan(sentence.Start, sentence.Length) is ['T', 'h', 'i' or 'a', 's' or 't', ' ', ..] opening && PointerBack().IsMatch(opening))
            {
                // "A group of soldiers has been returned. This was reported by the Coordination Headquarters, UNN reports." The
                // pointer names the source of the sentence before it and says nothing of its own, whoever carries it. The
                // real-copy panels annotate the sentence before as the article's narration in two cases of three (round 19),
                // so the pointer does not make it a statement either.
                continue;
            }

            var report = Reported(layout, sentence);
            if (report is null)
            {
                // "Neither side said how many were involved, but Ukrainian officials said it was the first stage": when the
                // opening clause reports nothing, a later one may.
                // "…, in talks that Ukraine said it had not been invited to": a relative clause may hold the report too.
                var slice = layout.Slice(sentence);
                foreach (var boundary in SecondReport().Matches(slice).Concat(RelativeStart().Matches(slice)).OrderBy(m => m.Index))
                {
                    var at = sentence.Start + boundary.Index + boundary.Length;
                    if (Reported(layout, new TextSpan(at, sentence.End)) is { } later)
                    {
                        pending.Add(later);
                        break;
                    }
                }
            }

            if (report is { } reported)
            {
                // "…, the ministry said on Monday, while Ukraine's General Staff said there had been 150 clashes", "Israel said it
                // struck …, while Hamas said it remained committed …": two reports, the first ending where the second begins.
                var rest = layout.Text[reported.Start..sentence.End];
                foreach (Match boundary in SecondReport().Matches(rest))
                {
                    var at = reported.Start + boundary.Index;
                    if (at < reported.Attribution.Position && reported.Attribution.Position >= reported.End)
                    {
                        // "The victims were a woman, 59, and a man, 69, Khinshtein said": an "and" inside the words that the
                        // closing attribution reports opens no second report.
                        continue;
                    }

                    // "X had stormed positions near Kupiansk but were repelled, it said": one attribution closing both clauses is one report.
                    if (Reported(layout, new TextSpan(at + boundary.Length, sentence.End)) is { } second && second.Attribution.Position > at
                        && second.Attribution.Position != reported.Attribution.Position)
                    {
                        if (reported.End > at)
                        {
                            reported = reported with { End = at };
                        }

                        pending.Add(second);
                        break;
                    }
                }

                if (reported.Attribution.Position < reported.Start
                    && CoordinatedReport().Match(layout.Text, reported.Start, reported.End - reported.Start) is { Success: true } coordinated)
                {
                    // "The ISW noted that Russian forces had advanced, and warned that the town risked being enveloped": a second
                    // cue joined to the first by "and", with no subject of its own, is a second report by the same speaker.
                    var clause = coordinated.Groups["clause"];
                    var end = clause.Index + clause.Length;
                    while (end > clause.Index && layout.Text[end - 1] is '.' or ',' or ' ')
                    {
                        end--;
                    }

                    pending.Add(new Pending(clause.Index, end, "reported",
                        new Attribution(coordinated.Groups["verb"].Index, null, coordinated.Groups["verb"].Value) { SameAs = reported.Attribution }));
                    reported = reported with { End = coordinated.Index };
                }

                if (WhoSaid().Match(layout.Text, reported.Attribution.Position, sentence.End - reported.Attribution.Position) is { Success: true } who
                    && who.Index >= reported.End)
                {
                    // "…, according to a source familiar with the talks, who said Turkey had also joined": the relative clause is a
                    // second report by the same source.
                    var clause = who.Groups["clause"];
                    var end = clause.Index + clause.Length;
                    while (end > clause.Index && layout.Text[end - 1] is '.' or ',' or ' ')
                    {
                        end--;
                    }

                    pending.Add(new Pending(clause.Index, end, "reported",
                        new Attribution(who.Groups["verb"].Index, null, who.Groups["verb"].Value.Split(' ')[0]) { SameAs = reported.Attribution }));
                }

                pending.Add(reported);
                var adding = AddingThat().Match(layout.Text, reported.Attribution.Position, sentence.End - reported.Attribution.Position);
                if (adding.Success && reported.End <= adding.Index)
                {
                    // "…, the air force said, adding that 67 drones had been shot down": a second report by the same speaker.
                    var clause = adding.Groups["clause"];
                    var end = clause.Index + clause.Length;
                    while (end > clause.Index && layout.Text[end - 1] is '.' or ',' or ' ')
                    {
                        end--;
                    }

                    var verb = adding.Groups["verb"].Value == "adding" ? "added" : "saying";
                    pending.Add(new Pending(clause.Index, end, "reported", new Attribution(adding.Index, null, verb) { SameAs = reported.Attribution }));
                }
            }

            AddClauseReports(layout, sentence, pending);
        }

        foreach (var orphan in orphans)
        {
            var (start, end) = Inner(text, orphan);
            var sentence = layout.Sentences[Math.Max(0, layout.SentenceAt(orphan.Open))];
            if (pending.Any(p => p.Kind == "reported" && sentence.Start <= p.Start && p.Start < sentence.End))
            {
                // "According to an official, about a dozen countries joined a "coalition of the willing"": the sentence's own report stands.
                continue;
            }

            // A quote that opens its sentence is the last speaker's, reported or quoted; one inside narration
            // ("joining a "coalition of the willing"") only continues a quoting speaker.
            var opensSentence = text[sentence.Start..orphan.Open].Trim().Length == 0 || QuoteLabel().IsMatch(text[sentence.Start..orphan.Open]);
            var speaker = pending.Where(p => p.Start < orphan.Open && layout.ParagraphAt(p.Start) >= orphan.Paragraph - 1 && (opensSentence || p.Kind == "direct"))
                .MaxBy(p => p.Start);
            if (speaker is null && opensSentence)
            {
                // ""We will respond to any provocation." He added: "…"": "added" in the next sentence says who spoke before.
                var next = pending.Where(p => p.Start > orphan.Close && p.Attribution.SameAs is null).MinBy(p => p.Start);
                if (next is { Attribution.Cue: "added" } && SentenceIndex(layout, next.Attribution.Position) == SentenceIndex(layout, orphan.Close) + 1
                    && layout.ParagraphAt(next.Attribution.Position) == orphan.Paragraph)
                {
                    pending.Add(new Pending(start, end, "direct", new Attribution(orphan.Open, null, "said") { SameAs = next.Attribution }));
                }

                continue;
            }

            if (speaker is not null)
            {
                var carried = new Attribution(orphan.Open, null, speaker.Attribution.Cue) { SameAs = speaker.Attribution, Carried = orphan.Paragraph > layout.ParagraphAt(speaker.Start) };
                pending.Add(new Pending(start, end, "direct", carried));
            }
        }

        var registry = new SpeakerRegistry();
        foreach (var (acronym, name) in SpelledNames(layout))
        {
            registry.Spelled(acronym, name);
        }

        var introductions = Introductions(layout);
        var attributions = pending.Select(p => p.Attribution).Distinct().Where(a => a.SameAs is null).OrderBy(a => a.Position).ToList();
        var timeline = attributions.Select(a => (a.Position, Attribution: (Attribution?)a, Introduction: (SpeakerPhrase?)null))
            .Concat(introductions.Select(i => (i.Position, Attribution: (Attribution?)null, Introduction: (SpeakerPhrase?)i.Phrase)))
            .OrderBy(e => e.Position);
        var namedLater = new Dictionary<Speaker, Speaker>();
        Attribution? previous = null;
        (int Sentence, Speaker Person)? narratedSubject = null;
        var lastEvent = 0;
        foreach (var (position, attribution, introduction) in timeline)
        {
            if (introduction is not null)
            {
                lastEvent = position;
                if (registry.Introduce(introduction) is { Form: SpeakerForm.Name } narrated)
                {
                    narratedSubject = (SentenceIndex(layout, position), narrated);
                }
                else if (introduction is { Mention: false, Form: SpeakerForm.Name } && narratedSubject is { } before
                    && before.Sentence == SentenceIndex(layout, position) && registry.Latest != before.Person)
                {
                    // "Peskov also refuted reports that the U.S. envoy, Keith Kellogg, had been sidelined. "…," he said": a person
                    // named in the object of a sentence whose subject is a known person is not who a following pronoun means.
                    registry.Keep(before.Person);
                }

                if (introduction.Form == SpeakerForm.Description && registry.Latest is { } introduced)
                {
                    NameByCallSign(layout, position, registry, introduced);
                }

                if (previous?.Speaker is { Form: SpeakerForm.Name } speaking && (SentenceIndex(layout, previous.Position) == SentenceIndex(layout, position)
                    || pending.Any(p => p.Kind == "reported" && p.Start <= position && position < p.End && p.Attribution.Position > position
                        && p.Attribution.Phrase is { Form: SpeakerForm.Pronoun })))
                {
                    // "Peskov said …. U.S. envoy Steve Witkoff is expected in Moscow next week, he added": the person a reported
                    // clause is about is not the pronoun that reports it.
                    // "Peskov said Putin had discussed the front with envoy Steve Witkoff. … he said": someone named inside
                    // what a person reports is not who a following pronoun means; the one reporting is.
                    registry.Keep(speaking);
                }

                continue;
            }

            if (attribution!.Phrase!.Form == SpeakerForm.Pronoun && LastAliasMention(layout, registry, lastEvent, position) is { } mentioned)
            {
                // "In the dugout, Bard switches the screen. "Now we wait," he says.": the narration's last mention of a call sign
                // makes its bearer the one "he" means.
                registry.Keep(mentioned);
            }

            lastEvent = position;
            var known = registry.People.Count();
            var (speaker, resolvedFrom) = registry.Resolve(attribution!.Phrase!, GovernsTheSentence(layout, position));
            if (speaker is { Form: SpeakerForm.Description } && resolvedFrom is null && attribution.Phrase!.Definite
                && NationalTitle().IsMatch(speaker.Name) && SubjectOfSentenceBefore(layout, position) is { } subject
                && parser.Parse(subject) is { Form: SpeakerForm.Name } subjectPhrase)
            {
                // "Volodymyr Zelenskyy … warned that …. "…," the Ukrainian president told reporters": a definite national title
                // that nobody named holds yet is the person the sentence before was about.
                (speaker, _) = registry.Resolve(subjectPhrase);
                resolvedFrom = "the " + attribution.Phrase.Name;
            }

            attribution.Speaker = speaker;
            attribution.ResolvedFrom = resolvedFrom;
            if (speaker is not null && ((speaker.Form == SpeakerForm.Description && resolvedFrom is null)
                || (speaker.Form == SpeakerForm.Name && attribution.Phrase!.Form == SpeakerForm.Name)))
            {
                // "says Oleh, a drone operator with the call sign "Bard,"": the call sign in the speaker's own phrase names them.
                NameByCallSign(layout, position, registry, speaker);
            }

            if (speaker is { Form: SpeakerForm.Name } person && registry.People.Count() > known
                && previous?.Speaker is { Form: SpeakerForm.Description } description && !namedLater.ContainsKey(description)
                && NamesTheDescription(layout, previous, attribution, description, person))
            {
                namedLater[description] = person;
                person.Role ??= description.Name;
            }

            previous = attribution;
        }

        var introducedDefinite = attributions.Where(a => a.Speaker is { Form: SpeakerForm.Description } && a.ResolvedFrom is null)
            .GroupBy(a => a.Speaker!).Where(g => g.First().Phrase?.Definite == true).Select(g => g.Key).ToHashSet();
        foreach (var attribution in attributions)
        {
            // "A Ukrainian negotiator, who spoke on condition of anonymity, said": an indefinite description is someone the
            // article does not name, never the named holder of that role.
            if (attribution.Speaker is { Form: SpeakerForm.Description } description
                && (namedLater.GetValueOrDefault(description)
                    ?? (attribution.Phrase?.Indefinite == true ? null : registry.Later(description) ?? registry.ListedHolderOf(description, introducedDefinite.Contains(description)))) is { } later)
            {
                attribution.Speaker = later;
                attribution.ResolvedFrom = "the " + description.Name;
            }
        }

        foreach (var attribution in attributions)
        {
            if (attribution.Speaker is { Form: SpeakerForm.Organisation or SpeakerForm.Description } owned && OwnerOf(layout, attribution.Position, owned) is { } body)
            {
                attribution.Speaker = registry.Organisations.FirstOrDefault(o => !ReferenceEquals(o, owned) && NationalBodyOf(o, body.Country, body.Head))
                    ?? new Speaker(body.Country + "'s " + body.Head, null, SpeakerForm.Organisation);
                attribution.ResolvedFrom = owned.Name;
            }
        }

        var naming = new SpeakerNaming(text, parser.NamesLocality);
        var statements = new List<Statement>();
        foreach (var item in pending.OrderBy(p => p.Start))
        {
            var origin = item.Attribution;
            while (origin.SameAs is not null)
            {
                origin = origin.SameAs;
            }

            if (origin.Speaker is not { } speaker)
            {
                continue;
            }

            var name = naming.Name(speaker.Name, speaker.Form, origin.Position, origin.Phrase?.Definite == true);
            if (DottedAcronymCut().IsMatch(name))
            {
                // "the U.N. has called …": a phrase cut at the acronym's last full stop leaves "U.N"; the body is "U.N.".
                name += ".";
            }

            var party = parties.Match(speaker.Role is null ? name : speaker.Role + " " + name);
            var resolvedFrom = ReferenceEquals(origin, item.Attribution) ? origin.ResolvedFrom : item.Attribution.Carried ? CarriedOver : null;
            statements.Add(new Statement(name, speaker.Role, party, item.Attribution.Cue, item.Kind,
                text[item.Start..item.End], item.Start, item.End, resolvedFrom, speaker.CallSign));
        }

        // A call sign names a person too ("Kosa" is no village here), even when the article calls that person by a description.
        var aliases = registry.Aliases.Keys.Where(a => !registry.People.Any(p => p.Name == a)).Select(a => new Speaker(a, null, SpeakerForm.Name));
        return (statements, registry.People.Concat(aliases).ToList());
    }

    // The clause-level detector fills in what the sentence patterns above miss: a clause of its own that reports ("…, and
    // Israel said it had resumed enforcing the truce", "Israel says …; Hamas says …"), whose report then ends the content of
    // an earlier report at the clause boundary. A report the patterns found already, or one nested inside another's
    // content without a clause boundary ("Hamas said Israel said …"), is left as it is.
    private void AddClauseReports(ArticleLayout layout, TextSpan sentence, List<Pending> pending)
    {
        var first = pending.Count;
        while (first > 0 && (sentence.Contains(pending[first - 1].Start) || sentence.Contains(pending[first - 1].Attribution.Position)))
        {
            first--;
        }

        foreach (var aside in ClauseReports.Asides(layout.Text, sentence))
        {
            // "The truce, as Putin said, was fragile": what follows an aside is the article's own clause, not the words of the
            // one it agrees with.
            pending.RemoveAll(p => pending.IndexOf(p) >= first && p.Kind == "reported" && aside.Start <= p.Start && p.Start <= aside.End + 1);
        }

        var reports = clauseReports.Find(layout.Text, sentence);
        if (reports.Count == 0)
        {
            return;
        }

        foreach (var report in reports)
        {
            var known = false;
            var cut = -1;
            var wrong = -1;
            for (var i = first; i < pending.Count && !known; i++)
            {
                var existing = pending[i];
                if (existing.Kind == "reported" && existing.End <= report.CueStart && existing.Start >= report.ClauseStart)
                {
                    // "MOSCOW/KYIV, Nov 4 (Reuters) - Russia's Defence Ministry said …": words before a clause's own subject and cue
                    // are no report of theirs.
                    wrong = i;
                }
                else if (existing.Start <= report.CueStart && report.CueStart < existing.End)
                {
                    if (report.ClauseStart > existing.Start && report.BoundaryStart > sentence.Start)
                    {
                        cut = i;
                    }
                    else if (report.ClauseStart <= existing.Start && report.SubjectStart >= existing.Start && existing.Kind == "reported")
                    {
                        // "Armenia said no agreement had been reached, while Hamas said …" read as "<content>, while Hamas said":
                        // content that opens with its own subject and cue is that subject's report, not the later speaker's.
                        wrong = i;
                    }
                    else
                    {
                        known = true;
                    }
                }
                else if (existing.Start < report.ContentEnd && report.ContentStart < existing.End)
                {
                    known = true;
                }
            }

            if (known)
            {
                continue;
            }

            if (cut >= 0)
            {
                var end = report.BoundaryStart;
                while (end > pending[cut].Start && layout.Text[end - 1] is '.' or ',' or ' ' or ';')
                {
                    end--;
                }

                if (end > pending[cut].Start)
                {
                    pending[cut] = pending[cut] with { End = end };
                }
                else if (wrong < 0)
                {
                    // "The minister said in Kyiv, while the military said that …": the earlier cue's content began at or after
                    // the boundary, so all of it is the later clause's; the earlier cue reported nothing of its own.
                    wrong = cut;
                }
            }

            if (wrong >= 0)
            {
                pending.RemoveAt(wrong);
            }

            pending.Add(new Pending(report.ContentStart, report.ContentEnd, "reported", new Attribution(report.SubjectStart, report.Speaker, report.Cue)));
        }
    }

    // "Thailand has carried out airstrikes …, its army said": a body named by "its" or "their" belongs to the country the
    // sentence opens with; returns that country and the body's head noun, or null when the speaker is no such body or no
    // country opens the sentence.
    private (string Country, string Head)? OwnerOf(ArticleLayout layout, int position, Speaker speaker)
    {
        var words = speaker.NameWords;
        if (words.Count != 2 || words[0] is not ("its" or "their") || !char.IsLower(words[1][0]))
        {
            return null;
        }

        var index = SentenceIndex(layout, position);
        if (index < 0)
        {
            return null;
        }

        var opening = OpeningCountry().Match(layout.Text, layout.Sentences[index].Start, position - layout.Sentences[index].Start);
        var country = opening.Groups["country"].Value;
        return opening.Success && parser.NamesPlace(country) ? (country, words[1]) : null;
    }

    // "the Thai army" or "Thailand's army" is the army of Thailand: the body's head noun, owned by the country or by its
    // adjective (which shares the country's first four letters: Thai, Cambodian, Russian, Ukrainian, Israeli).
    private static bool NationalBodyOf(Speaker organisation, string country, string head)
    {
        var words = organisation.NameWords.Where(w => w is not ("the" or "The")).ToList();
        if (words.Count != 2 || !words[1].Equals(head, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var owner = words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("\u2019s", StringComparison.Ordinal) ? words[0][..^2] : words[0];
        return owner == country || (owner.Length >= 4 && country.Length >= 4 && char.IsUpper(owner[0]) && owner[..4] == country[..4]);
    }

    [GeneratedRegex(@"\G(?:(?:On|In|At|By)\s[^,]{2,40},\s+)?(?:[Tt]he\s+)?(?<country>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?:'s|\u2019s)?\s+(?:has|had|have|was|were|is|said|says|[a-z]+ed)\b")]
    private static partial Regex OpeningCountry();

    // "The head of the nuclear watchdog said … . Rafael Grossi said …": a definite, singular role that speaks and
    // a person named for the first time in the next sentence, with no role or the same role, are one speaker.
    // An indefinite role ("a senior official") stays anonymous, and a differently titled person is someone else.
    private static bool NamesTheDescription(ArticleLayout layout, Attribution described, Attribution named, Speaker description, Speaker person)
    {
        var words = description.NameWords;
        if (words[0] is "a" or "an" or "one" || words[^1].EndsWith('s') || words.Count > 8)
        {
            return false;
        }

        var from = SentenceIndex(layout, described.Position);
        var to = SentenceIndex(layout, named.Position);
        if (from < 0 || to - from is < 0 or > 1)
        {
            return false;
        }

        var sentence = layout.Slice(layout.Sentences[from]);
        var at = sentence.IndexOf(description.Name, StringComparison.Ordinal);
        if (at < 0 || !DefiniteBefore().IsMatch(sentence[..at]))
        {
            return false;
        }

        var head = RoleHead(words);
        return person.Role is null || person.Role.Split(' ').Any(w => w.Equals(head, StringComparison.OrdinalIgnoreCase)
            || (HeadWords.Contains(head) && HeadWords.Contains(w)));
    }

    // "a deputy battalion commander, who goes by the call sign "Lys"": the call sign, written in the sentence after the
    // description, names that speaker whenever the article uses it later ("Lys said …").
    private static void NameByCallSign(ArticleLayout layout, int position, SpeakerRegistry registry, Speaker described)
    {
        var index = SentenceIndex(layout, position);
        if (index < 0)
        {
            return;
        }

        var sentence = layout.Sentences[index];
        // A sentence may end inside the quotes that close it ("… the call sign "Khmara.""): the closing mark belongs to the sign.
        var sign = CallSign().Match(layout.Text, position, Math.Min(layout.Text.Length, sentence.End + 2) - position);
        if (sign.Success)
        {
            registry.Alias(sign.Groups["alias"].Value, described);
        }
    }

    // "the call sign "Lis"", "his call sign, Tykhyi,", "only by his first name, Oleh.": the name a described person goes by,
    // quoted, or unquoted where a comma or the sentence's end closes it.
    [GeneratedRegex(@"\b(?:call\s*sign|callsign|nom de guerre|nicknamed|nickname|first\s+name|given\s+name)\s*,?\s*(?:[""\u201C](?<alias>\p{Lu}[\p{L}'\u2019 -]{0,30}?)[,.]?[""\u201D]|(?<alias>\p{Lu}[\p{L}'\u2019-]{1,30})(?=\s*[,.;]|\s*$))")]
    private static partial Regex CallSign();

    // A clause that names the person just described by a call sign or first name: ", who goes by the call sign", ", who asked
    // to be identified only by his first name", ", who gave only his call sign", "with the call sign", "known by his nickname".
    [GeneratedRegex(@"\G\s*,?\s+(?:" + WhoGoesBy + @"|known\s+(?:only\s+)?(?:by|as)|with|using|under|identified\s+(?:only\s+)?by)" + NameKind + @"\b")]
    private static partial Regex IdentifiedBy();

    [GeneratedRegex(@"^\d+(?:st|nd|rd|th)$")]
    private static partial Regex Ordinal();

    // The whole of such a clause with the name it gives, up to the comma that closes it.
    [GeneratedRegex(@",?\s+(?:" + WhoGoesBy + ")" + NameKind + @"\s*,?\s*[""\u201C]?\p{Lu}[\p{L}'\u2019-]+[""\u201D]?,[""\u201D]?")]
    private static partial Regex IdentifyingClause();

    [GeneratedRegex(@"^(?:(?:On|In|At|As|After|When|Earlier|Later)\s[^,]{2,60},\s+)?(?<sp>[^,;""\u201C\u201D]{2,80}?)\s+(?:(?:also|again|later|initially|earlier|first)\s+)?reported\s+(?<clause>(?:(?:at\s+least|more\s+than|up\s+to|nearly|about|around|some)\s+)?(?:an?|no|heavy|severe|several|dozens|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s(?!(?:day|week|month|year)s?\s+ago\b)[^,;""\u201C\u201D]{8,}?(?:,\s+including\s+[^,;""\u201C\u201D]{2,60}?)?)(?:,|\.?$)")]
    private static partial Regex ReportedObject();

    [GeneratedRegex(@"^(?<article>an?|the)\s+(?<doc>(?:[\w-]+\s+){0,2}?(?:draft|document|memo|memorandum|copy|letter|statement)(?:\s+(?:seen|obtained|reviewed)\s+by\s+[^,;]{2,60})?)\s*$")]
    private static partial Regex DocumentSource();

    [GeneratedRegex(@",?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?:(?<verb>said|warned|added|noted|stressed|insisted|argued|claimed|cautioned|predicted|acknowledged|admitted)\s+(?:that\s+|(?=[\w'\u2019.-]+(?:\s+(?!(?:that|which|who)\b)[\w'\u2019.-]+){0,3}?\s+(?:had|has|have|was|were|is|are|would|will|could|can|must|should|might|did)\s))|(?<verb>accused)\s+(?!each\s+other\b|one\s+another\b)[^,;""\u201C\u201D]{1,80}?\s+of\s+(?=[a-z]))(?<clause>(?![""\u201C])[^""\u201C\u201D]{10,})$")]
    private static partial Regex CoordinatedReport();

    [GeneratedRegex(@"\G[^,;""\u201C\u201D]{2,120}?,\s+who\s+(?:also\s+|later\s+)?(?<verb>said|added|told\s+[\w.]+(?:\s+[\w.]+)?|warned|confirmed)(?:\s+that)?\s+(?<clause>(?![""\u201C])[^""\u201C\u201D]{10,})$")]
    private static partial Regex WhoSaid();

    [GeneratedRegex(@",\s+(?<verb>adding|saying)(?:\s+that)?\s+(?<clause>(?![""\u201C])[^""\u201C\u201D]{10,})$")]
    private static partial Regex AddingThat();

    [GeneratedRegex(@"\b(?:call\s*sign|callsign|nom de guerre|nicknamed|nickname),?\s+[""\u201C]\p{Lu}[\p{L}'\u2019 -]{0,30}?[,.]?[""\u201D]")]
    private static partial Regex CallSignQuotes();

    // The named person whose call sign the narration between from and to mentions last, if that mention is outside quotes.
    private static Speaker? LastAliasMention(ArticleLayout layout, SpeakerRegistry registry, int from, int to)
    {
        Speaker? found = null;
        var at = -1;
        foreach (var (alias, person) in registry.Aliases)
        {
            // "Back in the dugout, Khmara watched …": a described soldier known by a call sign is mentioned by it as a named one is.
            if (person.Form is not (SpeakerForm.Name or SpeakerForm.Description) || to <= from)
            {
                continue;
            }

            var index = layout.Text.LastIndexOf(alias, to - 1, to - from, StringComparison.Ordinal);
            var end = index + alias.Length;
            if (index > at && (index == 0 || !char.IsLetter(layout.Text[index - 1])) && (end >= layout.Text.Length || !char.IsLetter(layout.Text[end]))
                && layout.Text[Math.Max(0, index - 1)] is not ('"' or '\u201C'))
            {
                (found, at) = (person, index);
            }
        }

        return found;
    }

    // The person a sentence opens with ("Volodymyr Zelenskyy, who flew …, thanked …"), when the sentence before the one
    // holding position, in the same paragraph, opens with a full name and reports what they said.
    private static string? SubjectOfSentenceBefore(ArticleLayout layout, int position)
    {
        var index = SentenceIndex(layout, position);
        if (index < 1 || layout.ParagraphAt(layout.Sentences[index - 1].Start) != layout.ParagraphAt(position))
        {
            return null;
        }

        // Only a sentence in which that person speaks ("… thanked the leaders but warned that …"): "Vladimir Putin met Trump.
        // The Ukrainian leader said …" is about someone else.
        var before = layout.Slice(layout.Sentences[index - 1]);
        var opening = SentenceOpeningName().Match(before);
        return opening.Success && ReportingWord().IsMatch(before) ? opening.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2})(?=,|\s+(?:[a-z]+ed|said|says|met|spoke|told|warned|thanked)\b)")]
    private static partial Regex SentenceOpeningName();

    [GeneratedRegex(@"^\p{Lu}[\p{L}]+(?:an|ian|ish|ese|ch|i)\s+(?:president|prime minister|premier|chancellor|leader|foreign minister|defen[cs]e minister)$")]
    private static partial Regex NationalTitle();

    [GeneratedRegex(@"\b(?:call\s*sign|callsign|nom de guerre|nicknamed|nickname),?\s*$")]
    private static partial Regex CallSignBefore();

    [GeneratedRegex(@"\G(?:[^,;""\u201C\u201D]{0,60},\s+)?(?<np>[Aa]n?\s+(?:(?!(?:was|were|is|are|had|has|have|been|who|with)\b)[\w'\u2019.-]+\s+){0,5}?(?!(?:was|were|is|are|had|has|have)\b)[\w'\u2019-]+)(?=\s+with\s+the\s+call\s*sign\b|\s+(?!(?:was|were|is|are|had|has|have)\b)[a-z]{3,}ed\b(?!\s+(?:in|on|with|by|to|from|for|about|at)\b)|\s+(?:flew|spoke|took|went|sat|stood|drove|gave|shook|ran|led|held|kept)\b)")]
    private static partial Regex DescribedSubject();

    [GeneratedRegex(@"\G(?:\p{Lu}[\p{Lu}\s,.'\u2019-]{2,40}?\s+[-\u2013\u2014]{1,2}\s+)?(?:[^,;""\u201C\u201D]{0,60},\s+)?(?<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){0,14}?[\w'\u2019-]+),?\s+(?:(?:who\s+)?(?:goes|went|go)\s+by\s+(?:the\s+)?|who\s+(?:asked|wished|wanted|agreed|preferred)\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?by\s+(?:his|her|the)\s+(?:military\s+)?|who\s+gave\s+only\s+(?:his|her)\s+)(?:call\s*sign|callsign|nom\s+de\s+guerre|nickname|first\s+name)\b")]
    private static partial Regex CallSignSubject();

    // Words for the person at the top of an organisation; "the head of the agency" is its "Director General".
    private static readonly HashSet<string> HeadWords = new(StringComparer.OrdinalIgnoreCase) { "head", "chief", "director", "leader", "chairman", "chair" };

    [GeneratedRegex(@"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteBefore();

    // The noun a role is about: "head" in "head of the Kupiansk military administration", "governor" in "regional governor".
    private static string RoleHead(IReadOnlyList<string> words)
    {
        var of = words.ToList().IndexOf("of");
        return of > 0 ? words[of - 1] : words[^1];
    }

    // "Kremlin spokesman Dmitry Peskov thanked …", "On Monday, Zelensky met …": a name from start to end that opens its
    // sentence (after at most a time phrase) and is followed by a verb is the subject the sentence is about.
    private static bool OpensItsSentence(ArticleLayout layout, int start, int end)
    {
        var index = layout.SentenceAt(start);
        if (index < 0)
        {
            return false;
        }

        var sentence = layout.Sentences[index];
        return TimeOpener().IsMatch(layout.Text.AsSpan(sentence.Start, start - sentence.Start))
            && end < sentence.End && VerbAfterSubject().IsMatch(layout.Text.AsSpan(end, sentence.End - end));
    }

    [GeneratedRegex(@"^\s*(?:(?:On|Late|Early|Earlier|Later)\b[^,]{0,30},\s*)?$")]
    private static partial Regex TimeOpener();

    [GeneratedRegex(@"^\s+(?:(?:also|later|then|again|previously|earlier|recently|first|on\s+\w+day)\s+)?(?:[a-z]{3,}ed|met|spoke|held|made|gave|took|thanked|went|spent|flew|left|sat|stood|came|began|kept|ran|drove|told|said|says|wrote)\b")]
    private static partial Regex VerbAfterSubject();

    private static int SentenceIndex(ArticleLayout layout, int position)
    {
        var sentences = layout.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Start <= position && position < sentences[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A title: a short paragraph without closing punctuation. Titles state no claims of their own.</summary>
    public static bool IsHeadline(ArticleLayout layout, int paragraph) => paragraph >= 0 && layout.IsHeadline(paragraph);

    internal static bool LooksLikeHeadline(ArticleLayout layout, int paragraph)
    {
        var span = layout.Paragraphs[paragraph];
        var last = layout.Text[span.End - 1];
        // "… an exchange of prisoners, — said Umerov": a paragraph closed by its speaker after a dash is speech, not a title.
        return last is not ('.' or '!' or '?' or '"' or '\u201D' or ':') && CountWords(layout.Text, span.Start, span.End) < 25
            && !TrailingCredit.Follows(layout.Text, span.Start, span.End) && !DashSpeaker().Match(layout.Text, span.Start, span.Length).Success;
    }

    private static (int Start, int End) Inner(string text, Quote quote)
    {
        var start = quote.OpenMarkImplied ? quote.Open : quote.Open + 1;
        var end = quote.Close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return (start, end);
    }

    private static bool ColonBeforeQuote(string text, Quote quote) => text.AsSpan(0, quote.Open).TrimEnd().EndsWith(":", StringComparison.Ordinal);

    private static int CountWords(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static List<Quote> FindQuotes(ArticleLayout layout)
    {
        var text = layout.Text;
        var quotes = new List<Quote>();
        var previousUnclosed = false;
        for (var p = 0; p < layout.Paragraphs.Count; p++)
        {
            var paragraph = layout.Paragraphs[p];
            // "Quote: "… during the meeting nor after. ¶ We demand a reply. …"": the paragraph carrying the quote on has no
            // opening mark, and the first mark it holds closes the quote.
            var implied = previousUnclosed && FirstMarkCloses(text, paragraph);
            var open = implied ? paragraph.Start : -1;
            var first = true;
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                var c = text[i];
                var opens = c == '\u201C' || (c == '"' && open < 0 && (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1])));
                var closes = open >= 0 && (c == '\u201D' || c == '"');
                if (closes)
                {
                    quotes.Add(new Quote(open, i, true, first && previousUnclosed && open == paragraph.Start, p, implied && first));
                    first = false;
                    open = -1;
                }
                else if (opens && open < 0)
                {
                    open = i;
                }
            }

            var continues = first && previousUnclosed && open == paragraph.Start;
            previousUnclosed = open >= 0;
            if (open >= 0)
            {
                quotes.Add(new Quote(open, paragraph.End, false, continues, p));
            }
        }

        return quotes;
    }

    private static bool FirstMarkCloses(string text, TextSpan paragraph)
    {
        var at = text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start).IndexOfAny(QuoteMarks);
        if (at <= 0)
        {
            return false;
        }

        var i = paragraph.Start + at;
        return text[i] == '\u201D' || (text[i] == '"' && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == paragraph.End || !char.IsLetterOrDigit(text[i + 1])));
    }

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"\u201C\u201D");

    private Attribution? After(ArticleLayout layout, Quote quote)
    {
        if (!quote.Closed)
        {
            return null;
        }

        var text = layout.Text;
        var paragraph = layout.Paragraphs[quote.Paragraph];
        var from = quote.Close + 1;
        var length = Math.Min(paragraph.End - from, 200);
        if (length <= 0)
        {
            return null;
        }

        var inner = Inner(text, quote);
        var last = text[quote.Close - 1];
        var quoteEndsSentence = last == '.' && inner.End > inner.Start;
        // "…," says Oleh, a drone operator with the call sign "Bard," who …: the quoted call sign is part of the speaker's
        // appositive, not a quote that ends the attribution.
        if (char.IsLetter(last) && QuotedPhraseRunsOn().Match(text, from, length) is { Success: true } runsOn)
        {
            // ""… struck targets in the port of" Hodeida, the Israeli army said": the quoted sentence runs on outside the
            // marks to the comma; the speaker comes after it.
            from += runsOn.Length;
            length -= runsOn.Length;
        }

        var tail = CallSignQuotes().Replace(text.Substring(from, length), m => m.Value.Replace('"', ' ').Replace('\u201C', ' ').Replace('\u201D', ' '));

        var according = AccordingAfter().Match(tail);
        if (according.Success && parser.Parse(according.Groups["sp"].Value) is { } source)
        {
            return new Attribution(from + according.Groups["sp"].Index, source, "according to");
        }

        if (quoteEndsSentence)
        {
            return null;
        }

        // ""…," the ministry quoted Lavrov as saying", ""…," his office quoted him as saying", ""…," Lavrov was quoted by TASS
        // as saying": the person quoted speaks, not the one who quotes.
        var quotedAs = QuotedAsAfter().Match(tail);
        if (quotedAs.Success && parser.Parse(quotedAs.Groups["sp"].Value) is { } quotedSpeaker)
        {
            return new Attribution(from + quotedAs.Groups["sp"].Index, quotedSpeaker, "quoted");
        }

        var inverted = InvertedAfter().Match(tail);
        if (inverted.Success && char.IsLetter(last) && !tail.TrimStart().StartsWith(',')
            && inverted.Groups["cue"].Value is not ("said" or "says" or "told" or "added" or "wrote"))
        {
            // "Thailand has "strictly adhered to the obligations" agreed upon by both governments": a verb right after a phrase
            // quoted mid-sentence, with no comma between, goes on with the sentence; it is no inverted attribution.
            inverted = Match.Empty;
        }

        if (inverted.Success && (parser.Parse(CutAppositive(inverted.Groups["sp"].Value)) ?? SignedSoldier(inverted.Groups["sp"].Value)
            ?? IdentifiedPerson(tail, inverted.Groups["sp"])) is { } invertedSpeaker)
        {
            return new Attribution(from + inverted.Groups["sp"].Index, invertedSpeaker, inverted.Groups["cue"].Value);
        }

        // ""…," a deputy commander of a reconnaissance platoon of the 12th Brigade, who goes by the call sign "Moroz," said": the
        // clause naming the person is no part of the words that say who they are, however long the description before it.
        var unnamed = IdentifyingClause().Replace(tail, "", 1);
        var plain = SpeakerFirstAfter().Match(unnamed);
        if (plain.Success && (NewClause().IsMatch(plain.Groups["sp"].Value) || ClauseAfterComma().IsMatch(plain.Groups["sp"].Value)))
        {
            // "… faced "one of the most difficult moments" as it weighed the plan, while lawmakers warned …", "… is "very close", as
            // European leaders insisted …": a clause that opens with a conjunction after the quote has its own subject, who did not say it.
            // "… had captured "about half" of the city, but Ukraine's military denied any such advance": so does one that opens
            // after a comma further on.
            plain = Match.Empty;
        }

        // ""…," the brigade's deputy commander, who goes by the call sign "Kosa," told …": the relative clause is no part of the speaker.
        if (plain.Success && (parser.Parse(plain.Groups["sp"].Value) ?? parser.Parse(CutAppositive(plain.Groups["sp"].Value))
            ?? (unnamed.Length != tail.Length ? parser.ParsePerson(plain.Groups["sp"].Value) : null)) is { } speaker)
        {
            return new Attribution(from + plain.Groups["sp"].Index, speaker, plain.Groups["cue"].Value);
        }

        return null;
    }

    // ""…," said a platoon commander who goes by the call sign "Khmara."", ""…," said his deputy, a former teacher with the call
    // sign "Dyrektor."": the clause giving a call sign is no part of the description, and marks a person, not a unit; the call
    // sign itself names the speaker (NameByCallSign).
    private SpeakerPhrase? SignedSoldier(string phrase)
    {
        var clause = CallSignClause().Match(phrase);
        if (!clause.Success || clause.Index == 0)
        {
            return null;
        }

        var described = CutAppositive(phrase[..clause.Index]).Trim();
        if (parser.Parse(described) is { Form: SpeakerForm.Description or SpeakerForm.Organisation } soldier)
        {
            return new SpeakerPhrase(SpeakerForm.Description, soldier.Name, null) { Indefinite = true };
        }

        // "his deputy", "her commander": a person named by their relation to someone just quoted.
        var words = described.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words[0] is "his" or "her" or "their" && SpeakerParser.IsPersonNoun(words[^1])
            ? new SpeakerPhrase(SpeakerForm.Description, string.Join(' ', words.Skip(1)), null) { Indefinite = true }
            : null;
    }

    // ""…," said a Ukrainian officer fighting near Pokrovsk, who gave only his call sign, Tykhyi": a clause that gives the
    // speaker's call sign or first name says the words before it describe one person, so where they are and what they are
    // doing are cut from the description; the call sign itself names them (NameByCallSign).
    private SpeakerPhrase? IdentifiedPerson(string text, Group speaker, string? described = null)
    {
        described ??= speaker.Value;
        var end = speaker.Index + described.Length;
        return IdentifiedBy().IsMatch(text, end) && parser.ParsePerson(described) is { } person ? person : null;
    }

    // "…, day and night," said": a subject never ends on the closing mark of a quotation that a comma or stop ends.
    [GeneratedRegex(@"[,.!?][""\u201D]\s*$")]
    private static partial Regex QuoteClosedBeforeCue();

    /// <summary>The speaker in the longest tail of <paramref name="phrase"/> that names one ("In its summary it" → "it").</summary>
    private (SpeakerPhrase? Speaker, int Offset) ParseTail(string phrase)
    {
        var closed = phrase.TrimEnd(' ', ',');
        if (phrase.TrimEnd().EndsWith(',') && closed.LastIndexOf(',') is > 0 and var inserted
            && closed[(inserted + 1)..].TrimStart() is [>= 'a' and <= 'z', ..] insert && insert.Split(' ')[0] is var participle
            && (participle.EndsWith("ed", StringComparison.Ordinal) || participle.EndsWith("ing", StringComparison.Ordinal))
            && ParseTail(closed[..inserted]) is ({ Form: SpeakerForm.Name or SpeakerForm.Pronoun or SpeakerForm.Organisation } subject, var at))
        {
            // "Putin, asked about the proposal at a news conference with Belarusian leader Alexander Lukashenko, said": the
            // participle phrase set off by commas is inserted after the subject, and the people it names did not speak. So is
            // "citing an Interior Ministry source" after "The state news agency SANA".
            return (subject, at);
        }

        if (LastApposedName(phrase) is { } apposed)
        {
            var comma = phrase.LastIndexOf(',');
            return (apposed, phrase.Length - phrase[(comma + 1)..].TrimStart().Length);
        }

        if (parser.Parse(phrase) is { } whole)
        {
            return (whole, 0);
        }

        var spaces = 0;
        for (var i = phrase.Length - 2; i > 0 && spaces < 8; i--)
        {
            if (phrase[i] != ' ')
            {
                continue;
            }

            spaces++;
            if (phrase[i - 1] is ',' or '.' or ';' || !char.IsLetter(phrase[i + 1]))
            {
                continue;
            }

            // "A senior official of the army-led government in Port Sudan said": words after a preposition are its object,
            // never the subject of the speech verb, however much they look like a name, unless a relative clause makes them
            // its subject ("drawing a laugh from Trump, who said").
            var before = phrase.LastIndexOf(' ', i - 1) + 1;
            if (Prepositions.IsPreposition(phrase[before..i]) && !phrase.AsSpan(i + 1).Contains(", who", StringComparison.Ordinal))
            {
                continue;
            }

            if (parser.Parse(phrase[(i + 1)..]) is { Form: SpeakerForm.Pronoun or SpeakerForm.Name } tail)
            {
                return (tail, i + 1);
            }
        }

        return (null, 0);
    }

    // "Speaking in Dublin, where he met Irish Prime Minister Micheál Martin, Ukrainian President Volodymyr Zelenskyy said …": a
    // titled full name after the last comma is the subject; an appositive of a name is a role ("Dmitry Peskov, the Kremlin
    // spokesman, said"), never a second full name.
    private SpeakerPhrase? LastApposedName(string phrase)
    {
        var comma = phrase.LastIndexOf(',');
        if (comma <= 0 || phrase[(comma + 1)..].Trim() is not { Length: > 0 } tail || !char.IsUpper(tail[0]))
        {
            return null;
        }

        return parser.Parse(tail) is { Form: SpeakerForm.Name, Role: not null } named && named.Name.Contains(' ', StringComparison.Ordinal)
            && parser.Parse(phrase)?.Name != named.Name
            ? named
            : null;
    }

    private static string CutAppositive(string speaker)
    {
        var match = AppositiveEnd().Match(speaker);
        return match.Success ? speaker[..match.Index] : speaker;
    }

    // "crossing the so-called "yellow line"", or a short phrase the article quotes three times or more: the name of a thing,
    // not words anyone said, so the clause that holds it is reported as a whole.
    private static bool IsNamedTerm(string text, Quote quote, HashSet<string> terms)
    {
        var (start, end) = Inner(text, quote);
        if (end <= start || CountWords(text, start, end) > 3 || text[end - 1] is '.' or ',' or '!' or '?')
        {
            return false;
        }

        return text.AsSpan(Math.Max(0, quote.Open - 12), Math.Min(12, quote.Open)).TrimEnd().EndsWith("so-called", StringComparison.OrdinalIgnoreCase)
            || terms.Contains(text[start..end].ToLowerInvariant());
    }

    private static HashSet<string> RecurringTerms(string text, List<Quote> quotes)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var quote in quotes.Where(q => q.Closed))
        {
            var (start, end) = Inner(text, quote);
            if (end > start && end - start <= 30 && CountWords(text, start, end) <= 3)
            {
                var term = text[start..end].ToLowerInvariant();
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        return [.. counts.Where(c => c.Value >= 3).Select(c => c.Key)];
    }

    private static bool IsSubjectTerm(string text, Quote quote)
    {
        var (start, end) = Inner(text, quote);
        if (end <= start)
        {
            return false;
        }

        if (end - start > 60 || !char.IsLower(text[start]) || text[end - 1] is '.' or ',' or '!' or '?' || CountWords(text, start, end) > 5)
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, quote.Open - 80), Math.Min(80, quote.Open));
        var afterStart = quote.Close + 1;
        return TermDeterminerBefore().IsMatch(before)
            && TermVerbAfter().IsMatch(text.AsSpan(afterStart, Math.Min(60, text.Length - afterStart)));
    }

    // A clause that opens on a definite or possessive noun phrase: "said that the", "told reporters that Russia's", "wrote its".
    [GeneratedRegex(@"\b(?:said|says|told\s+[\w\s]{1,30}?|wrote|writes|claimed|insisted|argued|warned|added|stressed|that)\s+(?:the|its|their|his|her|our|\p{Lu}[\p{L}.-]*(?:'s|\u2019s))\s+$")]
    private static partial Regex TermDeterminerBefore();

    // The quoted term, perhaps with a short phrase of place, followed by the clause's verb.
    [GeneratedRegex(@"^\s+(?:(?:in|of|on|at|from)\s+(?:the\s+)?\p{Lu}?[\p{L}-]+\s+)?(?:was|were|is|are|would|will|had|has|have|could|must|should|might|can|remains?|remained)\b")]
    private static partial Regex TermVerbAfter();

    // "told CNN's "State of the Union"", "the operation "Eastern Shield"": a short quote in title case, without
    // closing punctuation, names a show, book or operation rather than reporting words said.
    private static bool IsTitle(string text, int start, int end)
    {
        if (text[end - 1] is '.' or '!' or '?' or ',')
        {
            return false;
        }

        // Title case leaves only articles, conjunctions and short prepositions in lower case: "It is up to Putin now" is a sentence.
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 7 && char.IsUpper(words[0][0]) && words.Any(w => w.Skip(1).Any(char.IsLower))
            && words.All(w => char.IsUpper(w[0]) || TitleLowerCaseWords.Contains(w));
    }

    private static readonly HashSet<string> TitleLowerCaseWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "via", "vs",
    };

    // "“Yafa” drones", "the “Tsentralny” complex", "“Fitna al-Khwarij” fighters": a quoted proper name directly before the
    // noun it names is a name, not words said; a quoted judgement ("the "decorative" delegation") is in lower case.
    private static bool NamesWhatFollows(string text, int start, int end, int close)
    {
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (close + 1 >= text.Length || words.Length is 0 or > 3 || !words.All(w => (char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower)) || ArabicArticleName().IsMatch(w))
            || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        var next = FollowingWord().Match(text, close + 1);
        var word = next.Groups["word"].Value;
        return next.Success && next.Index == close + 1 && !Prepositions.IsPreposition(word) && !NotANoun.Contains(word)
            && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal);
    }

    // Words after a quote, besides prepositions, that begin a clause, a phrase or a verb rather than name what the quote qualifies.
    private static readonly HashSet<string> NotANoun = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "while",
        "when", "where", "if", "so", "because", "though", "although", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "was", "were", "is", "are", "be", "been", "would", "will", "had", "has", "have", "could", "can", "may", "might",
        "must", "should", "shall", "did", "does", "do", "not", "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes",
        "then", "also", "still", "now", "here", "there", "too", "again",
    };

    [GeneratedRegex(@"\G\s(?<word>\p{Ll}[\p{L}-]*)")]
    private static partial Regex FollowingWord();

    [GeneratedRegex(@"^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}\p{L}+$")]
    private static partial Regex ArabicArticleName();

    private static bool FillsParagraph(ArticleLayout layout, Quote quote)
    {
        var paragraph = layout.Paragraphs[quote.Paragraph];
        return quote.Open == paragraph.Start && (!quote.Closed || quote.Close >= paragraph.End - 2);
    }

    // A quote that opens its paragraph after a paragraph ending "X said:" is X's.
    // "…shelled the centre of Kherson, the regional governor said": a role holder whose role names a Ukrainian or Russian region
    // ("Moscow region governor Andrei Vorobyov") is the one a description means only when the sentence names no place, or a
    // place in that region; another region's governor named earlier is not the one reporting from Kherson.
    private Func<Speaker, bool> GovernsTheSentence(ArticleLayout layout, int position)
    {
        List<IReadOnlySet<string>>? named = null;
        return holder =>
        {
            // Read only when a role holder is weighed: most attributions name their speaker.
            named ??= PlacesOfSentence(layout, position);
            if (named.Count == 0)
            {
                return true;
            }

            var governed = Governed(layout, holder);
            return governed.Count == 0 || named.Any(place => governed.Any(unit => unit.Overlaps(place)));
        };
    }

    private List<IReadOnlySet<string>> PlacesOfSentence(ArticleLayout layout, int position)
    {
        var index = layout.SentenceAt(position);
        if (index < 0)
        {
            return [];
        }

        var sentence = layout.Sentences[index];
        return [.. layout.Tokens.Where(t => t.Start >= sentence.Start && t.End <= sentence.End && t.IsCapitalised && !t.SentenceStart)
            .Select(t => parser.UnitsOf(t.Value)).Where(u => u.Count > 0)];
    }

    // The regions a person's introduction gives them: "Moscow region governor Andrei Vorobyov", "Oleh Syniehubov, the governor
    // of the Kharkiv region": the places in the words before the name's first mention, or in the apposition after it.
    private List<IReadOnlySet<string>> Governed(ArticleLayout layout, Speaker holder)
    {
        var tokens = layout.Tokens;
        var words = holder.NameWords;
        for (var i = 0; i + words.Count <= tokens.Count; i++)
        {
            if (!Enumerable.Range(0, words.Count).All(k => tokens[i + k].Value == words[k]))
            {
                continue;
            }

            var around = new List<Token>();
            for (var k = i - 1; k >= Math.Max(0, i - 4) && !tokens[k + 1].SentenceStart; k--)
            {
                around.Add(tokens[k]);
            }

            var last = tokens[i + words.Count - 1];
            if (last.End < layout.Text.Length && layout.Text[last.End] == ',')
            {
                for (var k = i + words.Count; k < Math.Min(tokens.Count, i + words.Count + 8) && !tokens[k].SentenceStart; k++)
                {
                    around.Add(tokens[k]);
                    if (tokens[k].End < layout.Text.Length && layout.Text[tokens[k].End] is ',' or '.')
                    {
                        break;
                    }
                }
            }

            return [.. around.Where(t => t.IsCapitalised).Select(t => parser.UnitsOf(t.Value)).Where(u => u.Count > 0)];
        }

        return [];
    }

    // A page laid out in labelled blocks: "Quote from Peskov: "…"" names its speaker; a bare "Quote: "…"" is the speaker the
    // "Source:" line just above names ("Source: Zelensky in his evening address"). Without a Source line the quote is left to
    // the last speaker, as any quote that opens its sentence is.
    private Attribution? Labelled(ArticleLayout layout, Quote quote)
    {
        var text = layout.Text;
        var paragraph = layout.Paragraphs[quote.Paragraph];
        if (quote.Open < paragraph.Start || QuoteLabel().Match(text, paragraph.Start, quote.Open - paragraph.Start) is not { Success: true } label)
        {
            return null;
        }

        if (label.Groups["sp"].Success)
        {
            return parser.Parse(label.Groups["sp"].Value) is { } named ? new Attribution(label.Groups["sp"].Index, named, "said") : null;
        }

        for (var k = quote.Paragraph - 1; k >= Math.Max(0, quote.Paragraph - 3); k--)
        {
            var before = layout.Paragraphs[k];
            if (SourceLine().Match(text, before.Start, before.End - before.Start) is { Success: true } source)
            {
                return parser.Parse(source.Groups["sp"].Value) is { Form: SpeakerForm.Name or SpeakerForm.Organisation } phrase
                    ? new Attribution(source.Groups["sp"].Index, phrase, "said")
                    : null;
            }

            if (!PageLabel().IsMatch(text, before.Start) || QuoteLabel().Match(text, before.Start, before.End - before.Start).Success)
            {
                break;
            }
        }

        // "Source: Sybiha on X" … "Details: …" … "This contradicts …" … "Quote: "…"": a page that names its source once
        // quotes that source under each later label, whatever narration comes between.
        for (var k = quote.Paragraph - 1; k >= 0; k--)
        {
            var before = layout.Paragraphs[k];
            if (SourceLine().Match(text, before.Start, before.End - before.Start) is { Success: true } source)
            {
                return parser.Parse(source.Groups["sp"].Value) is { Form: SpeakerForm.Name or SpeakerForm.Organisation } phrase
                    ? new Attribution(source.Groups["sp"].Index, phrase, "said")
                    : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*Quote(?:\s+from\s+(?<sp>[^:""\u201C]{2,60}?))?\s*:\s*$")]
    private static partial Regex QuoteLabel();

    // "Source: Zelensky in his evening address", "Source: Sybiha at a briefing": who, before where or how.
    [GeneratedRegex(@"^Source\s*:\s*(?<sp>[^,.;:]+?)(?=\s+(?:in|on|at|to|during|via|for|speaking|quoted|cited)\b|[,.;:]|\s*$)")]
    private static partial Regex SourceLine();

    // A label a page puts at the start of a block: "Details:", "Background:", "Read more:", "Source:", "Quote:".
    [GeneratedRegex(@"\G(?:Details|Background|Context|Read more|Read also|Reminder|Source|Quote)\b[^:\n]{0,40}:")]
    private static partial Regex PageLabel();

    private Attribution? IntroducedBefore(ArticleLayout layout, Quote quote)
    {
        var text = layout.Text;
        if (quote.Paragraph == 0 || quote.Open != layout.Paragraphs[quote.Paragraph].Start)
        {
            return null;
        }

        var previous = layout.Paragraphs[quote.Paragraph - 1];
        if (text[previous.End - 1] != ':' || IsHeadline(layout, quote.Paragraph - 1))
        {
            return null;
        }

        var sentence = layout.SentenceAt(previous.End - 1);
        var start = sentence < 0 ? previous.Start : Math.Max(previous.Start, layout.Sentences[sentence].Start);
        return CueBefore(text[start..previous.End], start);
    }

    private Attribution? Before(ArticleLayout layout, Quote quote, List<Quote> quotes)
    {
        var text = layout.Text;
        var sentenceIndex = layout.SentenceAt(quote.Open);
        if (sentenceIndex < 0)
        {
            return null;
        }

        var start = layout.Sentences[sentenceIndex].Start;
        foreach (var other in quotes)
        {
            if (other.Close < quote.Open && other.Close >= start)
            {
                start = other.Close + 1;
            }
        }

        var pre = text[start..quote.Open];
        if (CueBefore(pre, start) is { } cued)
        {
            return cued;
        }

        // "Kellogg expressed support on X: "…"", "The Lebanese army also issued a statement: "…"": a clause that ends in a
        // colon before the quote introduces it, and its subject speaks.
        return ColonClause().Match(pre) is { Success: true } colon && parser.Parse(colon.Groups["np"].Value) is { Form: SpeakerForm.Name or SpeakerForm.Organisation } introducer
            ? new Attribution(start + colon.Groups["np"].Index, introducer, "said")
            : null;
    }

    // The speaker named before a quote that begins at the end of pre, which starts at offset start.
    private Attribution? CueBefore(string pre, int start)
    {
        if (pre.Trim().Length == 0)
        {
            return null;
        }

        var according = AccordingBefore().Match(pre);
        if (according.Success && parser.Parse(according.Groups["sp"].Value) is { } source)
        {
            return new Attribution(start + according.Groups["sp"].Index, source, "according to");
        }

        if (DescribedBy().Match(pre) is { Success: true } describedBy && parser.Parse(describedBy.Groups["sp"].Value) is { } describer)
        {
            // "The city of Pokrovsk, described by President Zelenskyy as the site of "fierce battles"": the passive's agent speaks.
            return new Attribution(start + describedBy.Groups["sp"].Index, describer, "described");
        }

        // The last cue before the quote: "X said:", "X told reporters on Tuesday that", "X called it".
        var cues = CueWord().Matches(pre);
        for (var k = cues.Count - 1; k >= 0; k--)
        {
            var cue = cues[k];
            if (AgreedTo().IsMatch(pre[(cue.Index + cue.Length)..]))
            {
                // "Both sides agreed to an "immediate" ceasefire", "said they had agreed on "many points"": the verb takes
                // a thing agreed, not words said; an earlier cue may still say who speaks.
                continue;
            }

            var phrase = pre[..cue.Index];
            if (cue.Groups["cue"].Value.EndsWith("ing", StringComparison.Ordinal) && WithSubject().Match(phrase) is { Success: true } with
                && parser.Parse(with.Groups["sp"].Value) is { Form: not SpeakerForm.Pronoun } withSpeaker)
            {
                // "Poland also ruled out troops, with the foreign minister, Radosław Sikorski, saying Warsaw would be "the logistics
                // hub"": the one "with" introduces speaks, not the subject of the sentence.
                return new Attribution(start + with.Groups["sp"].Index, withSpeaker, cue.Groups["cue"].Value);
            }

            if (QuotedAs().Match(phrase) is { Success: true } quotedAs && parser.Parse(quotedAs.Groups["sp"].Value) is { } quotedSpeaker)
            {
                // "TASS quoted Kremlin aide Yuri Ushakov as saying: …": the person quoted speaks, not the agency.
                return new Attribution(start + quotedAs.Groups["sp"].Index, quotedSpeaker, "quoted");
            }

            var clause = ClauseStart().Matches(phrase);
            var last = clause.Count - 1;
            while (last >= 0 && ((phrase[(clause[last].Index + clause[last].Length)..].TrimEnd().EndsWith(',') && phrase[..clause[last].Index].Contains(','))
                || SpeakerParser.CoordinatesNationalities(phrase[..clause[last].Index], phrase[(clause[last].Index + clause[last].Length)..])
                || JoinsOneBody(phrase, clause[last])))
            {
                // "U.S. and Ukrainian negotiators said": an "and" between two nationalities joins the modifiers of one group.
                // "Kirill Dmitriev, the head of the fund and Putin's envoy, said": an "and" inside the apposition opens no clause.
                last--;
            }

            var offset = last >= 0 ? clause[last].Index + clause[last].Length : 0;
            var afterQuote = phrase[offset..].Length - phrase[offset..].TrimStart(',', ' ', '"', '\u201D').Length;
            if (cue.Groups["cue"].Value is "calling" or "saying" or "urging" or "writing" or "adding" or "warning" or "insisting"
                && ParticipleSubject().Match(phrase[(offset + afterQuote)..]) is { Success: true } mainSubject && parser.Parse(mainSubject.Groups["np"].Value) is { } mainSpeaker)
            {
                // "Putin announced the pause during a meeting with the chief of the General Staff, Valery Gerasimov, saying …": a
                // participle after the comma that closes a clause says what that clause's subject said, not a name in its object.
                return new Attribution(start + offset + afterQuote + mainSubject.Groups["np"].Index, mainSpeaker, cue.Groups["cue"].Value);
            }

            if (ParseTail(phrase[offset..]) is ({ } speaker, var tail))
            {
                if (speaker is { Form: SpeakerForm.Pronoun, Name: "it" } && CountrySubject().Matches(phrase) is { Count: > 0 } subjects
                    && subjects[^1].Groups["np"].Value is var country && parser.NamesPlace(country))
                {
                    // "when India launched strikes on what it called "terrorist camps"": "it" is the country acting in the same sentence.
                    return new Attribution(start + subjects[^1].Groups["np"].Index, new SpeakerPhrase(SpeakerForm.Organisation, country, null), cue.Groups["cue"].Value);
                }

                if (speaker.Form == SpeakerForm.Pronoun && SaidBeforePronoun().Match(phrase) is { Success: true } reporter
                    && parser.Parse(reporter.Groups["sp"].Value) is { Form: not SpeakerForm.Pronoun } reporting)
                {
                    // "The ministry said drones had attacked a station, in what it called a "provocation"": the pronoun is the one reporting.
                    return new Attribution(start + reporter.Groups["sp"].Index, reporting, cue.Groups["cue"].Value);
                }

                if (speaker is { Form: SpeakerForm.Pronoun, Name: "he" or "she" } && ReporterOfPronoun().Match(phrase) is { Success: true } teller
                    && parser.Parse(teller.Groups["sp"].Value) is { Form: SpeakerForm.Name } named)
                {
                    // "Reyes later wrote online that he had told both sides to "stop shooting"": the "he" inside what
                    // someone reports is the reporter, whoever was spoken of before.
                    return new Attribution(start + teller.Groups["sp"].Index, named, cue.Groups["cue"].Value);
                }

                return new Attribution(start + offset + tail, speaker, cue.Groups["cue"].Value);
            }

            if (ClauseBeforeAnd().Match(phrase[offset..]) is { Success: true } joined && parser.Parse(joined.Groups["sp"].Value) is { } joinedSpeaker)
            {
                return new Attribution(start + offset + joined.Groups["sp"].Index, joinedSpeaker, cue.Groups["cue"].Value);
            }

            if (cue.Groups["cue"].Value is "calling" or "saying" or "urging" or "writing" or "adding" or "warning" or "insisting" && ParticipleSubject().Match(phrase[offset..]) is { Success: true } subject
                && parser.Parse(subject.Groups["np"].Value) is { } doer)
            {
                // "The ministry rejected the claims, calling them "a lie"": the one who rejected them calls them so.
                return new Attribution(start + offset + subject.Groups["np"].Index, doer, cue.Groups["cue"].Value);
            }
        }

        return null;
    }

    // "Both sides agreed to an "immediate" ceasefire, the prime minister announced.": a quoted phrase inside a sentence
    // whose own attribution closes it is the words of that sentence's speaker.
    private Attribution? ReportedAround(ArticleLayout layout, Quote quote)
    {
        var index = layout.SentenceAt(quote.Open);
        if (index < 0)
        {
            return null;
        }

        var sentence = layout.Sentences[index];
        var value = layout.Slice(sentence);
        var after = ReportedAfter().Match(value);
        if (!after.Success || sentence.Start + after.Groups["sp"].Index <= quote.Close || parser.Parse(after.Groups["sp"].Value) is not { } speaker)
        {
            return null;
        }

        var cue = after.Groups["cue"].Value.Split(' ')[0];
        return new Attribution(sentence.Start + after.Groups["sp"].Index, speaker, cue);
    }

    // "The minister answered the claim, telling deputies the attempts were "futile"", "Moldova suspended the talks—warning that a
    // raid would be "an act of aggression"", "Zelensky responded on Monday, announcing "a ceasefire …"": a participle of speaking
    // after the main clause, with no subject of its own, says what that clause's subject said, the quoted words included. A
    // participle of doing ("crossing the "grey line"") leaves the quote to the article.
    private Attribution? SpeakingParticipleSubject(ArticleLayout layout, Quote quote)
    {
        var index = layout.SentenceAt(quote.Open);
        if (index < 0)
        {
            return null;
        }

        var sentence = layout.Sentences[index];
        var pre = layout.Text[sentence.Start..quote.Open];
        if (ScareQuoteBefore().IsMatch(pre) || SpeakingParticiple().Matches(pre) is not { Count: > 0 } participles)
        {
            return null;
        }

        var participle = participles[^1];
        if (ClauseBreak().IsMatch(pre, participle.Index + participle.Length))
        {
            return null;
        }

        // "The two sides met on Sunday, announcing …": the comma before the participle closes the main clause, not an opening phrase.
        var opening = LeadingAdverbial().Match(pre);
        var from = opening.Success && opening.Length <= participle.Index ? opening.Length : 0;
        var tried = 0;
        foreach (Match verb in ClauseVerb().Matches(pre[..participle.Index], from))
        {
            if (++tried > 3)
            {
                break;
            }

            var raw = pre[from..verb.Index];
            var np = raw.Trim();
            if (np.Length == 0 || !char.IsUpper(np[0]) || parser.Parse(np) is not { } subject)
            {
                continue;
            }

            return subject.Form == SpeakerForm.Pronoun && subject.Name is not ("he" or "she")
                || ClauseBreak().IsMatch(pre[..participle.Index], verb.Index + verb.Length)
                ? null
                : new Attribution(sentence.Start + from + (raw.Length - raw.TrimStart().Length), subject, participle.Groups["verb"].Value) { OfClause = true };
        }

        return null;
    }

    // "Last week, ", "On Monday, ", "In a post on X, ": words before the subject, up to the first comma.
    [GeneratedRegex(@"^(?:[A-Z][^,""\u201C\u201D]{0,40}),\s+")]
    private static partial Regex LeadingAdverbial();

    // A verb after the subject, in the past or the third person, with the auxiliaries and adverbs before it.
    [GeneratedRegex(@"(?<=\s)(?:(?:has|have|had|also|later|then|again|now|subsequently|swiftly|quickly|publicly|repeatedly|openly|once)\s+)*(?<verb>[a-z]{2,}ed|[a-z]{3,}(?<!ss|us|is)s|made|gave|took|held|sent|put|set|hit|struck|won|saw|drew|threw|spoke|swore)\b")]
    private static partial Regex ClauseVerb();

    // "…, telling officials the attempts were", "…—warning that", "…, announcing", "…, citing": a participle of speaking or
    // judging after a comma or a dash, with whom it tells and the "that" it may open.
    [GeneratedRegex(@"(?:,|\u2014|\u2013|\s-)\s*(?<verb>(?:order|denounc|condemn|brand|cit|counter|confirm|vow|pledg|promis|describ|hail|welcom|reject|dismiss|criticis|criticiz|slam|demand|warn|accus|prais|label|term|characteris|characteriz|decri|blam|urg|mention|express|voic|reaffirm|insist|assert|announc|declar|deny|admit|acknowledg|stress|emphasis|emphasiz|appeal|threaten|offer|propos|suggest|request|recall|complain|protest|lament|regret|thank|predict|estimat|assess|alleg|portray|argu|call|tell|say|writ|add|not|claim|stat|report|explain)ing)\b(?:(?:\s+[\w'\u2019-]+){0,3}?\s+that\b)?")]
    private static partial Regex SpeakingParticiple();

    // Between the verb and the quote, a clause of another subject: "that Hamas had", "which", "while officials", ";".
    [GeneratedRegex(@"\b(?:that|which|who|whom|whose|while|whereas|when|where|because|although|though|if|unless)\b|;|:|\b(?:and|but|as|after|before)\s+(?:[A-Z]|he\b|she\b|they\b|it\b|we\b)")]
    private static partial Regex ClauseBreak();

    // "so-called "…"", "dubbed "…"", "known as "…"", "Operation "…"", "the word "…"", "calling the boundary the "…"": a name or a
    // term, not words said.
    [GeneratedRegex(@"(?:\bso-called|\bdubbed|\bknown\s+as|\bcode-?named|\bnamed|\b[Oo]peration|\bthe\s+(?:word|words|term|phrase|slogan|label|title|name|hashtag)|\b(?:calls?|called|calling|terms?|termed|names?)\s+(?:[\w'\u2019-]+\s+){1,4}the)\s*$")]
    private static partial Regex ScareQuoteBefore();

    // "according to a draft seen by several media outlets": a document someone has seen is the source of what it says.
    // "according to Ukrainian officials quoted by Axios", "according to a joint statement issued on Tuesday", "according to the
    // regional headquarters in a statement posted on Telegram": the source is the words before what says how its words came out.
    private SpeakerPhrase? SourceHead(string phrase) =>
        SourceModifier().Match(phrase) is { Success: true, Index: > 1 } modifier
            ? parser.Parse(phrase[..modifier.Index]) ?? Document(phrase[..modifier.Index])
            : null;

    [GeneratedRegex(@"(?:\s+|,\s+)(?:(?:issued|published|posted|released|quoted|cited|carried|shared|aired|broadcast|run|controlled)\s+(?:by|on|in|at|via|late|early|earlier|last|this|\w+day)\b|in\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|report|video|interview|address|briefing|message|update)\b)")]
    private static partial Regex SourceModifier();

    // "reporting by Ukrainska Pravda", "witnesses and local media reports": the one who reported, or the first of two sources
    // when the pair reads as no one speaker.
    private SpeakerPhrase? ReportingSource(string phrase)
    {
        if (ReportingBy().Match(phrase) is { Success: true } by)
        {
            return parser.Parse(phrase[by.Length..]);
        }

        var and = phrase.IndexOf(" and ", StringComparison.Ordinal);
        return and > 0 ? parser.Parse(phrase[..and]) is { Form: not SpeakerForm.Pronoun } first ? first : null : null;
    }

    [GeneratedRegex(@"^(?:(?:an?|the)\s+)?(?:reporting|reports?|data|figures|information|footage)\s+(?:by|from)\s+")]
    private static partial Regex ReportingBy();

    private static SpeakerPhrase? Document(string phrase) =>
        DocumentSource().Match(phrase) is { Success: true } document
            ? new SpeakerPhrase(SpeakerForm.Description, document.Groups["doc"].Value, null) { Indefinite = document.Groups["article"].Value is "a" or "an" }
            : null;

    private Pending? Reported(ArticleLayout layout, TextSpan sentence)
    {
        var text = layout.Text;
        if (!ReportingWord().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
        {
            // Most sentences report nothing; the patterns below are costly on long ones. "He displayed the debris, explaining
            // that …" reports with a participle only, which one pattern reads.
            return text.AsSpan(sentence.Start, sentence.Length).Contains("ing that ", StringComparison.Ordinal) ? ParticipleReport(layout, sentence) : null;
        }

        if (RunInDateline.Length(text, sentence.Start, sentence.Length) is > 0 and var dateline)
        {
            // "MOSCOW (Reuters) -The ministry said …": where the copy was filed is neither the speaker nor what was said.
            sentence = new TextSpan(sentence.Start + dateline, sentence.End);
        }

        if (sentence.Length > 3 && text[sentence.Start] is '-' or '\u2013' or '\u2022' or '*' && text[sentence.Start + 1] == ' ' && char.IsUpper(text[sentence.Start + 2]))
        {
            // "- According to the ministry, …", "• The number of troops …, the ministry said": a list item's bullet is no part
            // of what was said.
            sentence = new TextSpan(sentence.Start + 2, sentence.End);
        }

        var value = layout.Slice(sentence);
        if (OutletTail().Match(value) is { Success: true } outlet && (NewsOutlet().IsMatch(outlet.Groups["outlet"].Value) || OutletName().IsMatch(outlet.Groups["outlet"].Value))
            && value[..outlet.Index] is var carried && (ReportedBeforeMatch(carried).Success || Accusation().IsMatch(carried)))
        {
            // "The Taliban on Sunday accused Pakistan of sheltering militants and claimed to have killed 58 troops, India Today
            // reported": the outlet carries the report of the speaker its clause names, as with "according to" an outlet.
            sentence = new TextSpan(sentence.Start, sentence.Start + outlet.Index);
            value = carried;
        }

        var quoted = QuotedAsSaying().Match(value);
        if (quoted.Success && parser.Parse(quoted.Groups["sp"].Value) is { } quotedSpeaker)
        {
            return Make(sentence.Start, quoted.Groups["clause"], quoted.Groups["sp"], quotedSpeaker, "quoted");
        }

        var asReported = AsReportedLeading().Match(value);
        if (asReported.Success && parser.Parse(asReported.Groups["sp"].Value) is { } reporter)
        {
            // "As reported by the General Staff, the town remains under fire", "As Ukrinform reported, on 19 May troops shelled
            // …": an opening that names who reported it attributes the clause after it.
            return Make(sentence.Start, asReported.Groups["clause"], asReported.Groups["sp"], reporter, "reported");
        }

        var leading = AccordingLeading().Match(value);
        if (leading.Success && (parser.Parse(leading.Groups["sp"].Value) ?? Document(leading.Groups["sp"].Value) ?? SourceHead(leading.Groups["sp"].Value)
            ?? ReportingSource(leading.Groups["sp"].Value)) is { } leadingSource)
        {
            return Make(sentence.Start, leading.Groups["clause"], leading.Groups["sp"], leadingSource, "according to");
        }

        var trailing = AccordingTrailing().Match(value);
        if (trailing.Success && (Footage().IsMatch(trailing.Groups["sp"].Value) || NewsOutlet().IsMatch(trailing.Groups["sp"].Value))
            && ReportedBeforeMatch(trailing.Groups["clause"].Value).Success)
        {
            // "Gerasimov told Putin that …, according to footage released by the Kremlin": the recording shows who spoke.
            // "Pezeshkian told the crown prince that …, according to the official IRNA news agency": a news outlet carries
            // the words of the speaker the clause names; it is the channel, not the speaker.
            trailing = Match.Empty;
        }

        if (trailing.Success && (parser.Parse(CutAppositive(trailing.Groups["sp"].Value)) ?? Document(trailing.Groups["sp"].Value)
            ?? SourceHead(trailing.Groups["sp"].Value)) is { } trailingSource)
        {
            return Make(sentence.Start, trailing.Groups["clause"], trailing.Groups["sp"], trailingSource, "according to");
        }

        var after = ReportedAfter().Match(value);
        if (after.Success && after.Groups["clause"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0])))
        {
            // "Grigory Karasin, the lawmaker who led the delegation with Sergei Beseda, an adviser to the head of the FSB, told
            // Interfax …": a name alone before the comma is the subject its appositions describe, never what was said.
            after = Match.Empty;
        }

        if (after.Success && SubordinateOpening().IsMatch(after.Groups["sp"].Value))
        {
            // "Shelling hit the market, where doctors said …": a subordinator after the comma opens a clause of its own; the
            // words before it are the article's narration, not what the subject of that clause said.
            after = Match.Empty;
        }

        if (after.Success && parser.Parse(after.Groups["sp"].Value) is { } afterSpeaker)
        {
            if (afterSpeaker.Form == SpeakerForm.Description && NameClosingClause().Match(after.Groups["clause"].Value) is { Success: true } closing
                && parser.Parse(closing.Groups["name"].Value) is { Form: SpeakerForm.Name } person)
            {
                // "…, Vladimir Medinsky, the head of the Russian delegation at the talks said": the comma that would close the
                // appositive is missing, so the name ends the clause; the person speaks, the description is their role.
                var clause = after.Groups["clause"];
                return MakeAt(sentence.Start, clause.Index, closing.Index, clause.Index + closing.Groups["name"].Index, person with { Role = afterSpeaker.Name }, after.Groups["cue"].Value);
            }

            if (ContinuedClause().Match(after.Groups["sp"].Value) is { Success: true } continued && parser.Parse(continued.Groups["sp"].Value) is { Form: SpeakerForm.Name } closer)
            {
                // "The victims were a woman, 59, and a man, 69, Khinshtein said": a segment opening with "and" goes on with
                // the clause; the name after the last comma speaks.
                var clause = after.Groups["clause"];
                var spStart = after.Groups["sp"].Index + continued.Groups["sp"].Index;
                return MakeAt(sentence.Start, clause.Index, spStart - clause.Index, spStart, closer, after.Groups["cue"].Value);
            }

            return Make(sentence.Start, after.Groups["clause"], after.Groups["sp"], afterSpeaker, after.Groups["cue"].Value);
        }

        var inverted = ReportedInverted().Match(value);
        // "The Dnipropetrovsk regional governor, Vladyslav Haivanenko, said a drone hit …": words before "said" that name a
        // speaker themselves make the sentence a report in order, never an inverted one.
        var invertedOrder = inverted.Success && !FiniteVerb().IsMatch(CutAppositive(inverted.Groups["sp"].Value)) && parser.Parse(inverted.Groups["clause"].Value) is null;
        // "Small groups are slipping through the lines, said a Ukrainian officer fighting near Pokrovsk": a person noun with an
        // article after an inverted "said" is who spoke, without where they were or what they were doing.
        if (invertedOrder && (parser.Parse(CutAppositive(inverted.Groups["sp"].Value)) ?? parser.ParsePerson(CutAppositive(inverted.Groups["sp"].Value))) is { } invertedSpeaker)
        {
            return Make(sentence.Start, inverted.Groups["clause"], inverted.Groups["sp"], invertedSpeaker, inverted.Groups["cue"].Value);
        }

        var before = ReportedBeforeMatch(value);
        if (ReportedBeforeThat().Match(value) is { Success: true } thatCue && (!before.Success || thatCue.Groups["cue"].Index < before.Groups["cue"].Index))
        {
            // "Rubio emphasized that any final deal would need Trump's approval", "UP stresses that …": a cue real copy uses only
            // with an explicit "that", which marks the clause after it as the words reported.
            before = thatCue;
        }

        if (before.Success && QuoteClosedBeforeCue().IsMatch(before.Groups["sp"].Value))
        {
            // "\"They come in small groups,\" said …": the words before ", said" are what was said, never who said it, even when
            // the speaker after the cue is not one the parser reads.
            before = Match.Empty;
        }
        if (before.Success && before.Groups["cue"].Value == "say" && UnsaidSay().IsMatch(before.Groups["sp"].Value))
        {
            // "Asked what he would say to the negotiators, Bard shrugs", "declined to say": nothing was said.
            before = Match.Empty;
        }

        if (before.Success && before.Groups["obj"].Length > 0 && char.IsLower(before.Groups["obj"].Value[0]) && !ObjectOfCue().IsMatch(before.Groups["obj"].Value)
            && (ThatGap().IsMatch(before.Groups["clause"].Value) || PrepositionBeforeThat().IsMatch(before.Groups["obj"].Value)))
        {
            // "Moscow claimed fresh gains that it hopes will strengthen its hand": "that" after the thing claimed opens a
            // relative clause about it (its subject or object missing), not the words claimed. "The ministry reported four dead
            // in that strike": after a preposition "that" points at a thing; it opens no clause.
            before = Match.Empty;
        }

        if (before.Success)
        {
            var phrase = before.Groups["sp"].Value;
            // "…, an idea Zelenskyy said would have to be put to a referendum", "a plan the Kremlin says was drafted in Moscow":
            // a relative clause without "that" whose subject is missing after the cue; the name before the cue reports it.
            var gap = GapClause().IsMatch(before.Groups["clause"].Value) ? GapRelative().Match(phrase) : Match.Empty;
            var beforeSpeaker = gap.Success ? parser.Parse(gap.Groups["sp"].Value) : LastApposedName(phrase) ?? parser.Parse(phrase);
            var clauseGroup = before.Groups["clause"];
            var (clauseIndex, clauseLength) = (clauseGroup.Index, clauseGroup.Length);
            if (gap.Success && beforeSpeaker is { Form: SpeakerForm.Pronoun } && ParticipleSubject().Match(phrase[..gap.Index].TrimEnd(' ', ',') + ",") is { Success: true } actor
                && parser.Parse(actor.Groups["np"].Value) is { Form: not SpeakerForm.Pronoun } actorSpeaker)
            {
                // "Peskov accused Kyiv of continuing its strikes, something he said indicated that the army was out of control":
                // the pronoun is the subject of the sentence, and what the thing indicated is the words reported.
                beforeSpeaker = actorSpeaker;
                if (IndicatedThat().Match(clauseGroup.Value) is { Success: true } indicated)
                {
                    (clauseIndex, clauseLength) = (clauseIndex + indicated.Length, clauseLength - indicated.Length);
                }

                return MakeAt(sentence.Start, clauseIndex, clauseLength, before.Groups["sp"].Index + actor.Groups["np"].Index, beforeSpeaker, before.Groups["cue"].Value);
            }

            if (beforeSpeaker is null && SubjectBeforeVerb().Match(phrase) is { Success: true } subject)
            {
                // "Ukraine's Foreign Ministry rejected the accusation and said …".
                beforeSpeaker = parser.Parse(subject.Groups["np"].Value);
            }

            if (beforeSpeaker is null && RelativeStart().Matches(phrase) is { Count: > 0 } relative)
            {
                // "The truce followed a night in which India said it had struck …": the speaker opens the relative clause.
                var tail = relative[^1].Index + relative[^1].Length;
                beforeSpeaker = parser.Parse(phrase[tail..]);
            }

            if (beforeSpeaker is null && ClauseStart().Matches(phrase) is { Count: > 0 } clauses)
            {
                // "… as Russian President Vladimir Putin insists that Ukraine must hand over …": the speaker opens the last clause.
                var tail = clauses[^1].Index + clauses[^1].Length;
                beforeSpeaker = parser.Parse(phrase[tail..]);
            }

            if (beforeSpeaker is null && ClauseBeforeAnd().Match(phrase) is { Success: true } joined)
            {
                // "Sirens blared in northern Israel and the Israeli military said …": "and" after a clause of the narration
                // opens a second clause, whose subject speaks.
                beforeSpeaker = parser.Parse(joined.Groups["sp"].Value);
            }

            if (beforeSpeaker is not null)
            {
                return Make(sentence.Start, before.Groups["clause"], before.Groups["sp"], beforeSpeaker, before.Groups["cue"].Value);
            }
        }

        var saying = SayingAfterDeed().Match(value);
        if (saying.Success && parser.Parse(saying.Groups["sp"].Value) is { Form: not SpeakerForm.Pronoun } doer)
        {
            // "The ministry rejected the claim, saying its troops still held the town": the participle reports the doer's words.
            // "Peskov declined to comment on the damage, saying only that …": declining one question, the doer still reports.
            return Make(sentence.Start, saying.Groups["clause"], saying.Groups["sp"], doer, "saying");
        }

        var object_ = ReportedObject().Match(value);
        if (object_.Success && parser.Parse(object_.Groups["sp"].Value) is { Form: not SpeakerForm.Pronoun } observer)
        {
            // "Residents of several front-line towns reported a quieter night than usual, though not a silent one": what a
            // named observer reports seeing is their statement, up to the first comma.
            return Make(sentence.Start, object_.Groups["clause"], object_.Groups["sp"], observer, "reported");
        }

        // "Kyiv accused Moscow of preparing a new offensive": one accuser reports what the other side is doing; sides that
        // accuse "each other" report nothing either can be held to.
        var accusation = Accusation().Match(value);
        if (accusation.Success && parser.Parse(accusation.Groups["sp"].Value) is { } accuser)
        {
            var accused = Make(sentence.Start, accusation.Groups["clause"], accusation.Groups["sp"], accuser, "accused");
            if (AddingThat().Match(text, accused.Start, accused.End - accused.Start) is { Success: true } tail)
            {
                // "The ministry accused Kyiv of trying to wreck the truce, saying drones had hit a depot": the accusation ends
                // where the accuser's own account begins, which follows as a second report.
                accused = accused with { End = tail.Index };
            }

            return accused;
        }

        return ParticipleReport(layout, sentence);

        Pending Make(int origin, Group clause, Group speakerGroup, SpeakerPhrase speaker, string cue) =>
            MakeAt(origin, clause.Index, clause.Length, speakerGroup.Index, speaker, cue);

        Pending MakeAt(int origin, int clauseIndex, int clauseLength, int speakerIndex, SpeakerPhrase speaker, string cue)
        {
            var start = origin + clauseIndex;
            var end = start + clauseLength;
            if (Dateline().Match(text, start, end - start) is { Success: true } dateline
                && (dateline.Value.Contains('(', StringComparison.Ordinal) || dateline.Groups["city"].Value.All(c => !char.IsLower(c))))
            {
                // "KRAMATORSK, Ukraine (AP) — Russian forces have pushed …, Moscow said": the dateline says where the copy was filed, not what was said.
                start += dateline.Length;
            }

            if (clauseIndex > speakerIndex && ReportAppositive().Match(text, start, end - start) is { Success: true } appositive)
            {
                // "Pakistan's military said Indian drones had been shot down over Lahore, a claim New Delhi denied": the appositive
                // is the narration's comment on the report, not part of it.
                end = appositive.Index;
            }

            if (cue != "according to" && text.IndexOf(", according to ", start, end - start, StringComparison.Ordinal) is > 0 and var according)
            {
                // "… that Tehran would abide by the ceasefire, according to the official IRNA news agency": who carried the
                // words is attribution, not part of them.
                end = according;
            }

            while (end > start && (text[end - 1] is '.' or ',' or ' '))
            {
                end--;
            }

            var firstWord = cue.StartsWith("according", StringComparison.Ordinal) ? "according to" : cue.Split(' ')[0];
            return new Pending(start, end, "reported", new Attribution(origin + speakerIndex, speaker, cue.StartsWith("told", StringComparison.Ordinal) ? "told" : firstWord));
        }
    }

    // "We talked about an exchange of 1,000 for 1,000. … next steps - Umerov said.", "… for three years. - reports the
    // Coordination Headquarters.": agency copy that strips quote marks closes a block of words with a dash and its speaker;
    // the paragraph up to the dash is what was said.
    private Pending? DashAttributed(ArticleLayout layout, TextSpan sentence)
    {
        var text = layout.Text;
        var match = DashSpeaker().Match(text, sentence.Start, sentence.Length);
        if (!match.Success)
        {
            return null;
        }

        var paragraph = layout.Paragraphs[layout.ParagraphAt(sentence.Start)];
        var start = paragraph.Start;
        var end = match.Index;
        while (end > start && text[end - 1] is '.' or ',' or ' ')
        {
            end--;
        }

        if (CountWords(text, start, end) < 4 || text.AsSpan(start, end - start).IndexOfAny("\"\u201C\u201D") >= 0
            || (parser.Parse(match.Groups["sp"].Value) ?? Document(match.Groups["sp"].Value)) is not { } speaker)
        {
            return null;
        }

        return new Pending(start, end, "reported", new Attribution(match.Groups["sp"].Index, speaker, match.Groups["cue"].Value));
    }

    // "special forces of the Ukrainian Defense Ministry's Main Directorate of Intelligence": a body named as the owner of
    // another named body is mentioned only to say whose unit that is; a later "the ministry" means a ministry that was told
    // of as such.
    private static bool OwnsANamedUnit(string text, int end) =>
        end + 3 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's' && text[end + 2] == ' ' && char.IsUpper(text[end + 3]);

    private List<(int Position, SpeakerPhrase Phrase)> Introductions(ArticleLayout layout)
    {
        var result = new List<(int, SpeakerPhrase)>();
        var tokens = layout.Tokens;
        for (var i = 0; i < tokens.Count - 2; i++)
        {
            if (!SpeakerParser.IsRoleWord(tokens[i].Value) || tokens[i].Value is "of" or "for" or "and" || !char.IsUpper(tokens[i + 1].Value[0]))
            {
                // "… a televised meeting with Valery Gerasimov, the chief of …": a full name without a title.
                if (SpeakerParser.IsNameWord(tokens[i].Value) && SpeakerParser.IsNameWord(tokens[i + 1].Value) && Touching(i)
                    && !parser.NamesPlace(tokens[i].Value) && !parser.NamesPlace(tokens[i].Value + " " + tokens[i + 1].Value) && !parser.NamesPlace(tokens[i + 1].Value)
                    && (!tokens[i].SentenceStart || AppositiveFollows(i) || PublicFigures.Find(tokens[i].Value + " " + tokens[i + 1].Value) is not null) && (i == 0 || tokens[i - 1].Value is not ("the" or "of" or "for" or "The" or "at" or "told" or "tells" or "on" or "via"))
                    && !Facilities.Contains(tokens[i + 1].Value))
                {
                    var nameEnd = i + 2;
                    if (nameEnd < tokens.Count && SpeakerParser.IsNameWord(tokens[nameEnd].Value) && Touching(nameEnd - 1))
                    {
                        nameEnd++;
                    }

                    if ((nameEnd < tokens.Count && Touching(nameEnd - 1) && char.IsUpper(tokens[nameEnd].Value[0])
                            && ServiceDescription.IsUnit(tokens[nameEnd].Value))
                        || (i > 0 && Ordinal().IsMatch(tokens[i - 1].Value)))
                    {
                        // "the 5th Separate Assault Brigade", "the 12th Special Purpose Brigade": capitalised words that a unit's
                        // number opens or its head noun ends name the unit, not a person.
                        i = nameEnd - 1;
                        continue;
                    }

                    result.Add((tokens[i].Start, new SpeakerPhrase(SpeakerForm.Name, layout.Text[tokens[i].Start..tokens[nameEnd - 1].End], ApposedRole(layout.Text, tokens[nameEnd - 1].End) ?? RoleBefore(layout.Text, tokens[i].Start))
                    {
                        Subject = OpensItsSentence(layout, tokens[i].Start, tokens[nameEnd - 1].End),
                    }));
                    i = nameEnd - 1;
                }

                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && end - i <= 3 && SpeakerParser.IsNameWord(tokens[end].Value) && Touching(end - 1))
            {
                end++;
            }

            // "President Vladimir Putin's foreign policy aide": the name in the possessive introduces the person too.
            var possessive = end < tokens.Count && end - i <= 3 && Touching(end - 1) && PossessiveName(tokens[end].Value);
            if (possessive)
            {
                end++;
            }

            if (end - (i + 1) < 2)
            {
                continue;
            }

            var from = Math.Max(0, i - 6);
            while (from < i && tokens[from].Start < layout.Sentences[Math.Max(0, layout.SentenceAt(tokens[i].Start))].Start)
            {
                from++;
            }

            // "Neither Israeli Prime Minister Benjamin Netanyahu nor …": words before the title that no name takes ("Neither",
            // "alongside") do not stop the title and name from introducing the person; the longest phrase that parses does.
            for (var opening = from; opening <= i; opening++)
            {
                var phrase = layout.Text[tokens[opening].Start..(possessive ? tokens[end - 1].End - 2 : tokens[end - 1].End)];
                var comma = phrase.LastIndexOf(',');
                var phraseStart = tokens[opening].Start;
                if (comma >= 0)
                {
                    phrase = phrase[(comma + 1)..];
                    phraseStart += comma + 1;
                }

                if (parser.Parse(phrase) is { Form: SpeakerForm.Name } person)
                {
                    person = person with { Subject = !possessive && OpensItsSentence(layout, phraseStart, tokens[end - 1].End) };
                    result.Add((tokens[i].Start, person.Role is null && !possessive ? person with { Role = ApposedRole(layout.Text, tokens[end - 1].End) } : person));
                    break;
                }
            }

            i = end - 1;
        }

        // "the head of the International Atomic Energy Agency", "the Washington-based Institute for the Study of War": an
        // organisation named in full in the narration, which a later acronym or short form ("the IAEA", "the think tank") means.
        foreach (Match named in NamedOrganisation().Matches(layout.Text))
        {
            if (!IsHeadline(layout, layout.ParagraphAt(named.Index)) && named.Groups["org"].Value.Contains(' ', StringComparison.Ordinal)
                && !OwnsANamedUnit(layout.Text, named.Index + named.Length))
            {
                result.Add((named.Index, new SpeakerPhrase(SpeakerForm.Organisation, named.Groups["org"].Value, null) { Mention = true }));
            }
        }

        // "Reports say the Sudanese Armed Forces (SAF) bombed …": a name followed by its acronym in brackets is the body a later
        // "SAF said" means, though the name itself speaks nowhere; words before the name that the acronym does not spell are dropped.
        foreach (Match defined in BracketedAcronym().Matches(layout.Text))
        {
            if (IsHeadline(layout, layout.ParagraphAt(defined.Index)))
            {
                continue;
            }

            var words = defined.Groups["org"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var skip = 0; skip < words.Length - 1; skip++)
            {
                if (SpeakerRegistry.Spells(words[skip..], defined.Groups["acr"].Value))
                {
                    result.Add((defined.Index, new SpeakerPhrase(SpeakerForm.Organisation, string.Join(' ', words[skip..]), null) { Mention = true }));
                    break;
                }
            }
        }

        // "Olena, 49, whose son returned …": a first name with an age in apposition is a person.
        foreach (Match age in NameWithAge().Matches(layout.Text))
        {
            var name = age.Groups["name"].Value;
            if (SpeakerParser.IsNameWord(name.Split(' ')[0]) && !parser.NamesPlace(name))
            {
                result.Add((age.Index, new SpeakerPhrase(SpeakerForm.Name, name, null)));
            }
        }

        // "Among those freed was Oleksandr, a marine taken prisoner in Mariupol", "a retired railway worker named Petro",
        // "Another soldier, Serhii, …": a first name in apposition with a noun for a person, or given to one, introduces that person.
        foreach (Match apposed in NameApposition().Matches(layout.Text))
        {
            var name = apposed.Groups["name"].Value;
            if (SpeakerParser.IsNameWord(name.Split(' ')[0]) && SpeakerParser.IsPersonNoun(apposed.Groups["head"].Value)
                && (apposed.Value.EndsWith(name, StringComparison.Ordinal) || !parser.NamesPlace(name))
                && !IsHeadline(layout, layout.ParagraphAt(apposed.Index)))
            {
                result.Add((apposed.Groups["name"].Index, new SpeakerPhrase(SpeakerForm.Name, name, null)));
            }
        }

        foreach (var sentence in layout.Sentences)
        {
            // "A Ukrainian infantryman with the call sign "Taras" described …", "Back at the post, a soldier flew a drone": a person
            // introduced by a description as the subject of the narration is whom a following "he said" means.
            var described = DescribedSubject().Match(layout.Text, sentence.Start, sentence.Length);
            if (described.Success && parser.Parse(described.Groups["np"].Value) is { Form: SpeakerForm.Description } newcomer
                && !newcomer.Name.EndsWith('s') && !IsHeadline(layout, layout.ParagraphAt(sentence.Start)))
            {
                result.Add((described.Groups["np"].Index, newcomer));
            }

            // "The drone operator who goes by the call sign "Khmara" has watched …", "The brigade's deputy commander goes by the call
            // sign "Bankir."": the person a feature introduces by their call sign is whom the next "he said" means.
            var signed = CallSignSubject().Match(layout.Text, sentence.Start, sentence.Length);
            if (signed.Success && parser.Parse(signed.Groups["np"].Value) is { Form: SpeakerForm.Description or SpeakerForm.Organisation } soldier
                && !IsHeadline(layout, layout.ParagraphAt(sentence.Start)))
            {
                // Someone with a call sign is a person ("the drone operator", not a company that operates a grid), and someone the
                // article introduces as new, not the holder of a similar role named before ("a platoon commander").
                result.Add((signed.Groups["np"].Index, new SpeakerPhrase(SpeakerForm.Description, soldier.Name, null) { Indefinite = true }));
            }

            // "The Ukrainian president also thanked Starmer.", "Zelensky also thanked Starmer.": a person already known,
            // as the subject of the narration, is the one a following "he" means.
            var mention = KnownSubject().Match(layout.Text, sentence.Start, sentence.Length);
            if (mention.Success && parser.Parse(mention.Groups["np"].Value) is { Form: SpeakerForm.Name or SpeakerForm.Description } mentioned)
            {
                result.Add((sentence.Start, mentioned with { Mention = true }));
            }

            // "His office later issued a statement.", "The Foreign Ministry released a statement on Tuesday": the body that issues
            // a statement is whom a following "the statement said" means, whoever was quoted before it.
            var issuer = IssuedStatement().Match(layout.Text, sentence.Start, sentence.Length);
            if (issuer.Success && parser.Parse(issuer.Groups["np"].Value) is { Form: SpeakerForm.Organisation or SpeakerForm.Name } issuing
                && !IsHeadline(layout, layout.ParagraphAt(sentence.Start)))
            {
                result.Add((issuer.Groups["np"].Index, issuing));
            }

            var subject = SentenceSubject().Match(layout.Text, sentence.Start, sentence.Length);
            if (subject.Success && parser.Parse(subject.Groups["np"].Value) is { Form: SpeakerForm.Organisation } organisation)
            {
                result.Add((sentence.Start, organisation));
            }
        }

        return result;

        // Words of one name touch: a single space apart on one line. A headline's last word and the dateline under it ("… after
        // El Fasher" / "Port Sudan (AFP)") are one character apart too, but a line break ends every name.
        bool Touching(int left) => tokens[left + 1].Start - tokens[left].End == 1 && layout.Text[tokens[left].End] is ' ' or '\u00A0';

        // "Jonathan Powell, the British adviser, joined …": a name opening its sentence is a person when a comma follows it,
        // or when it is a listed public figure ("Steve Witkoff met Putin …"), whom a later "the U.S. envoy" may mean.
        bool AppositiveFollows(int first)
        {
            var last = first + 1;
            if (last + 1 < tokens.Count && SpeakerParser.IsNameWord(tokens[last + 1].Value) && Touching(last))
            {
                last++;
            }

            var after = tokens[last].End;
            return after < layout.Text.Length && layout.Text[after] == ',';
        }
    }

    [GeneratedRegex(@"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:footage|video|videos|images|pictures|photos|recordings?|clips?)\b")]
    private static partial Regex Footage();

    // "the official IRNA news agency", "state television", "Russian state media": an outlet that reports what others said.
    [GeneratedRegex(@"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")]
    private static partial Regex DottedAcronymCut();

    [GeneratedRegex(@"\G\s*(?:[Aa]ccording\s+to|[Cc]iting)\s+(?<sp>[^,;""\u201C\u201D]{2,60}),\s*$")]
    private static partial Regex AccordingBeforeQuote();

    [GeneratedRegex(@",\s+(?<outlet>[^,;""\u201C\u201D]{2,40}?)\s+(?:reported|reports|said|says)\.?\s*$")]
    private static partial Regex OutletTail();

    // "India Today", "Tolo News", "The Times of Israel", "Reuters": a news outlet by its own name.
    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:News|Today|Times|Post|Daily|Herald|Tribune|Journal|Gazette|Express|Telegraph|Guardian|Independent)(?:\s+of\s+[A-Z][\w-]+)?|Times\s+of\s+[A-Z][\w-]+|Reuters|AFP|AP|TASS|Interfax|Ukrinform|UNN|Xinhua|Anadolu(?:\s+Agency)?|IRNA|WAFA|RIA\s+Novosti|Al\s+Jazeera)\s*$")]
    private static partial Regex OutletName();

    [GeneratedRegex(@"^(?:the\s+|an?\s+)?(?:[\w.'\u2019-]+\s+){0,4}?(?:news\s+agency|agency|television|TV|broadcaster|newspaper|outlet|media|radio|channel)\s*$")]
    private static partial Regex NewsOutlet();

    [GeneratedRegex(@"^\s*(?<sp>[^,;""\u201C\u201D]{2,80}?)\s+(?:said|says|claimed|reported|added)\b[^;]*\b(?:what|which)\s+(?:it|he|she|they)\s*$")]
    private static partial Regex SaidBeforePronoun();

    [GeneratedRegex(@"^\s*(?<sp>[^,;""\u201C\u201D]{2,60}?)\s+(?:(?:later|also|then|again|earlier)\s+)?(?:said|says|wrote|writes|posted|told\s+[\w.]+(?:\s+[\w.]+)?|added|insisted|claimed|stated|explained)\b[^;""\u201C\u201D]{0,60}?\bthat\s+(?:he|she)(?:\s+(?:had|has|would|was|is|will|could))?\s*$")]
    private static partial Regex ReporterOfPronoun();

    [GeneratedRegex(@"^(?<sp>[^,;""\u201C\u201D]{2,80}?)\s+(?:(?:also|again|later|quickly|swiftly|flatly)\s+)?(?:rejected|denied|dismissed|disputed|refuted|responded|reacted|welcomed|condemned|criticised|criticized|declined\s+to\s+(?:comment|elaborate|give|say|discuss))\b[^,;""\u201C\u201D]{0,60},\s+saying(?:\s+only)?(?:\s+that)?\s+(?<clause>(?![""\u201C])[^.].{10,})$")]
    private static partial Regex SayingAfterDeed();

    private static bool PossessiveName(string word) =>
        (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) && word.Length > 3 && SpeakerParser.IsNameWord(word[..^2]);

    [GeneratedRegex(@"\b(?:said|says|say|told|added|wrote|posted|warned|warns|stated|claimed|claims|announced|insisted|insists|argues|stressed|noted|confirmed|reported|acknowledged|argued|alleged|declared|cautioned|estimated|assessed|admitted|conceded|predicted|believes?|saying|maintained|demands|demanded|made\s+(?:it\s+)?clear|report|reports|reiterated|tweeted|replied|explained|complained|denied|denies|deny|quoted|accused|[Aa]ccording to|emphasi[sz]e[sd]|underlined|underlines|underscored|underscores|revealed|reveals|remarked|stresses|states|notes|adds|suggested|suggests|concluded|countered|informed|recalled|observed|asserted|asserts|confirms|acknowledges|explains|alleges|maintains|estimates|assesses|writes|warns|claims|insists|argues|responded|commented|speculate[sd]?|pointed\s+out)\b")]
    private static partial Regex ReportingWord();

    [GeneratedRegex(@"^(?<sp>[^;""\u201C\u201D]{2,160}?)\s+(?:(?:has|had|have|also|again|repeatedly|previously|earlier|later|then|on\s+\w+day)\s+)*accused\s+(?!each\s+other\b|one\s+another\b|the\s+other\b)(?<target>[^,;""\u201C\u201D]{1,80}?)(?:\s+on\s+\w+day)?\s+of\s+(?<clause>[a-z][^""\u201C\u201D]{4,})$")]
    private static partial Regex Accusation();

    [GeneratedRegex(@"\G(?:(?:But|And|Yet|Then)\s+)?(?:(?:[A-Za-z]+\s+){0,3}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night|later|Later|then|Then),\s+|(?:Back|Later|Meanwhile|Elsewhere|Outside|Inside)\b[\w\s]{0,30},\s+|(?:At|By|After|Before)\s+[\w\s]{2,30},\s+(?:(?:as|when|while)\s+[^,;""\u201C\u201D]{2,80},\s+)?)?(?<np>(?:The (?:[A-Z][\w.'\u2019-]*\s+)?(?:president|leader|prime minister)|(?:Mr\.? |Mrs\.? |Ms\.? |DG |Gen\.? |Lt\.? Gen\.? |Maj\.? Gen\.? |Col\.? |Brig\.? |Adm\.? |Capt\.? )?[A-Z][\p{L}'\u2019-]+))(?:,\s+(?:however|meanwhile|though|too|in turn|for (?:his|her) part),|,\s+(?:who|whose)\s+[^,;""\u201C\u201D]{3,150},)?\s+(?:himself\s+|herself\s+)?(?:also\s+|later\s+|then\s+|still\s+|now\s+|previously\s+|earlier\s+|recently\s+|again\s+|first\s+)?(?:[a-z]+ed|met|spoke|held|made|gave|took|thanked|went|spent|flew|left|sat|stood|came|began|kept|ran|drove|was|had|[a-z]{2,}(?<!ss|ou|u|i)s)\b")]
    private static partial Regex KnownSubject();

    [GeneratedRegex(@"\G(?<np>(?:The |the )?(?:[A-Z][\w'\u2019.-]*\s+|\d{1,3}(?:st|nd|rd|th)\s+){0,4}(?:(?:defen[cs]e|foreign|interior|air|armed|general|health|emergencies|emergency|army|assault|mechani[sz]ed|separate|marine|territorial|special|operations)\s+){0,2}(?:[Mm]inistry|Staff|Command|Kremlin|Office|Service|Agency|Administration|Guard|Directorate|[Aa]rmy|[Mm]ilitary|[Nn]avy|[Ff]orce|[Aa]uthorities|[Gg]overnment|[Cc]orps|[Bb]rigade|[Bb]attalion|[Rr]egiment|[Dd]ivision))\b(?:,\s+(?:in|on|at|via|through)\s+[^,;""\u201C\u201D]{2,80},)?(?=\s+(?:did|has|had|is|was|also|have|on|said|says|gave|issued|published|released|posted|made|held|sent|took|put|began|[a-z]{3,}ed)\b)")]
    private static partial Regex SentenceSubject();

    [GeneratedRegex(@"(?:\b(?:The|A|An|On|In|At|But|And|After|While|When|Last|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|\b[\w.]+-based\s+)*(?<org>(?=[A-Z])(?:[A-Z][\p{L}'\u2019-]+\s+)?(?:(?:of|for|the|and|on)\s+|[A-Z][\p{L}'\u2019-]+\s+){0,5}(?:Agency|Organi[sz]ation|Institute|Office|Committee|Council|Fund|Programme|Commission|Court|Staff|Ministry|Service|Observatory|Foundation|Center|Centre|Monitor|Red Cross|Crescent|Headquarters)(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+(?:(?:of|and)\s+)?[A-Z][\p{L}-]+)*)?)\b")]
    private static partial Regex NamedOrganisation();

    // "a drone launched by the Coastal Defence Brigade … the CDB said": each acronym the article writes, with the run of
    // capitalised words before its first use whose initials it spells (no place: "the US" stays as written).
    private List<(string Acronym, string Name)> SpelledNames(ArticleLayout layout)
    {
        var tokens = layout.Tokens;
        var result = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < tokens.Count; k++)
        {
            var acronym = tokens[k].Value;
            if (acronym.Length is < 2 or > 6 || !acronym.All(char.IsUpper) || !seen.Add(acronym))
            {
                continue;
            }

            for (var i = k - 1; i >= 0; i--)
            {
                if (SpelledRun(layout, i, k, acronym) is { } name)
                {
                    result.Add((acronym, name));
                    break;
                }
            }
        }

        return result;
    }

    // The capitalised words from token start on, up to end, whose initials spell the acronym, if any.
    private string? SpelledRun(ArticleLayout layout, int start, int end, string acronym)
    {
        var tokens = layout.Tokens;
        if (!tokens[start].IsCapitalised || tokens[start].Value.All(char.IsUpper))
        {
            return null;
        }

        var words = new List<string> { tokens[start].Value };
        for (var j = start + 1; j < end && words.Count < acronym.Length + 3; j++)
        {
            if (!string.IsNullOrWhiteSpace(layout.Text[tokens[j - 1].End..tokens[j].Start]) || !(tokens[j].IsCapitalised || tokens[j].Value is "of" or "for" or "and"))
            {
                break;
            }

            words.Add(tokens[j].Value);
            if (tokens[j].IsCapitalised && words.Count > 1 && SpeakerRegistry.Spells(words, acronym))
            {
                var name = layout.Text[tokens[start].Start..tokens[j].End];
                return parser.NamesPlace(name) ? null : name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<org>\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+){0,2}\p{Lu}[\p{L}'\u2019-]*){1,7})\s+\((?<acr>\p{Lu}[\p{Lu}-]{1,7})\)")]
    private static partial Regex BracketedAcronym();

    // "He displayed images of the debris, explaining that the wreckage was being collected": the participle's subject is the
    // main clause's, who says what follows "that".
    private Pending? ParticipleReport(ArticleLayout layout, TextSpan sentence)
    {
        if (ExplainingThat().Match(layout.Slice(sentence)) is not { Success: true } participle || parser.Parse(participle.Groups["sp"].Value) is not { } subject)
        {
            return null;
        }

        var clause = participle.Groups["clause"];
        return new Pending(sentence.Start + clause.Index, sentence.Start + clause.Index + clause.Length, "reported",
            new Attribution(sentence.Start + participle.Groups["sp"].Index, subject, participle.Groups["cue"].Value));
    }

    [GeneratedRegex(@"^(?<sp>(?:He|She|They|It)|(?:The\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:also\s+)?[a-z]{3,}ed\b[^,;""\u201C\u201D]{0,150},\s+(?<cue>explaining|saying|noting|stressing|warning|claiming|insisting|arguing|adding)\s+that\s+(?<clause>(?![""\u201C])[^""\u201C\u201D]{10,}?)\.?$")]
    private static partial Regex ExplainingThat();

    // "This was stated by the Minister of Defense, Rustem Umerov, following the negotiations.", "This was reported by the
    // Coordination Headquarters, UNN reports."
    [GeneratedRegex(@"^(?:This|That)\s+was\s+(?:also\s+)?(?<cue>stated|reported|announced|said|noted|declared|written|posted)\s+by\s+(?<sp>(?:(?!\s(?:said|says|and|but|while)\s)[^.;""\u201C\u201D]){2,160}?)(?:,\s+(?:following|after|during|while|in|at|on)\s[^.;""\u201C\u201D]{2,80}|,\s+[\w.-]+\s+(?:reports|reported|writes|informs))?\.\s*$")]
    private static partial Regex PointerBack();

    [GeneratedRegex(@"(?:^|\s)[-\u2013\u2014]\s+(?:(?<cue>said|says|added|stated|informs|reports|writes|noted)\s+(?<sp>[^.,;""\u201C\u201D]{2,80}?)|(?<sp>[^.,;""\u201C\u201D\u2013\u2014-]{2,60}?)\s+(?<cue>said|says|added|stated|noted|reported|informed|reads))\s*\.?\s*$")]
    private static partial Regex DashSpeaker();

    [GeneratedRegex(@"\b(?<np>[A-Z][\p{L}-]+)\s+(?:[a-z]+ed|began|struck|hit|fired|said)\b")]
    private static partial Regex CountrySubject();

    [GeneratedRegex(@"^\s*(?<np>[^,""\u201C\u201D]{2,80}?)\s+(?:[a-z]+ed|rejected|dismissed|denied|gave|took|made|put|struck|hit|held|sent|issued|went|came|spoke|wrote|met|told)\s[^""\u201C\u201D]*,\s*$")]
    private static partial Regex ParticipleSubject();

    [GeneratedRegex(@"\bdescribed\s+by\s+(?<sp>[^,;""\u201C\u201D]{2,80}?)\s+as\s+(?:(?:the|a|an)\s+[^,;""\u201C\u201D]{0,40}?)?$")]
    private static partial Regex DescribedBy();

    [GeneratedRegex(@"\b(?:in which|on which|(?<=\w\s)(?:that|which)(?=\s+[A-Z])|during which|after which|when|where|while|because|(?:came|come|comes|coming)\s+as|(?:a|one|two|three|the)\s+(?:day|days|week|weeks|hours?)\s+(?:after|before))\s+")]
    private static partial Regex RelativeStart();

    [GeneratedRegex(@"^\s+(?:to|on|with|upon)\s+(?:an?|the|its|their)?\s*$")]
    private static partial Regex AgreedTo();

    // "The Hostages and Missing Families Forum said": an "and" between capitalised words of one body's name opens no clause —
    // the capitalised run around it, read whole, is an organisation whose name holds the "and".
    private bool JoinsOneBody(string phrase, Match boundary)
    {
        if (!boundary.Value.StartsWith("and", StringComparison.Ordinal) || boundary.Index < 2 || !char.IsLetter(phrase[boundary.Index - 2]))
        {
            return false;
        }

        // The start of the run of capitalised words that ends right before the "and".
        var start = boundary.Index - 1;
        while (start > 0)
        {
            var space = phrase.LastIndexOf(' ', start - 1);
            var wordStart = space + 1;
            if (wordStart >= start || !char.IsUpper(phrase[wordStart]))
            {
                break;
            }

            start = space < 0 ? 0 : space;
        }

        var run = phrase[start..].TrimStart();
        return parser.Parse(run) is { Form: SpeakerForm.Organisation } body && body.Name.Contains(" and ", StringComparison.Ordinal);
    }

    // "Daina Berzina, the Latvian interior minister, arrived …", "Rustem Umerov, Ukraine's chief negotiator, led …": the role in
    // apposition after a name introduced in the narration, which a later "the Latvian interior minister said" refers back to.
    private static string? ApposedRole(string text, int nameEnd)
    {
        var apposed = ApposedRolePhrase().Match(text, nameEnd);
        if (!apposed.Success || apposed.Index != nameEnd)
        {
            return null;
        }

        var role = apposed.Groups["role"].Value;
        var head = role[(role.LastIndexOf(' ') + 1)..];
        return SpeakerParser.IsPersonNoun(head) ? role : null;
    }

    // "led by Latvia's foreign minister, Janis Kalnins", "met the Latvian foreign minister, Janis Kalnins": the role in its own
    // comma segment right before a name introduced in the narration.
    private static string? RoleBefore(string text, int nameStart)
    {
        var from = Math.Max(0, nameStart - 80);
        var before = RolePhraseBefore().Match(text, from, nameStart - from);
        if (!before.Success)
        {
            return null;
        }

        var role = before.Groups["role"].Value;
        var head = role[(role.LastIndexOf(' ') + 1)..];
        return SpeakerParser.IsPersonNoun(head) && SpeakerParser.IsRoleWord(head) ? role : null;
    }

    [GeneratedRegex(@"(?:\b(?:the|The|a|an)\s+|(?=\b\p{Lu}[\p{L}.-]*['\u2019]s\s))(?<role>\p{L}[\p{L}.'\u2019-]*(?:\s+[\p{L}][\p{L}.'\u2019-]*){0,4}),\s$")]
    private static partial Regex RolePhraseBefore();

    [GeneratedRegex(@"\G,\s+(?:(?:the|a|an)\s+)?(?<role>(?!(?:the|a|an|who|whom|which|whose|and|but|as|in|on|at|said|says|told)\b)\p{L}[\p{L}.'\u2019-]*(?:\s+\p{L}[\p{L}.'\u2019-]*){0,5}),")]
    private static partial Regex ApposedRolePhrase();

    [GeneratedRegex(@"(?<name>\b[A-Z][\p{L}'\u2019-]+(?: [A-Z][\p{L}'\u2019-]+)?), (?:aged )?\d{1,3},")]
    private static partial Regex NameWithAge();

    [GeneratedRegex(@"\b(?:(?<name>[A-Z][\p{L}'\u2019-]+(?: [A-Z][\p{L}'\u2019-]+)?), an? (?:[\w'\u2019-]+ ){0,4}?(?<head>[a-z][\w-]+)(?= (?:who|whose|with|from|in|at|of|taken|held|for|living|serving|based|now|since)\b|[,.;:]|\s*$)|\b(?:an?|[Hh]er|[Hh]is|[Tt]heir) (?:[\w'\u2019-]+ ){0,4}?(?<head>[a-z][\w-]+) (?:named|called) (?<name>[A-Z][\p{L}'\u2019-]+(?: [A-Z][\p{L}'\u2019-]+)?)|\b(?:[Aa]nother|[Aa]|[Aa]n|[Oo]ne) (?:[\w'\u2019-]+ ){0,3}?(?<head>[a-z][\w-]+), (?<name>[A-Z][\p{L}'\u2019-]+(?: [A-Z][\p{L}'\u2019-]+)?)(?=,))")]
    private static partial Regex NameApposition();

    [GeneratedRegex(@"^(?:[^,]{2,60},\s+)?(?<np>[^,]+?)\s+(?:[a-z]+ed|(?:did|would|could)\s+not\s+[a-z]+)\b.*\b(?:and|but)$")]
    private static partial Regex SubjectBeforeVerb();

    // "an idea Zelenskyy", "a plan the Kremlin", "a move which Kyiv": a noun with its article, then the subject of a relative
    // clause that has no "that" (the noun is what the clause says something about).
    // "…, something he said indicated that": "something" with a pronoun is such a clause too.
    [GeneratedRegex(@"(?:^|[,;]\s+|\s)(?:(?:an?|the|what)\s+(?:[a-z][\w-]*\s+){0,3}?(?:(?:that|which)\s+)?(?<sp>(?:the\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})|(?<=,\s+)something\s+(?<sp>he|she|they|it))$")]
    private static partial Regex GapRelative();

    // What such a relative clause says, its subject missing: it opens on the verb ("would have to be put to a referendum").
    [GeneratedRegex(@"^(?:would|will|was|were|is|are|had|has|could|might|must|should|can|indicated|showed|meant|proved|suggested|amounted)\b")]
    private static partial Regex GapClause();

    [GeneratedRegex(@"\bwith\s+(?<sp>[^""\u201C\u201D;]{2,100}?),?\s*(?:also\s+|later\s+)?$")]
    private static partial Regex WithSubject();

    [GeneratedRegex(@"\b(?:would|will|could|might|may|can|should|to|not|n't|what|whether)\s*$")]
    private static partial Regex UnsaidSay();

    // A "that" clause missing its subject ("that would …") or with a gap after a verb of thinking ("that it hopes will …").
    [GeneratedRegex(@"^(?:(?:would|will|was|were|is|are|had|has|could|might|can)\b|(?:it|he|she|they|we|I)\s+[a-z]+\s+(?:would|will|was|were|is|are|could|might|can)\b)")]
    private static partial Regex ThatGap();

    [GeneratedRegex(@"\b(?:in|on|at|of|for|from|by|with|after|before|during|into|since|under)$")]
    private static partial Regex PrepositionBeforeThat();

    // Whom or when a cue verb tells before "that": "warned reporters that", "claimed on Monday that".
    [GeneratedRegex(@"^(?:(?:on|in|at|to|during|after|before|late|early|earlier|again|also|repeatedly|publicly|privately|last|this|later|once|him|her|them|us|me|reporters|journalists|lawmakers|parliament|allies|leaders|officials|the\s+\p{Lu})\b|\p{Lu})")]
    private static partial Regex ObjectOfCue();

    [GeneratedRegex(@"^\s*,?\s*according to (?<sp>[^""\u201C\u201D.;:!?]{2,120}?)\s*(?:[.;,]|$)")]
    private static partial Regex AccordingAfter();

    [GeneratedRegex(@"^\s*,?\s*(?<cue>" + Cues + @")\s+(?<sp>(?:[^""\u201C\u201D.;:!?]|" + AbbreviationStop + @"){2,150}?)\s*(?:(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sen|Rep|Gov|Sgt|Capt|Adm|Brig|Cmdr|Prof|Rev|St))[.;!?]|$|(?=,\s+(?:who|which)\b))")]
    private static partial Regex InvertedAfter();

    [GeneratedRegex(@"^\s*,?\s*(?<sp>(?:[^""\u201C\u201D.;:!?]|" + AbbreviationStop + @"){1,110}?)\s+(?:(?:has|had|also|later|then|again|have)\s+)*(?<cue>" + Cues + @")\b")]
    private static partial Regex SpeakerFirstAfter();

    // A clause of its own: "as it weighed …", "while lawmakers in Kyiv", "as European leaders".
    [GeneratedRegex(@"^(?:as|while|whereas|although|though|when|after|before|because|since|but|and|even as)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NewClause();

    [GeneratedRegex(@"\G\s*\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2},(?=\s+(?:the|a|an|\p{Lu}[\p{L}.'\u2019-]*)\s[^,.]{0,60}?\b(?:said|says|added|told|stated|reported)\b)")]
    private static partial Regex QuotedPhraseRunsOn();

    [GeneratedRegex(@",\s+(?:but|and|while|whereas|although|though|yet|even\s+as)\s")]
    private static partial Regex ClauseAfterComma();

    [GeneratedRegex(@",\s+(?:who|which|adding|as|in|on|at|after|when|speaking|during)\b.*$")]
    private static partial Regex AppositiveEnd();

    // "… who goes by the call sign Khmara", "…, a former teacher with the call sign Dyrektor", "… known by his nom de guerre Lys":
    // a clause at the end of a speaker's description that gives their call sign, with any appositive that carries it.
    [GeneratedRegex(@"(?:,\s+(?:an?|the)\s+[^,]{2,80}?)?,?\s+(?:(?:who|which)\s+(?:goes|went|is|was|asked|wished|wanted)\s+(?:by|known\s+by|to\s+be\s+identified\s+(?:only\s+)?by)|with|known\s+(?:by|as)|using|under|by)\s+(?:the\s+|his\s+|her\s+)?(?:call\s*sign|callsign|nom\s+de\s+guerre|nickname)\b.*$")]
    private static partial Regex CallSignClause();

    [GeneratedRegex(@"\b[Aa]ccording to (?<sp>[^,""\u201C\u201D]{2,100}?),?\s*$")]
    private static partial Regex AccordingBefore();

    [GeneratedRegex(@"\b(?<cue>" + Cues + @"|called|dismissed|accused|branded|praised|hailed|dubbed|labell?ed|condemned|denounced|slammed|urging|saying|calling|writing|adding|warning|insisting)\b")]
    private static partial Regex CueWord();

    // A coordinator ("and", "but") opens a clause only before a name or a pronoun, since it also joins the parts of one subject
    // ("police and rescue workers"). "as" and "after" are prepositions too ("after the announcement, Trump wrote"): they open a
    // clause before a name, a pronoun, or a definite phrase that runs to the speech verb ("as the White House said"). A
    // subordinator that is never a preposition opens one whatever word follows it ("where doctors said", "while officials said"),
    // and so does a free relative ("in what Russia's defence ministry called").
    [GeneratedRegex(@"(?:\b(?:and|but)\s+(?=[A-Z]|he\b|she\b|they\b|it\b)|\b(?:as|after)\s+(?=[A-Z]|he\b|she\b|they\b|it\b|the\b[^,]*$)|\b(?:while|when|where|because|although|though|whereas)\s+(?=[A-Za-z])|\b(?:in|of|to|with|by|for)\s+what\s+(?=[A-Za-z])|;\s*)")]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"^\s*(?<np>[^,:;""\u201C\u201D]{2,80}?)\s+(?:(?:also|later|then|again|separately)\s+)?(?:issued|released|published|expressed|shared|gave|made|put\s+out|sent)\b[^""\u201C\u201D:]{0,80}:\s*$")]
    private static partial Regex ColonClause();

    [GeneratedRegex(@"^(?:indicated|showed|meant|proved|suggested)\s+that\s+")]
    private static partial Regex IndicatedThat();

    [GeneratedRegex(@"^(?:and|or)\s+[^,]+(?:,\s+\d{1,3})?,\s+(?<sp>\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3})$")]
    private static partial Regex ContinuedClause();

    // A clause that closes on a full name after a comma: "The delegation has all the authority it needs, Vladimir Medinsky".
    [GeneratedRegex(@",\s+(?<name>\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,3})$")]
    private static partial Regex NameClosingClause();

    // A clause with a past-tense verb, then "and" or "but" and a definite subject that runs to the speech verb.
    [GeneratedRegex(@"^[^""\u201C\u201D]*?\b(?:[a-z]{2,}ed|struck|hit|fell|broke|rang|went|came|began|shot|spread|rose|sank|shook|tore|blew)\b[^""\u201C\u201D]*?\s(?:and|but)\s+(?<sp>the\s+[^,""\u201C\u201D]{2,60}?)\s*$")]
    private static partial Regex ClauseBeforeAnd();

    // "Interfax quoted X as", "X was quoted as": the words before "saying" that name the person quoted.
    [GeneratedRegex(@"(?:\bquoted\s+(?<sp>[^""\u201C\u201D]{2,120}?)|^\s*(?<sp>[^""\u201C\u201D]{2,120}?)\s+(?:was|were|is|has been)\s+quoted(?:\s+by\s+[^""\u201C\u201D,]{2,60}?)?)\s+as\s*$")]
    private static partial Regex QuotedAs();

    [GeneratedRegex(@"^\s*(?:[^,.;""\u201C\u201D]{2,80}?\s+quoted\s+(?<sp>[^,.;""\u201C\u201D]{2,80}?)|(?<sp>[^,.;""\u201C\u201D]{2,80}?)\s+(?:was|were|is|has\s+been)\s+quoted(?:\s+by\s+[^,.;""\u201C\u201D]{2,60}?)?)\s+as\s+saying\b")]
    private static partial Regex QuotedAsAfter();

    [GeneratedRegex(@"(?:\b(?:quoted|cited)\s+(?<sp>[^""\u201C\u201D;]{2,120}?)|^(?<sp>[^""\u201C\u201D;]{2,120}?)\s+(?:was|were|is|has been)\s+quoted(?:\s+by\s+[^""\u201C\u201D;,]{2,60}?)?)\s+(?:as\s+)?saying(?:\s+that)?,?\s+(?<clause>[^.].{10,})$")]
    private static partial Regex QuotedAsSaying();

    [GeneratedRegex(@",\s+(?:while|whereas|but|and|though|although|as|(?:days|hours|weeks)\s+after)\s+(?=\S)")]
    private static partial Regex SecondReport();

    [GeneratedRegex(@",\s+(?:a|an)\s+(?:claim|assertion|allegation|charge|accusation|account|figure)\s+(?:that\s+)?(?:which\s+)?(?:\p{Lu}|could|was|has|had|is|it|they|neither|none|not)")]
    private static partial Regex ReportAppositive();

    [GeneratedRegex(@"^As\s+(?:(?:earlier|previously|already)\s+)?(?:reported\s+by\s+(?<sp>[^,""\u201C\u201D]{2,80}?)|(?<sp>[^,""\u201C\u201D]{2,60}?)\s+(?:(?:earlier|previously|already)\s+)?(?:reported|reports|wrote|writes|informed))\s*,\s+(?<clause>(?![""\u201C]).{10,})$")]
    private static partial Regex AsReportedLeading();

    // "According to the Institute for the Study of War, a U.S.-based think tank, Russian forces …": the source may carry an appositive.
    // "According to the health ministry—run by Hamas—at least 25 people …": an appositive set off by dashes ends the source too.
    [GeneratedRegex(@"^(?:(?:In\s+general|Overall|Meanwhile|However|Moreover|Separately|Additionally|In\s+addition|At\s+the\s+same\s+time|Earlier|Later|Previously),\s+)?[Aa]ccording to (?<sp>[^,\u2014\u2013]{2,100}?)(?:, |\s*[\u2014\u2013][^\u2014\u2013,]{2,60}[\u2014\u2013]\s*)(?<clause>.{10,})$")]
    private static partial Regex AccordingLeading();

    [GeneratedRegex(@"^(?<clause>.{10,}?),? according to (?<sp>(?:[^.]|" + AbbreviationStop + @"){2,300}?)\.?$")]
    private static partial Regex AccordingTrailing();

    [GeneratedRegex(@"^(?<clause>[^,].{10,}?),\s+(?<sp>[^,]{2,120}(?:, [^,]{1,60},)?)\s+(?:(?:has|had|also)\s+)?(?<cue>said|says|say|added|adds|warned|warns|stated|claimed|claims|announced|reported|reports|report|confirmed|confirms|insisted|insists|wrote|writes|posted|acknowledged|acknowledges|reiterated|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|noted|notes|explained|explains|alleged|alleges|declared|argued|argues|asserted|maintained|maintains|predicted|assessed|assesses|estimated|estimates|believes|concluded|replied|responded|recalled|remarked|observed|countered|conceded|admitted|cautioned|commented|pointed\s+out|told\s+(?:(?!\b(?:he|she|they|it|that|we)\b)[^.,]){2,40}?)(?:\s+(?:on|in|at(?!\s+(?:least|most)\b)|late|early|during|after|via|through)\b(?:(?!\bthat\b)(?:[^.,]|(?<=\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec))\.|" + AbbreviationStop + @"(?=[A-Z,]|\s+[a-z]))){0,80}|\s+(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight)(?:\s+(?:morning|afternoon|evening|night))?)?(?:,\s+(?:as|while|after|when|adding|citing|in|on|though|but|and|with|without|[a-z]+ing|[a-z]{3,}ly(?=\s+(?:in|on|at|around|near|along|from|to|for|with|by|across|inside|outside)\b)|(?:part|one|some|most|many|all|several|none|each|both|much)\s+of\s|the\s+(?:latest|largest|biggest|heaviest|deadliest|first|second|third|fourth|fifth)\s|(?:the|an?)\s+(?=(?:[\w-]+\s+){0,3}?(?:exchange|attack|strike|swap|round|assault|offensive|claim|sign|move|step|advance|incident|escalation|blow|setback|breakthrough|record|toll|figure|number|total|meeting|visit|call|deal|agreement|truce|ceasefire)s?\b)|(?:(?:several|two|three|a\s+few|some)\s+)?(?:hours?|days?|minutes?|weeks?|moments?)\s+(?:after|before)|(?:shortly|soon|just|a\s+day|a\s+week)\s+(?:after|before)|(?:less|more|no\s+more)\s+than\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:hours?|days?|weeks?|months?)\s+(?:after|before|since))\b(?:[^.]|" + AbbreviationStop + @"){0,200})?\.?$")]
    private static partial Regex ReportedAfter();

    [GeneratedRegex(@"\G(?<city>\p{Lu}[\p{L}.'\u2019 -]{2,30}?)(?:,\s*[\p{L}\d.'\u2019 ]{2,30})*(?:\s*\([\p{L}]{2,12}\))?\s+[-\u2013\u2014]{1,2}\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\G\s*(?<np>[A-Z][^,;""\u201C\u201D]{1,60}?)\s+(?:later\s+|also\s+|then\s+|earlier\s+)?(?:issued|released|published|put\s+out)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|declaration)\b")]
    private static partial Regex IssuedStatement();

    [GeneratedRegex(@"^(?:where|when|while|because|although|though|whereas|if|unless)\s", RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateOpening();

    [GeneratedRegex(@"^(?<clause>[^,].{10,}?),\s+(?<cue>said|says|added|adds|wrote|writes|noted|notes|warned|insisted|stressed|explained|confirmed|reports)\s+(?<sp>[^.]{2,120}?)\.?$")]
    private static partial Regex ReportedInverted();

    // "Karen Pierce, the former ambassador, said the envoys had misread the Kremlin": words after "said" that hold a finite
    // verb are what was said, not an inverted speaker.
    [GeneratedRegex(@"\b(?:had|has|have|was|were|is|are|would|will|could|should|must|did|does|do)\b")]
    private static partial Regex FiniteVerb();

    // The cue words of ReportedBefore, each of its four branches.
    private static readonly string[] ReportedBeforeCueWords =
    [
        "said", "says", "say", "added", "wrote",
        "warned", "warns", "stated", "claimed", "claims", "announced", "demands", "demanded", "made", "insisted", "insists", "argues", "stressed",
        "noted", "confirmed", "reported", "acknowledged", "argued", "alleged", "declared", "cautioned", "estimated", "assessed", "admitted", "conceded",
        "predicted", "believes", "believe", "maintained", "reiterated", "tweeted", "posted", "replied", "explained", "complained", "denied", "told",
        "denies", "deny", "states", "stresses", "notes", "confirms", "acknowledges", "alleges", "estimates", "assesses", "adds",
        "maintains", "explains", "writes", "emphasises", "emphasizes", "emphasised", "emphasized",
    ];

    private static readonly SearchValues<string> ReportedBeforeCues = SearchValues.Create(ReportedBeforeCueWords, StringComparison.Ordinal);

    /// <summary>The match of ReportedBefore, without running the pattern where <see cref="MayReportBefore"/> rules it out.</summary>
    internal static Match ReportedBeforeMatch(string value) => MayReportBefore(value) ? ReportedBefore().Match(value) : Match.Empty;

    /// <summary>
    /// False only where ReportedBefore cannot match: it needs one of its cue words after at least two characters and a
    /// space, with no semicolon before it, followed by a space or a comma. (The one branch that lets any character follow
    /// its cue looks behind for ", he told " before it, and that "told" is such a cue.) Most sentences with a reporting
    /// word ("\"We will hold,\" he said.") have none, and the pattern backtracks long over them.
    /// </summary>
    internal static bool MayReportBefore(ReadOnlySpan<char> value)
    {
        var semicolon = value.IndexOf(';');
        var head = semicolon < 0 ? value : value[..semicolon];
        var from = 0;
        while (head[from..].IndexOfAny(ReportedBeforeCues) is >= 0 and var found)
        {
            var at = from + found;
            if (at >= 3 && (char.IsWhiteSpace(head[at - 1]) || head[at - 1] == '\u2014'))
            {
                foreach (var cue in ReportedBeforeCueWords)
                {
                    var end = at + cue.Length;
                    if (head[at..].StartsWith(cue, StringComparison.Ordinal)
                        && end < head.Length && (char.IsWhiteSpace(head[end]) || head[end] == ','))
                    {
                        return true;
                    }
                }
            }

            from = at + 1;
        }

        return false;
    }

    [GeneratedRegex(@"^(?<sp>[^;]{2,220}?)(?:\s+|(?<=\u2014))(?:(?:has|had|also|later|earlier|previously|again|repeatedly|long|openly|publicly|consistently|firmly|strongly|often|frequently|already|reportedly|falsely|flatly|categorically)\s+)*(?:(?<cue>said|says|say|added|wrote)(?:\s+(?:later|earlier|separately|afterwards|repeatedly|publicly|privately|again|previously|openly)(?=\s+that\b|\s+(?:on|in|at|during)\s[^,]{0,40}?\s+that\b))?(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?!that\b)))?(?:\s+(?:(?:on|in|at(?!\s+(?:least|most)\b)|late|early|during|after)\b[^,]{0,50}?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)(?=,|\s+that\b))?(?:\s+in\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|video|interview|address|briefing|message|update)(?:\s+on\s+(?:Telegram|X|Facebook|Truth\s+Social))?(?=\s+(?!that\b)[\w']))?(?:,\s+(?:on|in|at|without|citing|speaking|under|with|after|during|according)\b[^,""\u201C\u201D]{2,50},\s+that\s+|,?\s+(?:that\s+)?)|(?<cue>warned|warns|stated|states|claimed|claims|announced|demands|demanded|made\s+clear|made\s+it\s+clear|insisted|insists|argues|stressed|stresses|noted|notes|confirmed|confirms|reported|acknowledged|acknowledges|argued|alleged|alleges|declared|cautioned|estimated|estimates|assessed|assesses|admitted|conceded|predicted|believes|believe|added|adds|maintained|maintains|reiterated|tweeted|posted|replied|explained|explains|complained|writes|emphasi[sz]e[sd]|denied|told(?:\s+(?:[""\u201C][^""\u201C\u201D]{1,60}[""\u201D]|(?>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)|[\w.'\u2019]+)){1,4}?)(?<!\b(?:the|a|an))(?:\s+(?=" + FiniteClause + @")|(?:\s+(?<obj>[^,]{0,70}?))??(?:,\s+(?:on|in|at|without|citing|speaking|under|with|after|during|according)\b[^,""\u201C\u201D]{2,50},)?,?\s+that(?:\s+|,\s+(?=in\s+(?:his|her|their|its)\s+view,|(?:due\s+to|because\s+of|despite|after|following|during|amid|as\s+a\s+result\s+of)\s[^,""\u201C\u201D]{2,60},))|,\s+(?=(?:would|will|could|can|must|should|might|was|were|is|are|had|has|have)\s)|(?<=,\s+(?:he|she|they|it)\s+told\s[^,]{0,60})[^,]{0,50}?,\s+(?=[a-z]{3,}\s))|(?<cue>denied|denies|deny)\s+(?=(?!being\b|having\b|nothing\b)[a-z]{3,}ing\s)|(?<cue>claimed|claims|announced|reported|confirmed)\s+(?=(?:the\s+)?(?:capture|seizure|liberation|fall|destruction|downing)\s+of\s|(?:(?:full|complete|total)\s+)?control\s+(?:of|over)\s))(?<clause>(?![""\u201C])(?!(?:little|nothing|much|so)\b)(?!(?:in|on|at(?!\s+(?:least|most)\b)|via|through|during)\s+[^,;]{0,60}$)[^.].{10,})$")]
    internal static partial Regex ReportedBefore();

    [GeneratedRegex(@"^(?<sp>[^;""\u201C\u201D]{2,160}?)\s+(?:(?:has|had|also|further|later|earlier|previously|again|repeatedly|long|separately|then)\s+)*(?<cue>emphasi[sz]ed|emphasi[sz]es|underlined|underlines|underscored|underscores|revealed|reveals|remarked|stresses|states|notes|adds|suggested|suggests|concluded|countered|responded|informed|recalled|observed|asserted|asserts|report|speculate|speculated|speculates|pointed\s+out)(?:\s+(?:on|in|at|during|late|early)\b[^,;""\u201C\u201D]{0,40}?)?\s+that\s+(?<clause>(?![""\u201C])[^.].{10,})$")]
    private static partial Regex ReportedBeforeThat();
}
