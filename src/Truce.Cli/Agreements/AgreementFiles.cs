using Truce.Domain.Agreements;

namespace Truce.Cli.Agreements;

/// <summary>Reads an agreement file and the GeoJSON files it names (relative to it) from disk, then parses it.</summary>
public static class AgreementFiles
{
    public static AgreementParseResult Load(string path)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new AgreementParseResult(null, [new AgreementError(path, 0, 0, null, $"cannot read the agreement file: {ex.Message}")]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return AgreementParser.Parse(path, yaml, relative =>
        {
            try
            {
                return Path.IsPathRooted(relative) ? null : File.ReadAllText(Path.Combine(directory, relative));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return null;
            }
        });
    }
}
