using System.Buffers.Binary;
using System.Globalization;
using NSec.Cryptography;

namespace Truce.Log.Notes;

/// <summary>
/// An Ed25519 signing key of C2SP signed-note, written as
/// <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex key id&gt;+&lt;base64(0x01 ‖ 32-byte seed)&gt;</c>. Its <see cref="ToString"/> never
/// reveals the key; use <see cref="Export"/> deliberately. Disposable: it holds native key material.
/// </summary>
public sealed class NoteSigner : IDisposable
{
    private readonly Key key;

    private NoteSigner(string name, Key key)
    {
        Name = name;
        this.key = key;
        Verifier = NoteVerifier.FromPublicKey(name, key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    public string Name { get; }

    public uint KeyId => Verifier.KeyId;

    /// <summary>The matching verifier (public key).</summary>
    public NoteVerifier Verifier { get; }

    /// <summary>Generates a fresh Ed25519 key for <paramref name="name"/>.</summary>
    public static NoteSigner Generate(string name)
    {
        if (!KeyName.IsValid(name))
        {
            throw new ArgumentException($"Invalid key name '{name}'.", nameof(name));
        }

        var parameters = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
        return new NoteSigner(name, Key.Create(SignatureAlgorithm.Ed25519, parameters));
    }

    /// <summary>Parses a signer key; returns null and a reason when it is not a valid Ed25519 signer key.</summary>
    public static NoteSigner? TryParse(string text, out string error)
    {
        var parts = text.Trim().Split('+', 5);
        if (parts.Length != 5 || parts[0] != "PRIVATE" || parts[1] != "KEY")
        {
            error = "a signer key has the form PRIVATE+KEY+<name>+<hex key id>+<base64 key>";
            return null;
        }

        var (name, idHex, seedB64) = (parts[2], parts[3], parts[4]);
        if (!KeyName.IsValid(name))
        {
            error = "invalid key name";
            return null;
        }

        if (idHex.Length != 8 || !uint.TryParse(idHex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var keyId))
        {
            error = "key id is not 8 hex digits";
            return null;
        }

        var seed = StrictBase64.Decode(seedB64);
        if (seed is null || seed.Length != 33 || seed[0] != KeyName.Ed25519Type)
        {
            error = "key must be base64 of 0x01 followed by a 32-byte Ed25519 seed";
            return null;
        }

        var parameters = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
        var key = Key.Import(SignatureAlgorithm.Ed25519, seed.AsSpan(1), KeyBlobFormat.RawPrivateKey, parameters);
        var signer = new NoteSigner(name, key);
        if (signer.KeyId != keyId)
        {
            signer.Dispose();
            error = "key id does not match the key";
            return null;
        }

        error = string.Empty;
        return signer;
    }

    public static NoteSigner Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException($"Invalid signer key: {error}.");

    /// <summary>The 64-byte Ed25519 signature of <paramref name="text"/>.</summary>
    public byte[] Sign(ReadOnlySpan<byte> text) => SignatureAlgorithm.Ed25519.Sign(key, text);

    /// <summary>The secret signer key in its text encoding. Store it with mode 0600; never log it.</summary>
    public string Export()
    {
        var seed = new byte[33];
        seed[0] = KeyName.Ed25519Type;
        key.Export(KeyBlobFormat.RawPrivateKey).CopyTo(seed, 1);
        Span<byte> id = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(id, KeyId);
        return $"PRIVATE+KEY+{Name}+{Convert.ToHexStringLower(id)}+{Convert.ToBase64String(seed)}";
    }

    public override string ToString() => $"signer {Name} (key id {KeyId:x8})";

    public void Dispose() => key.Dispose();
}
