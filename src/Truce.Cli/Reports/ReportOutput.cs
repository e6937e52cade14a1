namespace Truce.Cli.Reports;

/// <summary>
/// Where a report goes: a file (pictures beside it, named after it) or standard output (pictures in
/// the working directory, named after the report).
/// </summary>
public sealed record ReportOutput(string? File, string DefaultStem)
{
    /// <summary>The file a picture of the report is written to, and how the report links it.</summary>
    public (string Path, string Link) Picture(string suffix)
    {
        var stem = File is null ? DefaultStem : Path.GetFileNameWithoutExtension(File);
        var folder = File is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(File))!;
        Directory.CreateDirectory(folder);
        var link = $"{stem}-{suffix}.png";
        return (Path.Combine(folder, link), link);
    }

    public void Write(string text, TextWriter output)
    {
        if (File is null)
        {
            output.Write(text);
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(File))!;
        Directory.CreateDirectory(folder);
        System.IO.File.WriteAllText(File, text);
    }
}
