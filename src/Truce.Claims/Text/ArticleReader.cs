using System.Text;

namespace Truce.Claims.Text;

/// <summary>
/// Turns the bytes of a news file into article text: checks size, rejects binary input, decides
/// between UTF-8 and Windows-1252, and strips HTML when the file is HTML.
/// </summary>
public static class ArticleReader
{
    /// <summary>Largest input accepted, in bytes. News articles are a few tens of kilobytes.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Longest article text read, in UTF-16 characters: about 150,000 words, several times the longest live blog or report
    /// (a few hundred thousand characters). Extraction time now grows about linearly, roughly 5 seconds per million
    /// characters on one core (docs/performance.md), so this bounds one call's time and memory; a site dump is refused.
    /// </summary>
    public const int MaxTextChars = 1_000_000;

    /// <summary>
    /// Longest run of text without a sentence end (. ! ?) or line break; news sentences are a few hundred characters, so
    /// this is far above any, while keeping a list or dump without punctuation from being read as one sentence.
    /// </summary>
    public const int MaxSentenceChars = 20_000;

    /// <summary>Deepest element nesting read as HTML. News pages nest a few dozen deep; reading cost grows with the square of depth.</summary>
    public const int MaxHtmlDepth = 1000;

    // Windows-1252 differs from Latin-1 only in 0x80-0x9F; .NET Core ships Latin-1 but not 1252.
    private const string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <param name="bytes">The whole file.</param>
    /// <param name="name">File name or address, used in messages and to recognise .html/.htm.</param>
    public static ArticleReadResult Read(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length > MaxBytes)
        {
            return ArticleReadResult.Fail(
                $"{name}: file is {bytes.Length:N0} bytes, more than the {MaxBytes:N0}-byte limit for one article (hint: split it or pass the article itself, not a site dump)");
        }

        var decoded = Decode(bytes, name);
        if (decoded.Problem is not null)
        {
            return ArticleReadResult.Fail(decoded.Problem);
        }

        var raw = decoded.Text!;
        if (raw.Trim().Length == 0)
        {
            return ArticleReadResult.Fail($"{name}: file is empty (hint: pass a news article as plain text or HTML)");
        }

        if (LooksLikeHtml(raw, name))
        {
            if (HtmlNesting.MaxDepth(raw) is var depth and > MaxHtmlDepth)
            {
                return ArticleReadResult.Fail(
                    $"{name}: the HTML nests elements {depth:N0} deep, more than the {MaxHtmlDepth:N0} a news page can have here (hint: the file looks generated or corrupted; save the article page again)");
            }

            var text = HtmlArticle.ExtractText(raw);
            if (text.Trim().Length == 0)
            {
                return ArticleReadResult.Fail($"{name}: the HTML holds no article text once scripts, navigation, headers and footers are removed");
            }

            return TooLong(text, name) is { } htmlProblem ? ArticleReadResult.Fail(htmlProblem)
                : ArticleReadResult.Ok(new ArticleText(text, decoded.Encoding, true, decoded.Warning));
        }

        return TooLong(raw, name) is { } problem ? ArticleReadResult.Fail(problem)
            : ArticleReadResult.Ok(new ArticleText(raw, decoded.Encoding, false, decoded.Warning));
    }

    private static string? TooLong(string text, string name)
    {
        if (text.Length > MaxTextChars)
        {
            return $"{name}: the article text is {text.Length:N0} characters, more than the {MaxTextChars:N0} read as one article (hint: split it into its articles)";
        }

        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny(SentenceEnds);
            var length = end < 0 ? text.Length - start : end;
            if (length > MaxSentenceChars)
            {
                return $"{name}: {length:N0} characters from offset {start:N0} hold no sentence end (. ! ?) or line break, more than the {MaxSentenceChars:N0} of any news sentence (hint: is it an article, or a list or dump without punctuation?)";
            }

            start += length + 1;
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n\u2029");

    private static bool LooksLikeHtml(string text, string name)
    {
        if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Decoded(string? Text, string Encoding, string? Warning, string? Problem);

    private static Decoded Decode(ReadOnlySpan<byte> bytes, string name)
    {
        var byteOrderMark = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (byteOrderMark)
        {
            bytes = bytes[3..];
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new Decoded(utf16.GetString(bytes[2..]), utf16 == Encoding.Unicode ? "UTF-16LE" : "UTF-16BE", null, null);
        }

        var controls = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                return new Decoded(null, "", null,
                    $"{name}: binary file (NUL byte at offset {i}); expected a news article as UTF-8 or Windows-1252 text or HTML");
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        if (bytes.Length > 0 && controls * 100 > bytes.Length)
        {
            return new Decoded(null, "", null,
                $"{name}: binary file ({controls} control bytes in {bytes.Length}); expected a news article as text or HTML");
        }

        var (validMultiByte, invalid, firstInvalid) = ScanUtf8(bytes);
        // A byte order mark outranks any declaration (WHATWG Encoding Standard, "decode").
        if (!byteOrderMark && DeclaredCharset.Find(bytes) is { } declared)
        {
            return DecodeDeclared(bytes, name, declared, validMultiByte, invalid, firstInvalid);
        }

        if (invalid == 0)
        {
            return new Decoded(Encoding.UTF8.GetString(bytes), "UTF-8", null, null);
        }

        if (validMultiByte > 0)
        {
            return new Decoded(null, "", null,
                $"{name}: mixed encodings: {validMultiByte} valid UTF-8 sequences but {invalid} bytes that are not UTF-8 (first at byte offset {firstInvalid}); re-save the file as UTF-8");
        }

        return new Decoded(DecodeWindows1252(bytes), "Windows-1252", $"{name}: not valid UTF-8 ({invalid} bytes outside ASCII, first at byte offset {firstInvalid}); assumed Windows-1252", null);
    }

    /// <summary>
    /// Follows a page's declared charset as browsers do (WHATWG: BOM first, then the declaration), except where the bytes
    /// prove the declaration stale: bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever the page says
    /// (a browser shows them right only because the server's Content-Type header, lost on saving, overrode the
    /// &lt;meta&gt;), and a page declaring UTF-8 whose non-ASCII bytes are none of them UTF-8 is Windows-1252 (a browser
    /// would show U+FFFD for every accented letter and curly quote). A charset this reader cannot decode is refused
    /// when the bytes need it, never guessed.
    /// </summary>
    private static Decoded DecodeDeclared(ReadOnlySpan<byte> bytes, string name, DeclaredCharset declared, int validMultiByte, int invalid, int firstInvalid)
    {
        var where = $"<meta> at byte offset {declared.ByteOffset}";
        if (invalid == 0)
        {
            var warning = validMultiByte == 0 || declared.Family == CharsetFamily.Utf8 ? null
                : $"{name}: the page declares charset \"{declared.Label}\" ({where}) but its bytes are valid UTF-8; read as UTF-8";
            return new Decoded(Encoding.UTF8.GetString(bytes), "UTF-8", warning, null);
        }

        switch (declared.Family)
        {
            case CharsetFamily.Windows1252:
                return new Decoded(DecodeWindows1252(bytes), "Windows-1252", validMultiByte == 0 ? null
                    : $"{name}: read as Windows-1252 as the page declares ({where}), although {validMultiByte} byte sequences look like UTF-8", null);
            case CharsetFamily.Utf8 when validMultiByte == 0:
                return new Decoded(DecodeWindows1252(bytes), "Windows-1252",
                    $"{name}: the page declares charset \"{declared.Label}\" ({where}) but {invalid} bytes are not UTF-8 (first at byte offset {firstInvalid}) and none is; read as Windows-1252", null);
            case CharsetFamily.Utf8:
                return new Decoded(null, "", null,
                    $"{name}: mixed encodings: the page declares charset \"{declared.Label}\" ({where}) and holds {validMultiByte} valid UTF-8 sequences, but {invalid} bytes are not UTF-8 (first at byte offset {firstInvalid}); re-save the file as UTF-8");
            default:
                return new Decoded(null, "", null,
                    $"{name}: the page declares charset \"{declared.Label}\" ({where}), which this reader does not decode (only UTF-8 and Windows-1252/Latin-1), and its bytes are not UTF-8 (first non-UTF-8 byte at offset {firstInvalid}); hint: re-save the page as UTF-8");
        }
    }

    private static (int ValidMultiByte, int Invalid, int FirstInvalid) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1, i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var length = SequenceLength(bytes, i);
            if (length > 0)
            {
                valid++;
                i += length;
            }
            else
            {
                if (first < 0)
                {
                    first = i;
                }

                invalid++;
                i++;
            }
        }

        return (valid, invalid, first);
    }

    private static int SequenceLength(ReadOnlySpan<byte> bytes, int i)
    {
        var lead = bytes[i];
        var length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || i + length > bytes.Length)
        {
            return 0;
        }

        for (var k = 1; k < length; k++)
        {
            if ((bytes[i + k] & 0xC0) != 0x80)
            {
                return 0;
            }
        }

        return length;
    }

    private static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }
}
