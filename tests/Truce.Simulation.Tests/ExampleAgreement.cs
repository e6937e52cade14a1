using Truce.Domain.Agreements;

namespace Truce.Simulation.Tests;

/// <summary>The repository's example agreement (examples/example-30-day), parsed once with the real loader.</summary>
internal static class ExampleAgreement
{
    private static readonly Lazy<Agreement> Parsed = new(Load);

    public static Agreement Value => Parsed.Value;

    public static string Directory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
            {
                directory = directory.Parent;
            }

            return directory is null
                ? throw new InvalidOperationException("cannot find the repository root (the folder holding Truce.slnx) above " + AppContext.BaseDirectory)
                : Path.Combine(directory.FullName, "examples", "example-30-day");
        }
    }

    private static Agreement Load()
    {
        var folder = Directory;
        var path = Path.Combine(folder, "agreement.yaml");
        var result = AgreementParser.Parse(path, File.ReadAllText(path), relative => File.ReadAllText(Path.Combine(folder, relative)));
        return result.Agreement ?? throw new InvalidOperationException(string.Join('\n', result.Errors));
    }
}
