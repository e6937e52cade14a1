namespace Truce.Storage.Tests;

/// <summary>A fresh data directory under the system temp folder, deleted afterwards.</summary>
internal sealed class TempMission : IDisposable
{
    public TempMission()
    {
        Directory = Path.Combine(Path.GetTempPath(), "truce-store-" + Guid.NewGuid().ToString("N"));
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "truce.db");

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
