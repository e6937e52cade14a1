namespace Truce.Cli.Tests.EndToEnd;

/// <summary>
/// A copy of one of the repository's example missions in a temp folder, which a test may edit, with
/// room beside it for a mission data directory (<see cref="Data"/>, not created).
/// </summary>
internal sealed class MissionCopy : IDisposable
{
    public MissionCopy(string example)
    {
        Root = Path.Combine(Path.GetTempPath(), "truce-e2e-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(TruceProcess.RepositoryRoot(), "examples", example);
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string Folder => Path.Combine(Root, "mission");

    public string Data => Path.Combine(Root, "data");

    public string Database => Path.Combine(Data, "truce.db");

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Replaces the first occurrence of <paramref name="from"/> in a file, which must contain it.</summary>
    public void Edit(string name, string from, string to)
    {
        var text = File.ReadAllText(PathOf(name));
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{from}' not found in {name}");
        }

        File.WriteAllText(PathOf(name), string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
    }

    /// <summary>The 1-based line and column where <paramref name="text"/> first occurs in a file.</summary>
    public (int Line, int Column) Find(string name, string text)
    {
        var lines = File.ReadAllLines(PathOf(name));
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{text}' not found in {name}");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
