using System.Buffers.Binary;
using System.Globalization;
using NSec.Cryptography;

namespace Truce.Log.Notes;

/// <summary>
/// An Ed25519 verifier key of C2SP signed-note, written as <c>&lt;name&gt;+&lt;hex key id&gt;+&lt;base64(0x01 ‖ public key)&gt;</c>.
/// Immutable and thread safe.
/// </summary>
public sealed class NoteVerifier
{
    private readonly PublicKey publicKey;

    private NoteVerifier(string name, uint keyId, byte[] publicKeyBytes)
    {
        Name = name;
        KeyId = keyId;
        PublicKeyBytes = publicKeyBytes;
        publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, publicKeyBytes, KeyBlobFormat.RawPublicKey);
    }

    public string Name { get; }

    public uint KeyId { get; }

    /// <summary>The 32-byte Ed25519 public key.</summary>
    public byte[] PublicKeyBytes { get; }

    /// <summary>Creates a verifier from a name and a raw 32-byte Ed25519 public key.</summary>
    public static NoteVerifier FromPublicKey(string name, ReadOnlySpan<byte> publicKey)
    {
        if (!KeyName.IsValid(name) || publicKey.Length != 32)
        {
            throw new ArgumentException("A verifier needs a valid key name and a 32-byte Ed25519 public key.");
        }

        return new NoteVerifier(name, KeyName.KeyId(name, KeyName.Ed25519Type, publicKey), publicKey.ToArray());
    }

    /// <summary>Parses a verifier key; returns null and a reason when it is not a valid Ed25519 verifier key.</summary>
    public static NoteVerifier? TryParse(string text, out string error)
    {
        var parts = text.Trim().Split('+', 3);
        if (parts.Length != 3)
        {
            error = "a verifier key has the form <name>+<hex key id>+<base64 key>";
            return null;
        }

        var (name, idHex, keyB64) = (parts[0], parts[1], parts[2]);
        if (!KeyName.IsValid(name))
        {
            error = $"invalid key name '{name}'";
            return null;
        }

        if (idHex.Length != 8 || !uint.TryParse(idHex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var keyId))
        {
            error = $"key id '{idHex}' is not 8 hex digits";
            return null;
        }

        var key = StrictBase64.Decode(keyB64);
        if (key is null || key.Length != 33 || key[0] != KeyName.Ed25519Type)
        {
            error = "key must be base64 of 0x01 followed by a 32-byte Ed25519 public key";
            return null;
        }

        if (KeyName.KeyId(name, KeyName.Ed25519Type, key.AsSpan(1)) != keyId)
        {
            error = $"key id {idHex} does not match the key";
            return null;
        }

        error = string.Empty;
        return new NoteVerifier(name, keyId, key[1..]);
    }

    public static NoteVerifier Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException($"Invalid verifier key: {error}.");

    /// <summary>Checks an Ed25519 signature (64 bytes) over the note text bytes.</summary>
    public bool Verify(ReadOnlySpan<byte> text, ReadOnlySpan<byte> signature) =>
        signature.Length == 64 && SignatureAlgorithm.Ed25519.Verify(publicKey, text, signature);

    /// <summary>The verifier key in its text encoding.</summary>
    public override string ToString()
    {
        var key = new byte[33];
        key[0] = KeyName.Ed25519Type;
        PublicKeyBytes.CopyTo(key, 1);
        Span<byte> id = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(id, KeyId);
        return $"{Name}+{Convert.ToHexStringLower(id)}+{Convert.ToBase64String(key)}";
    }
}
