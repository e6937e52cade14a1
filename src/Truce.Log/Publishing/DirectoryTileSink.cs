using System.Runtime.InteropServices;

namespace Truce.Log.Publishing;

/// <summary>
/// Writes files under a directory, each to a temporary file that is fsynced and then renamed into place, so no
/// reader sees a half-written tile. <see cref="Flush"/> fsyncs every directory that received a file since the last
/// flush (on Unix), which makes the renames themselves durable. One writer per directory.
/// </summary>
public sealed partial class DirectoryTileSink(string root) : ITileSink
{
    private readonly HashSet<string> touchedDirectories = new(StringComparer.Ordinal);

    public byte[]? ReadExisting(string path)
    {
        var file = Locate(path);
        return File.Exists(file) ? File.ReadAllBytes(file) : null;
    }

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var file = Locate(path);
        var directory = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(directory);
        var temporary = file + ".tmp-" + Environment.ProcessId;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, file, overwrite: true);
        touchedDirectories.Add(directory);
    }

    public void Flush()
    {
        if (OperatingSystem.IsWindows())
        {
            touchedDirectories.Clear();
            return;
        }

        foreach (var directory in touchedDirectories)
        {
            SyncDirectory(directory);
        }

        touchedDirectories.Clear();
    }

    private static void SyncDirectory(string directory)
    {
        const int ReadOnlyFlag = 0;
        var descriptor = Open(directory, ReadOnlyFlag);
        if (descriptor < 0)
        {
            throw new IOException($"Cannot open directory {directory} to fsync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"fsync of directory {directory} failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    private string Locate(string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
