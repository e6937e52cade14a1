using Xunit;

namespace Truce.Cli.Tests.EndToEnd;

/// <summary>The independent mission, created and holding its 33 point observations, shared by tests that must leave it unchanged.</summary>
public sealed class IngestedIndependentMission : IDisposable
{
    public const int Stored = 33;

    private readonly MissionCopy _copy = new("independent-check");

    public IngestedIndependentMission()
    {
        Assert.Equal(0, Truce("init", _copy.PathOf("agreement.yaml")).Code);
        Assert.Equal(0, Truce("ingest", _copy.PathOf("observations.ndjson")).Code);
    }

    public string Data => _copy.Data;

    public string Write(string name, string content)
    {
        var path = Path.Combine(_copy.Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    public (int Code, string Output, string Error) Truce(params string[] args) => TruceProcess.Run([.. args, "--data", _copy.Data]);

    public void Dispose() => _copy.Dispose();
}
