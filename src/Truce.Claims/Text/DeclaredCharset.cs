using System.Text;
using System.Text.RegularExpressions;

namespace Truce.Claims.Text;

/// <summary>
/// The character encoding a saved HTML page declares in its head: <c>&lt;meta charset="…"&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=…"&gt;</c>, with the label mapped as the
/// WHATWG Encoding Standard maps it ("iso-8859-1", "latin1" and "us-ascii" all mean windows-1252).
/// </summary>
/// <param name="Label">The label as written, trimmed.</param>
/// <param name="Family">What the label means for this reader.</param>
/// <param name="ByteOffset">Offset of the declaring &lt;meta&gt; tag in the file, for messages.</param>
internal sealed partial record DeclaredCharset(string Label, CharsetFamily Family, int ByteOffset)
{
    /// <summary>
    /// Bytes searched for the declaration. Browsers pre-scan 1,024 bytes but also honour a later &lt;meta&gt; in the head
    /// by re-decoding; saved pages often put scripts and styles first, so the whole head up to this bound is searched.
    /// </summary>
    private const int ScannedBytes = 16 * 1024;

    private static readonly HashSet<string> Utf8Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8",
        // A page that reached its declaration is not UTF-16 (no BOM, ASCII-readable markup): the standard reads these as UTF-8.
        "utf-16", "utf-16le", "utf-16be", "unicodefffe", "unicodefeff", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode",
    };

    private static readonly HashSet<string> Windows1252Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
        "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
        // The standard's pre-scan turns x-user-defined into windows-1252.
        "x-user-defined",
    };

    /// <summary>The first declaration in the head of <paramref name="bytes"/>, or null when there is none.</summary>
    public static DeclaredCharset? Find(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, ScannedBytes)];
        if (head.IndexOf("<"u8) < 0)
        {
            return null;
        }

        // Latin-1 maps each byte to one char, so string offsets are byte offsets and ASCII markup reads as itself.
        var text = Encoding.Latin1.GetString(head);
        var body = BodyStart().Match(text);
        var end = body.Success ? body.Index : text.Length;
        for (var tag = MetaOrComment().Match(text, 0, end); tag.Success; tag = tag.NextMatch())
        {
            if (tag.Value.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            var label = CharsetAttribute().Match(tag.Value) is { Success: true } direct
                ? direct.Groups["label"].Value
                : HttpEquivContentType().IsMatch(tag.Value) && ContentAttribute().Match(tag.Value) is { Success: true } content
                    && CharsetInContent().Match(content.Groups["value"].Value) is { Success: true } inContent
                    ? inContent.Groups["label"].Value
                    : null;
            if (label is null)
            {
                continue;
            }

            label = label.Trim();
            if (label.Length == 0)
            {
                continue;
            }

            var family = Utf8Labels.Contains(label) ? CharsetFamily.Utf8
                : Windows1252Labels.Contains(label) ? CharsetFamily.Windows1252
                : CharsetFamily.Unsupported;
            return new DeclaredCharset(label, family, tag.Index);
        }

        return null;
    }

    [GeneratedRegex(@"<body[\s>/]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BodyStart();

    // A comment may hide an old declaration ("<!-- <meta charset=koi8-r> -->"); an unclosed one hides the rest.
    [GeneratedRegex(@"<!--(?:.*?-->|.*)|<meta[\s/][^>]*>?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MetaOrComment();

    [GeneratedRegex(@"[\s/""']charset\s*=\s*(?:""(?<label>[^""]*)""|'(?<label>[^']*)'|(?<label>[^\s""'>/;]+))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CharsetAttribute();

    [GeneratedRegex(@"[\s/""']http-equiv\s*=\s*[""']?\s*content-type\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HttpEquivContentType();

    [GeneratedRegex(@"[\s/""']content\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContentAttribute();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<label>[^\s""';]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CharsetInContent();
}
