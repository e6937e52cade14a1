using Truce.Log.Notes;

namespace Truce.Cli.Log;

/// <summary>
/// The mission's signing key on disk: one line <c>PRIVATE+KEY+…</c>, created with mode 0600 and never
/// overwritten. For <c>truce init</c>, <c>truce log key</c> and <c>truce log publish</c>.
/// </summary>
public static class SignerKeyFile
{
    /// <summary>Generates a key named <paramref name="name"/> (the log origin) and writes it to a new file.</summary>
    public static NoteSigner Create(string path, string name)
    {
        var signer = NoteSigner.Generate(name);
        Write(path, signer);
        return signer;
    }

    /// <summary>Writes an existing signer key (e.g. from <c>--key FILE</c>) to a new file with mode 0600.</summary>
    public static void Write(string path, NoteSigner signer)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(signer.Export());
        writer.Write('\n');
        writer.Flush();
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Reads a signer key file; null and a message saying what to do when it is missing or invalid.</summary>
    public static NoteSigner? TryLoad(string path, out string error)
    {
        if (!File.Exists(path))
        {
            error = $"no signing key at {path} (hint: `truce init` creates one; `--key FILE` brings your own)";
            return null;
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
        {
            error = $"signing key {path} is readable by others (hint: chmod 600 {path})";
            return null;
        }

        var signer = NoteSigner.TryParse(File.ReadAllText(path).Trim(), out var parseError);
        error = signer is null ? $"{path}: {parseError}" : string.Empty;
        return signer;
    }
}
