using System.Buffers;
using System.Text.RegularExpressions;

namespace Truce.Claims.Text;

/// <summary>
/// Paragraphs, sentences and words of an article's plain text. Paragraphs are separated by blank
/// lines and by line breaks not followed by a lower-case word; a text without blank lines has one paragraph per line.
/// </summary>
public sealed partial class ArticleLayout
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Gov", "Sen", "Rep", "St", "Jan", "Feb", "Aug",
        "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs", "Adm", "Prof", "Jr", "Sr", "approx", "Cmdr",
    };

    public ArticleLayout(string text)
    {
        Text = text;
        Paragraphs = SplitParagraphs(text);
        Sentences = [.. Paragraphs.SelectMany(p => SplitSentences(text, p))];
        Tokens = Tokenise(text, Sentences);
        _headlines = [.. Enumerable.Range(0, Paragraphs.Count).Select(p => Attribution.StatementFinder.LooksLikeHeadline(this, p))];
    }

    private readonly bool[] _headlines;

    /// <summary>True for a title paragraph: short and without closing punctuation.</summary>
    public bool IsHeadline(int paragraph) => _headlines[paragraph];

    public string Text { get; }

    public IReadOnlyList<TextSpan> Paragraphs { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string Slice(TextSpan span) => Text[span.Start..span.End];

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = Sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>The index of the paragraph holding <paramref name="offset"/>, or -1.</summary>
    public int ParagraphAt(int offset)
    {
        int low = 0, high = Paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var paragraph = Paragraphs[middle];
            if (offset < paragraph.Start)
            {
                high = middle - 1;
            }
            else if (offset >= paragraph.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    private static List<TextSpan> SplitParagraphs(string text)
    {
        var hasBlankLines = BlankLine().IsMatch(text);
        var separator = hasBlankLines ? BlankLineOrUnwrappedLineBreak() : LineBreak();
        var result = new List<TextSpan>();
        var start = 0;
        foreach (Match match in separator.Matches(text))
        {
            AddTrimmed(text, start, match.Index, result);
            start = match.Index + match.Length;
        }

        AddTrimmed(text, start, text.Length, result);
        return result;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && OpeningDateStamp().Match(text, start, end - start) is { Success: true } stamp)
        {
            // "date 2025-03-14 KHARTOUM: The ministry said …": the date a saved page carries on its first line is furniture
            // that stands apart from the lead, whose dateline and speaker follow it.
            spans.Add(new TextSpan(start, start + stamp.Groups["stamp"].Length));
            start += stamp.Length;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }

    private static IEnumerable<TextSpan> SplitSentences(string text, TextSpan paragraph)
    {
        var start = paragraph.Start;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            var c = text[i];
            if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < paragraph.End && text[end] is '"' or '\u201D' or '\u2019' or ')' or '\'')
                {
                    end++;
                }

                var next = end;
                while (next < paragraph.End && text[next] == ' ')
                {
                    next++;
                }

                var boundary = (next > end && next < paragraph.End
                    && (char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201C')
                    && !(c == '.' && EndsWithAbbreviation(text, start, i) && !ClockTimeEndsSentence(text, i, next, paragraph.End)))
                    || (c == '.' && end == i + 1 && GluedSentence(text, start, i, paragraph.End));
                if (boundary)
                {
                    yield return new TextSpan(start, end);
                    start = next;
                    i = next;
                    continue;
                }
            }

            i++;
        }

        if (paragraph.End > start)
        {
            yield return new TextSpan(start, paragraph.End);
        }
    }

    // Pages flattened from markup can lose the space between sentences ("… Medinsky pointed out.Russia at the talks …"): a
    // full stop after a lower-case word, straight before a capitalised word, still ends the sentence; "U.S.Army" and
    // "sputnikglobe.com" do not.
    private static bool GluedSentence(string text, int sentenceStart, int dot, int end)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return dot - wordStart >= 2 && (wordStart == sentenceStart || text[wordStart - 1] is ' ' or ',' or '-')
            && !text.AsSpan(wordStart, dot - wordStart).ContainsAnyExcept(LowerCaseLetters)
            && dot + 2 < end && char.IsUpper(text[dot + 1]) && char.IsLower(text[dot + 2]);
    }

    private static readonly SearchValues<char> LowerCaseLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    // "… shortly after 1 a.m. A warehouse burned …": "a.m." and "p.m." close a sentence unless the time goes on ("1 a.m.
    // Tuesday", "3 p.m. GMT", "6 a.m. Kyiv time").
    private static bool ClockTimeEndsSentence(string text, int dot, int next, int end)
    {
        if (dot < 3 || !(text[(dot - 3)..dot] is "a.m" or "p.m" or "A.M" or "P.M"))
        {
            return false;
        }

        var wordEnd = next;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text[next..wordEnd];
        var following = text[wordEnd..Math.Min(end, wordEnd + 6)];
        return !TimeContinuations.Contains(word) && !following.StartsWith(" time", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> TimeContinuations = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "GMT", "UTC", "ET", "EST", "EDT", "CET", "CEST",
        "BST", "EET", "EEST", "MSK", "local",
    };

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return word.Contains('.', StringComparison.Ordinal) || Abbreviations.Contains(word);
    }

    private static List<Token> Tokenise(string text, IReadOnlyList<TextSpan> sentences)
    {
        var tokens = new List<Token>(text.Length / 5);
        foreach (var sentence in sentences)
        {
            // Each word's own string only: a Match object a word was a tenth of everything an article's extraction allocated.
            var first = true;
            foreach (var match in Word().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
            {
                var index = sentence.Start + match.Index;
                var value = text.Substring(index, match.Length);
                var opensSentence = first || (index > 0 && text[index - 1] is '"' or '\u201C' && first);
                tokens.Add(new Token(index, index + match.Length, value, opensSentence));
                first = false;
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"\n[ \t\r]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\G(?<stamp>(?:(?i:date|dated|published|updated|posted):?[ \t]+)?\d{4}-\d{2}-\d{2})[ \t]+(?=\S)")]
    private static partial Regex OpeningDateStamp();

    [GeneratedRegex(@"\r?\n")]
    private static partial Regex LineBreak();

    // Saved pages keep a headline, a byline or a bullet on its own line directly above a paragraph: a single line break ends a
    // paragraph too unless the next line goes on in lower case (a wrapped line).
    [GeneratedRegex(@"\n[ \t\r]*\n|\r?\n(?![ \t]*\p{Ll})")]
    private static partial Regex BlankLineOrUnwrappedLineBreak();

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|\p{L}[\p{L}\p{Mn}\d]*(?:['\u2019\-]\p{L}[\p{L}\p{Mn}\d]*)*(?:['\u2019]s?)?")]
    private static partial Regex Word();
}
