namespace Truce.Log.Tests;

/// <summary>Locates the shared, read-only transparency-log vectors beside the repository.</summary>
internal static class TestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Tlog { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "testdata", "tlog"));

    public static string PathOf(params string[] parts) => Path.Combine([Tlog, .. parts]);

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No Truce.slnx above the test binaries.");
    }
}
