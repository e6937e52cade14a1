using Truce.Cli.Log;
using Xunit;

namespace Truce.Cli.Tests.Log;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SignerKeyFileTests : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "truce-key-" + Guid.NewGuid().ToString("N"));

    public SignerKeyFileTests() => Directory.CreateDirectory(temp);

    [Fact]
    public void ACreatedKeyIsPrivateToItsOwnerAndLoadsBack()
    {
        var path = Path.Combine(temp, "log.key");
        using var created = SignerKeyFile.Create(path, "example.org/mission");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        using var loaded = SignerKeyFile.TryLoad(path, out var error);
        Assert.NotNull(loaded);
        Assert.Equal(created.Verifier.ToString(), loaded.Verifier.ToString());
        Assert.Empty(error);
    }

    [Fact]
    public void AnExistingKeyIsNeverOverwritten()
    {
        var path = Path.Combine(temp, "log.key");
        using var first = SignerKeyFile.Create(path, "example.org/mission");
        var before = File.ReadAllText(path);
        Assert.Throws<IOException>(() => SignerKeyFile.Create(path, "example.org/mission").Dispose());
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void AKeyReadableByOthersIsRefusedWithAHint()
    {
        var path = Path.Combine(temp, "log.key");
        SignerKeyFile.Create(path, "example.org/mission").Dispose();
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        Assert.Null(SignerKeyFile.TryLoad(path, out var error));
        Assert.Contains("chmod 600", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(temp, recursive: true);
}
