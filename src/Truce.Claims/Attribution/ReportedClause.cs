namespace Truce.Claims.Attribution;

/// <summary>
/// One reported statement inside one clause of a sentence: SUBJECT + CUE + optional "that" + CONTENT. Offsets are
/// absolute UTF-16 offsets into the article text; Content never crosses into a following clause that reports on its own.
/// </summary>
/// <param name="Speaker">The parsed subject before the cue: a person, pronoun, country, organisation or plural description.</param>
/// <param name="SubjectStart">Where the subject's words begin.</param>
/// <param name="BoundaryStart">Where the boundary before the clause begins (the comma of ", and"), or the sentence start.</param>
/// <param name="ClauseStart">Where the clause holding the report begins (after ", and", "; ", "while" …), or the sentence start.</param>
/// <param name="Cue">The reporting verb as written ("said", "accused", "told").</param>
/// <param name="CueStart">Where the cue verb begins.</param>
/// <param name="ContentStart">Where the reported words begin (after "that", "told X", "accused X of").</param>
/// <param name="ContentEnd">Where the reported words end, trailing punctuation excluded.</param>
internal sealed record ReportedClause(SpeakerPhrase Speaker, int SubjectStart, int BoundaryStart, int ClauseStart, string Cue, int CueStart, int ContentStart, int ContentEnd);
