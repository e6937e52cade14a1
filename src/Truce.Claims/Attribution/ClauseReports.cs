using System.Text.RegularExpressions;
using Truce.Claims.Text;

namespace Truce.Claims.Attribution;

/// <summary>
/// The clause-level detector of reported speech. A sentence is cut into clauses at ", and", ", but", ", while", "; " and
/// subordinators ("after", "because", "whereas" …); inside each clause it looks for SUBJECT + CUE + optional "that" +
/// CONTENT, where SUBJECT is the noun phrase between the clause start and the cue (what <see cref="SpeakerParser"/> accepts
/// as a speaker: a person, pronoun, country, organisation or plural description) and CONTENT is a finite clause that runs
/// to the end of its own clause, never into a following clause that reports on its own ("A said X, and B said Y").
/// Words inside quotation marks are never cues. Not reports: "is said to be", "was said", "the said agreement",
/// "as X said" asides, and cues followed by an object rather than a clause ("reported an attack").
/// </summary>
internal sealed partial class ClauseReports(SpeakerParser parser)
{
    /// <summary>The reports in <paramref name="sentence"/> of <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<ReportedClause> Find(string text, TextSpan sentence)
    {
        var value = text[sentence.Start..sentence.End];
        var cues = Cue().Matches(value).Concat(Participle().Matches(value)).OrderBy(m => m.Groups["cue"].Index).ToList();
        if (cues.Count == 0)
        {
            return [];
        }

        var quoted = QuotedRanges(value);
        var boundaries = Boundaries(value);
        var found = new List<(int ClauseStart, int BoundaryStart, SpeakerPhrase Speaker, int SubjectStart, Group Cue, int ContentStart)>();
        foreach (var match in cues)
        {
            var cue = match.Groups["cue"];
            if (Inside(quoted, cue.Index))
            {
                continue;
            }

            var participle = match.Groups["join"].Success;
            var (clauseStart, boundaryStart) = ClauseOf(boundaries, participle ? match.Index : cue.Index);
            if (!participle && found.Count > 0 && found[^1].ClauseStart == clauseStart)
            {
                // One report per clause: a cue inside the content ("Hamas said Israel said …") is reported speech within it.
                continue;
            }

            var before = value[clauseStart..(participle ? match.Index : cue.Index)];
            var after = value[(cue.Index + cue.Length)..];
            if (!participle && NotAReport(cue.Value, before, after, clauseStart, value))
            {
                continue;
            }

            // "1,000 bodies, which Russia says are those of its soldiers": a relative clause's report has its subject in the noun before.
            var relative = clauseStart > 0 && RelativeBoundary().IsMatch(value[boundaryStart..clauseStart]);
            var contentStart = ContentStart(cue.Value, after, relative);
            if (contentStart < 0)
            {
                continue;
            }

            // "Israel has kept troops in five positions, saying it is enforcing the truce": a participle reports for the subject
            // of the clause it hangs on, and opens a clause of its own that ends an earlier report's content.
            var with = match.Groups["with"];
            var subject = with.Success ? Named(with.Value, with.Index - clauseStart) : participle ? MainSubject(before) : Subject(before);
            if (subject is not ({ } speaker, var offset))
            {
                continue;
            }


            found.Add(participle
                ? (match.Index + match.Groups["join"].Length, match.Index, speaker, clauseStart + offset, cue, cue.Index + cue.Length + contentStart)
                : (clauseStart, boundaryStart, speaker, clauseStart + offset, cue, cue.Index + cue.Length + contentStart));
        }

        var reports = new List<ReportedClause>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var report = found[i];
            var end = found.Skip(i + 1).Select(f => f.BoundaryStart).Where(b => b > report.ContentStart).DefaultIfEmpty(value.Length).First();
            end = Math.Max(report.ContentStart, CutTail(value, report.ContentStart, end));
            while (end > report.ContentStart && value[end - 1] is '.' or ',' or ' ' or ';' or ':')
            {
                end--;
            }

            if (end - report.ContentStart < 8)
            {
                continue;
            }

            reports.Add(new ReportedClause(report.Speaker, sentence.Start + report.SubjectStart, sentence.Start + report.BoundaryStart, sentence.Start + report.ClauseStart, report.Cue.Value,
                sentence.Start + report.Cue.Index, sentence.Start + report.ContentStart, sentence.Start + end));
        }

        return reports;
    }

    /// <summary>
    /// The "as X said" asides of <paramref name="sentence"/> ("The truce, as Putin said, was fragile"): a speaker the
    /// narration agrees with, enclosed in commas, reports nothing of its own. Absolute offsets.
    /// </summary>
    public static IEnumerable<TextSpan> Asides(string text, TextSpan sentence)
    {
        foreach (Match aside in Aside().Matches(text[sentence.Start..sentence.End]))
        {
            yield return new TextSpan(sentence.Start + aside.Index, sentence.Start + aside.Index + aside.Length);
        }
    }

    /// <summary>
    /// The clauses of a sentence as [start, end) offsets relative to it: cut at a comma or semicolon followed by a
    /// conjunction or subordinator, at a semicolon, and at a subordinator that opens a clause ("after it said").
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Clauses(string sentence)
    {
        var boundaries = Boundaries(sentence);
        var clauses = new List<(int, int)>(boundaries.Count + 1);
        var start = 0;
        foreach (var (boundaryStart, clauseStart) in boundaries)
        {
            clauses.Add((start, boundaryStart));
            start = clauseStart;
        }

        clauses.Add((start, sentence.Length));
        return clauses;
    }

    // (where the boundary's punctuation or conjunction begins, where the next clause's words begin)
    private static List<(int BoundaryStart, int ClauseStart)> Boundaries(string value)
    {
        var boundaries = new List<(int, int)>();
        foreach (Match boundary in Boundary().Matches(value))
        {
            boundaries.Add((boundary.Index, boundary.Index + boundary.Length));
        }

        return boundaries;
    }

    private static (int ClauseStart, int BoundaryStart) ClauseOf(List<(int BoundaryStart, int ClauseStart)> boundaries, int position)
    {
        var clause = (0, 0);
        foreach (var (boundaryStart, clauseStart) in boundaries)
        {
            if (clauseStart > position)
            {
                break;
            }

            clause = (clauseStart, boundaryStart);
        }

        return clause;
    }

    private static bool NotAReport(string cue, string before, string after, int clauseStart, string value)
    {
        // "Dmitriev rejected reports that …", "The move followed military reports that …": "reports" and "notes" are nouns
        // where a verb comes before them; a body that reports is the subject, with no verb of its own.
        if (cue is "reports" or "notes" && VerbBefore().IsMatch(before))
        {
            return true;
        }

        // "is said to be", "was said", "the said agreement", "so-called": a cue in the passive or used as an adjective reports nothing.
        if (PassiveOrAdjective().IsMatch(before) || (cue is not ("claimed" or "claims") && SaidToBe().IsMatch(after)))
        {
            return true;
        }

        // "The truce, as Putin said, was fragile": an aside agrees with a speaker; it does not report what they said.
        return AsideOpening().IsMatch(before) && AsideClose().IsMatch(after)
            || (clauseStart > 0 && value[..clauseStart].TrimEnd().EndsWith(" as", StringComparison.Ordinal) && AsideClose().IsMatch(after));
    }

    // The offset in after (the text right after the cue) where the content begins, or -1 when no clause follows.
    private static int ContentStart(string cue, string after, bool relative)
    {
        if (cue is "claimed" or "claims" or "claiming" && ClaimedToHave().Match(after) is { Success: true } claimed)
        {
            // "claimed to have captured another village": the infinitive is what was claimed.
            return claimed.Length;
        }

        var lead = cue switch
        {
            "accused" or "accuses" or "accusing" => AccusedObject().Match(after),
            "told" or "tells" or "telling" => ToldObject().Match(after),
            _ => Lead().Match(after),
        };
        if (!lead.Success)
        {
            return -1;
        }

        var rest = after[lead.Length..];
        if (cue.StartsWith("accus", StringComparison.Ordinal))
        {
            // "accused Moscow of shelling the port": what the accused did is the claim, a gerund clause.
            return Gerund().IsMatch(rest) ? lead.Length : -1;
        }

        if (lead.Groups["that"].Success)
        {
            return rest.Length > 0 && rest[0] is not ('"' or '\u201C') ? lead.Length : -1;
        }

        if (cue is "announcing" or "telling" or "warning" or "claiming" or "insisting" or "arguing" or "adding")
        {
            return rest.Length > 0 && lead.Groups["that"].Success ? lead.Length : -1;
        }

        if (cue is "denied" or "denies")
        {
            return Gerund().IsMatch(rest) ? lead.Length : -1;
        }

        // Without "that", only a finite clause is what was said ("said at least 44 people were killed"), and only after a
        // cue that rarely takes an object: "announced the truce during a televised meeting" names a thing announced.
        return ThatlessCue().IsMatch(cue) && (Finite().IsMatch(rest) || (relative && GapClause().IsMatch(rest))) ? lead.Length : -1;
    }

    // The subject nearest the cue in its clause, with its offset in before; a coordinated predicate ("Netanyahu met Vance
    // and said") reports for the subject of the first verb.
    private (SpeakerPhrase Speaker, int Offset)? Subject(string before)
    {
        var trimmed = Adverbs().Replace(before, "");
        if (trimmed.Trim().Length == 0)
        {
            return null;
        }

        var opener = Opener().Match(trimmed);
        var phrase = trimmed[opener.Length..];
        if (phrase.Trim().Length is 0 or > 160)
        {
            return null;
        }

        if (parser.Parse(phrase) is { } speaker && !NotSpeaker(speaker))
        {
            return (speaker, opener.Length + LeadingSpace(phrase));
        }

        if (GroupOfSpeakers().Match(phrase) is { Success: true } group)
        {
            // "Gaza hospitals", "local officials", "Kharkiv rescuers": a plural noun for people or institutions that speak as
            // a group, with at most two modifiers, is a speaker even where no title or name makes it one.
            var definite = group.Groups["the"].Success;
            return (new SpeakerPhrase(SpeakerForm.Description, group.Groups["np"].Value, null) { Definite = definite }, opener.Length + group.Groups["np"].Index);
        }

        var coordinated = CoordinatedPredicate().Match(phrase);
        if (coordinated.Success && parser.Parse(coordinated.Groups["np"].Value) is { } doer && !NotSpeaker(doer))
        {
            return (doer, opener.Length + coordinated.Groups["np"].Index);
        }

        return null;
    }

    // "…, with the Israeli army saying …": the speaker "with" introduces, at its offset from the clause start.
    private (SpeakerPhrase Speaker, int Offset)? Named(string phrase, int offset) =>
        parser.Parse(phrase) is { } speaker && !NotSpeaker(speaker) && speaker.Form != SpeakerForm.Pronoun ? (speaker, offset) : null;

    // The subject of the clause a participle hangs on: the words before its first verb ("Israel has kept …").
    private (SpeakerPhrase Speaker, int Offset)? MainSubject(string clause)
    {
        var opener = Opener().Match(clause);
        var main = MainVerb().Match(clause, opener.Length);
        if (!main.Success || parser.Parse(main.Groups["np"].Value) is not { } speaker || NotSpeaker(speaker)
            || speaker.Form is SpeakerForm.Description && !speaker.Definite)
        {
            return null;
        }

        return (speaker, main.Groups["np"].Index);
    }

    private static bool NotSpeaker(SpeakerPhrase speaker) => speaker.Name.Length < 2 || NotSpeakerWords().IsMatch(speaker.Name);

    private static int LeadingSpace(string phrase)
    {
        var i = 0;
        while (i < phrase.Length && char.IsWhiteSpace(phrase[i]))
        {
            i++;
        }

        return i;
    }

    // Content ends before a trailing aside that comments on it ("…, a claim Kyiv denied") or re-attributes it ("…, according to X").
    private static int CutTail(string value, int start, int end)
    {
        var tail = Tail().Match(value, start, end - start);
        return tail.Success ? tail.Index : end;
    }

    private static List<(int Open, int Close)> QuotedRanges(string value)
    {
        var ranges = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (open < 0 && (c == '\u201C' || (c == '"' && (i == 0 || !char.IsLetterOrDigit(value[i - 1])))))
            {
                open = i;
            }
            else if (open >= 0 && (c == '\u201D' || c == '"'))
            {
                ranges.Add((open, i));
                open = -1;
            }
        }

        if (open >= 0)
        {
            ranges.Add((open, value.Length));
        }

        return ranges;
    }

    private static bool Inside(List<(int Open, int Close)> ranges, int position) => ranges.Exists(r => r.Open < position && position < r.Close);

    [GeneratedRegex(@"\b(?<cue>said|says|say|insisted|insists|warned|warns|claimed|claims|announced|announces|stated|declared|noted|stressed|confirmed|added|reported|alleged|argued|acknowledged|admitted|maintained|told|tells|accused|accuses|denied|denies|adds|notes|stresses|confirms|reports|writes|explains|acknowledges|alleges|argues|believes|estimates|assesses|maintains)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    [GeneratedRegex(@"(?:,\s+which\s+(?=(?:the\s+)?\p{Lu})|[,;]\s+(?:and|but|while|whereas|although|though|even\s+as|as|after|before|because|since|when|yet)\s+(?!then\b|also\b|later\b)|;\s+|\s+(?:while|whereas|because|although|after|before)\s+(?=(?:it|he|she|they|we|the\s+|[A-Z])))", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:was|were|is|are|be|been|being|the|a|an|so|it)\s+|-)$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveOrAdjective();

    [GeneratedRegex(@"\b(?!(?:armed|allied|united|unnamed|retired|based|detained|displaced|wounded)\b)[a-z]{2,}ed\b|\b(?:amid|over|about|of|on|the|these|those|such)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@",\s+(?:as|like|just\s+as)\s+[^,;""\u201C\u201D]{2,60}?\s+(?:said|says|put\s+it|noted|warned|claimed|argued|insisted)(?:\s+(?:on|in|last|this|earlier)\s+[\w\s]{1,30}?)?,\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Aside();

    // ", saying …", "after warning that …", ", with the army saying …" (the one "with" names speaks, not the clause's subject).
    [GeneratedRegex(@"(?<join>,\s+(?:with\s+(?<with>(?!(?:the\s+)?(?:aim|goal|view|intention|hope)\b)[^,;""\u201C\u201D]{2,60}?)\s+)?|\s+(?:before|after)\s+)(?<cue>saying|adding|announcing|telling|warning|claiming|insisting|arguing|accusing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Participle();

    [GeneratedRegex(@"\G(?<np>[^,;""\u201C\u201D]{2,80}?)\s+(?:(?:has|have|had|also|again|later|then|on\s+\w+day|long|openly|publicly|consistently|firmly|strongly|often|frequently|already|reportedly|falsely|flatly|categorically)\s+)*(?:[a-z]{2,}ed|kept|held|made|took|sent|struck|hit|launched|said|says|carries|continues|keeps|holds|makes|sends|says|rejects|opposes|refuses|dismisses|insists|maintains|accuses|blames|warns|rejected|met|went|came|began|gave)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MainVerb();

    [GeneratedRegex(@"^,\s+which\s", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeBoundary();

    [GeneratedRegex(@"^\s+(?=to\s+have\s+[a-z]{2,}(?:ed|en|wn|ck|ot|ut)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimedToHave();

    // A clause whose subject is the noun a relative pronoun stands for: it opens on its verb.
    [GeneratedRegex(@"^(?:is|are|was|were|had|has|have|would|will|could|remains?|remained)\s", RegexOptions.CultureInvariant)]
    private static partial Regex GapClause();

    [GeneratedRegex(@"^\s+to\s+(?:be|have|been)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidToBe();

    [GeneratedRegex(@"^\s*(?:[Aa]s|[Jj]ust\s+as|[Ll]ike)\s", RegexOptions.CultureInvariant)]
    private static partial Regex AsideOpening();

    [GeneratedRegex(@"^\s*(?:(?:on|in|at|last|this|earlier)\s+[\w\s]{0,30}?)?\s*(?:[,.;:)\u2014]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AsideClose();

    // Between the cue and the content: a time or channel adverbial, then "that" (captured) or nothing.
    [GeneratedRegex(@"^(?:\s+(?:also|again|(?:(?:hours|days|minutes|moments|weeks)\s+)?later|repeatedly|publicly|privately|separately|afterward|afterwards|earlier))?(?:,?\s+(?:(?:late|early)\s+)?(?:on|in|at(?!\s+(?:least|most)\b)|during|via|through)\s+(?:(?:an?|the|its|his|her|their)\s+)?[\w.'\u2019-]+(?:\s+(?!that\b)[\w.'\u2019-]+){0,3}?(?=,|\s+that\b)|\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?(?:,(?=\s+that\b))?)?\s+(?:(?<that>that)\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'\u2019-]+\s+){0,4}?(?:(?:on|in)\s+\w+\s+)?(?:(?<that>that)\s+|(?=(?:the|its|his|her|their|it|he|she|they|we|\p{Lu}[\w'\u2019.-]*|\d[\d,]*|at\s+least|some|many|several|no)\s))", RegexOptions.CultureInvariant)]
    private static partial Regex ToldObject();

    [GeneratedRegex(@"^\s+(?!each\s+other\b|one\s+another\b|the\s+other\b)[^,;""\u201C\u201D]{1,80}?(?:\s+on\s+\w+day)?\s+of\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AccusedObject();

    [GeneratedRegex(@"^(?:said|says|say|saying|insisted|insists|warned|warns|claimed|claims|told|tells|added|adds|argued|argues|alleged|alleges|maintained|maintains|believes|estimates|assesses|reports)$", RegexOptions.CultureInvariant)]
    private static partial Regex ThatlessCue();

    [GeneratedRegex(@"^(?:not\s+)?[a-z]{3,}ing\s", RegexOptions.CultureInvariant)]
    private static partial Regex Gerund();

    // A finite clause: a subject of up to five words, then a finite or modal verb.
    [GeneratedRegex(@"^(?:(?:at\s+least|more\s+than|nearly|about|around|some|up\s+to)\s+)?(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|it|he|she|they|we|I|there|both|all|some|many|several|most|no|none|such|these|those|this|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|troops|forces|soldiers|fighters|drones|missiles|artillery|shells|units|militants|rebels|civilians|people|residents|air\s+defen[cs]es|\p{Lu}[\w'\u2019.-]*)(?:\s+(?!(?:that|which|who|on|in|at|during|with|for|from|by|to|after|before|as|near|over|under|into|against)\b)[\w'\u2019.-]+){0,5}?\s+(?:had|has|have|was|were|is|are|would|will|could|can|must|should|might|may|did|does|do|remained|remains|[a-z]{2,}ed|killed|hit|struck|shot|fired|held|kept|made|took|sent|launched|began|fell|came|went|met|lost|won|left|broke|fought|sought|saw|knew|cut|put|set|spoke|told|gave|found|brought|became|thought|stood|ran|drove|flew|meant|spent|built|paid|led)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Finite();

    [GeneratedRegex(@"(?:\s+(?:also|later|then|again|has|had|have|previously|earlier|repeatedly|separately|once|publicly|himself|herself|itself|on\s+\w+day|in\s+turn|long|openly|consistently|firmly|strongly|often|frequently|already|reportedly|falsely|flatly|categorically))+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Adverbs();

    // Words that open a clause without being its subject.
    [GeneratedRegex(@"^\s*(?:(?:While|Whereas|Although|Though|After|Before|Because|Since|When|But|And|Yet|Meanwhile|Still|However|Separately|Later|Earlier)\b,?\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    // "Netanyahu met Vance on Wednesday and": the subject of a predicate joined to the cue by "and".
    [GeneratedRegex(@"^\s*(?<np>[^,;]{2,80}?)\s+(?:[a-z]{2,}ed|met|spoke|held|made|gave|took|went|flew|came|sent|kept)\b[^,;]{0,80}\s+and\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedPredicate();

    [GeneratedRegex(@"^\s*(?<the>[Tt]he\s+)?(?<np>(?:(?:\p{Lu}[\p{L}'\u2019-]+|local|regional|municipal|hospital|health|military|medical|civil|emergency|city|state|provincial|district|police)\s+){0,2}(?:hospitals|officials|authorities|medics|rescuers|witnesses|residents|doctors|paramedics|police|prosecutors|investigators|activists|monitors|observers|diplomats|sources|mediators|negotiators|villagers|survivors|relatives|lawmakers|ministers|leaders|commanders|troops|militants|fighters))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupOfSpeakers();

    [GeneratedRegex(@"^(?:what|which|who|that|this|there|these|those|nothing|everything|something)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotSpeakerWords();

    [GeneratedRegex(@",\s+(?:according\s+to\b|(?:an?|the)\s+(?:claim|assertion|allegation|charge|accusation|account|figure)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Tail();
}
