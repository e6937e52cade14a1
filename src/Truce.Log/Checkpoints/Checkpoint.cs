using System.Globalization;
using System.Text;

namespace Truce.Log.Checkpoints;

/// <summary>
/// A C2SP tlog-checkpoint body: origin line, tree size in decimal, base64 root hash, then optional
/// non-empty extension lines. <see cref="Format"/> and <see cref="TryParse"/> are exact inverses.
/// </summary>
public sealed record Checkpoint(string Origin, ulong Size, byte[] RootHash, IReadOnlyList<string> Extensions)
{
    public Checkpoint(string origin, ulong size, byte[] rootHash)
        : this(origin, size, rootHash, [])
    {
    }

    /// <summary>The note text: every line ends with '\n'.</summary>
    public string Format()
    {
        var builder = new StringBuilder()
            .Append(Origin).Append('\n')
            .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Convert.ToBase64String(RootHash)).Append('\n');
        foreach (var extension in Extensions)
        {
            builder.Append(extension).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Parses note text strictly: non-empty origin; size of decimal digits without sign or leading zero
    /// (except "0") that fits in 64 bits unsigned; root in canonical padded standard base64 of exactly 32 bytes;
    /// non-empty extension lines.
    /// </summary>
    public static Checkpoint? TryParse(string text, out string error)
    {
        if (text.Length == 0 || text[^1] != '\n')
        {
            error = "checkpoint text must end with a newline";
            return null;
        }

        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            error = $"checkpoint has {lines.Length} lines; it needs origin, size and root hash";
            return null;
        }

        if (lines[0].Length == 0)
        {
            error = "line 1: origin is empty";
            return null;
        }

        var sizeText = lines[1];
        if (sizeText.Length == 0 || sizeText.Any(c => c is < '0' or > '9') || (sizeText.Length > 1 && sizeText[0] == '0')
            || !ulong.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            error = $"line 2: tree size '{sizeText}' is not a decimal number without leading zeros that fits 64 bits";
            return null;
        }

        var root = StrictBase64.Decode(lines[2]);
        if (root is null || root.Length != 32)
        {
            error = $"line 3: root hash '{lines[2]}' is not canonical padded base64 of 32 bytes";
            return null;
        }

        var extensions = lines[3..];
        for (var i = 0; i < extensions.Length; i++)
        {
            if (extensions[i].Length == 0)
            {
                error = $"line {i + 4}: extension lines must not be empty";
                return null;
            }
        }

        error = string.Empty;
        return new Checkpoint(lines[0], size, root, extensions);
    }
}
