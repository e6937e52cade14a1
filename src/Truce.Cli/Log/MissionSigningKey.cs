using Truce.Log.Notes;

namespace Truce.Cli.Log;

/// <summary>
/// The mission's Ed25519 signing key: <c>DIR/signing.key</c>, mode 0600, created by <c>truce init</c> (or copied there
/// from <c>--key FILE</c>). Only the checkpoint signer reads it; no command prints it.
/// </summary>
public static class MissionSigningKey
{
    public const string FileName = "signing.key";

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>
    /// The key a new mission will sign with: the one already in the data directory (left by an <c>init</c> that
    /// failed after writing it), else the one in <paramref name="keyFile"/> copied in, else a new one named
    /// <paramref name="origin"/>. Null and a message when a key file is unusable or two keys disagree.
    /// </summary>
    public static NoteSigner? Prepare(string dataDirectory, string? keyFile, string origin, out string error)
    {
        var path = PathIn(dataDirectory);
        NoteSigner? brought = null;
        if (keyFile is not null)
        {
            if (!File.Exists(keyFile))
            {
                error = $"--key: no file {keyFile}";
                return null;
            }

            brought = SignerKeyFile.TryLoad(keyFile, out var keyError);
            if (brought is null)
            {
                error = $"--key: {keyError}";
                return null;
            }
        }

        if (File.Exists(path))
        {
            var existing = SignerKeyFile.TryLoad(path, out var existingError);
            if (existing is null)
            {
                brought?.Dispose();
                error = existingError;
                return null;
            }

            if (brought is not null && brought.Verifier.ToString() != existing.Verifier.ToString())
            {
                brought.Dispose();
                existing.Dispose();
                error = $"{path} already holds a different signing key than --key {keyFile}";
                return null;
            }

            brought?.Dispose();
            error = string.Empty;
            return existing;
        }

        Directory.CreateDirectory(dataDirectory);
        error = string.Empty;
        if (brought is null)
        {
            return SignerKeyFile.Create(path, origin);
        }

        SignerKeyFile.Write(path, brought);
        return brought;
    }

    /// <summary>The mission's signer; null and a message when the key file is missing or unusable.</summary>
    public static NoteSigner? Load(string dataDirectory, out string error) => SignerKeyFile.TryLoad(PathIn(dataDirectory), out error);
}
