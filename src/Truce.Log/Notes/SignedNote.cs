using System.Buffers.Binary;
using System.Text;

namespace Truce.Log.Notes;

/// <summary>
/// C2SP signed-note: opening (parse and verify) and signing. A note is UTF-8 text ending in '\n', a blank
/// line, then one line per signature: U+2014, space, key name, space, base64(4-byte big-endian key id ‖
/// signature). Only '\n' ends lines; any other control character makes the note malformed.
/// </summary>
public static class SignedNote
{
    /// <summary>Signature lines accepted at most (the spec asks for at least 16).</summary>
    public const int MaxSignatures = 100;

    private const string SignaturePrefix = "\u2014 ";

    /// <summary>
    /// Opens a note: signatures by known verifiers (matched by name and key id) must all verify, signatures by
    /// unknown keys are ignored, and at least one known signature is required. Repeated signatures by one key
    /// and repeated identical unknown lines are dropped.
    /// </summary>
    public static NoteOpenResult Open(ReadOnlySpan<byte> message, IReadOnlyCollection<NoteVerifier> verifiers)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(message);
        }
        catch (DecoderFallbackException)
        {
            return Malformed("note is not valid UTF-8");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            return Malformed("note starts with a byte-order mark");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < 0x20 && text[i] != '\n')
            {
                return Malformed($"note contains control character U+{(int)text[i]:X4} at offset {i} (only \\n ends lines)");
            }
        }

        var split = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return Malformed("note has no blank line before its signatures");
        }

        var body = text[..(split + 1)];
        var signatureBlock = text[(split + 2)..];
        if (signatureBlock.Length == 0 || signatureBlock[^1] != '\n')
        {
            return Malformed("signature block is empty or does not end with a newline");
        }

        var bodyBytes = Encoding.UTF8.GetBytes(body);
        var verified = new List<NoteSignature>();
        var unverified = new List<NoteSignature>();
        var seenUnknownLines = new HashSet<string>(StringComparer.Ordinal);
        var seenKnown = new HashSet<(string, uint)>();
        var lines = signatureBlock[..^1].Split('\n');
        foreach (var line in lines)
        {
            var parsed = ParseSignatureLine(line);
            if (parsed is null)
            {
                return Malformed($"malformed signature line '{line}'");
            }

            if (verified.Count + unverified.Count >= MaxSignatures)
            {
                return Malformed($"note has more than {MaxSignatures} signatures");
            }

            var verifier = verifiers.FirstOrDefault(v => v.Name == parsed.Name && v.KeyId == parsed.KeyId);
            if (verifier is null)
            {
                if (seenUnknownLines.Add(line))
                {
                    unverified.Add(parsed);
                }

                continue;
            }

            if (!seenKnown.Add((parsed.Name, parsed.KeyId)))
            {
                continue;
            }

            if (!verifier.Verify(bodyBytes, parsed.Signature))
            {
                return new NoteOpenResult(null, NoteError.InvalidSignature, $"signature by {parsed.Name}+{parsed.KeyId:x8} does not verify");
            }

            verified.Add(parsed);
        }

        if (verified.Count == 0)
        {
            return new NoteOpenResult(null, NoteError.NoVerifiableSignature, "note has no signature by a known key");
        }

        return new NoteOpenResult(new Note(body, verified, unverified), null, "ok");
    }

    /// <summary>Signs <paramref name="text"/> (which must end in '\n' and hold no control characters but '\n').</summary>
    public static byte[] Sign(string text, params IReadOnlyList<NoteSigner> signers)
    {
        if (text.Length == 0 || text[^1] != '\n' || text.Any(c => c < 0x20 && c != '\n'))
        {
            throw new ArgumentException("Note text must end in a newline and contain no control characters but newlines.", nameof(text));
        }

        var textBytes = Encoding.UTF8.GetBytes(text);
        var builder = new StringBuilder(text).Append('\n');
        foreach (var signer in signers)
        {
            var signature = signer.Sign(textBytes);
            var framed = new byte[4 + signature.Length];
            BinaryPrimitives.WriteUInt32BigEndian(framed, signer.KeyId);
            signature.CopyTo(framed, 4);
            builder.Append(SignaturePrefix).Append(signer.Name).Append(' ').Append(Convert.ToBase64String(framed)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static NoteSignature? ParseSignatureLine(string line)
    {
        if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = line[SignaturePrefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return null;
        }

        var name = rest[..space];
        var encoded = rest[(space + 1)..];
        if (!KeyName.IsValid(name) || encoded.Length == 0 || encoded.Any(char.IsWhiteSpace))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            return null;
        }

        return bytes.Length < 5 ? null : new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(bytes), bytes[4..]);
    }

    private static NoteOpenResult Malformed(string message) => new(null, NoteError.Malformed, message);
}
