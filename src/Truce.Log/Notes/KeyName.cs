using System.Security.Cryptography;
using System.Text;

namespace Truce.Log.Notes;

/// <summary>Key names and key ids of C2SP signed-note.</summary>
public static class KeyName
{
    /// <summary>Ed25519, the only signature type Truce issues.</summary>
    public const byte Ed25519Type = 0x01;

    /// <summary>A key name is non-empty UTF-8 with no '+' and no Unicode whitespace.</summary>
    public static bool IsValid(string name) => name.Length > 0 && HasOnlyNameRunes(name);

    /// <summary>Key id: the first 4 bytes (big endian) of SHA-256(name ‖ 0x0A ‖ type ‖ public key).</summary>
    public static uint KeyId(string name, byte type, ReadOnlySpan<byte> publicKey)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(buffer, 0);
        buffer[nameBytes.Length] = 0x0A;
        buffer[nameBytes.Length + 1] = type;
        publicKey.CopyTo(buffer.AsSpan(nameBytes.Length + 2));
        var hash = SHA256.HashData(buffer);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash);
    }

    private static bool HasOnlyNameRunes(string name)
    {
        if (name.Contains('+', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune == Rune.ReplacementChar)
            {
                return false;
            }
        }

        return true;
    }
}
