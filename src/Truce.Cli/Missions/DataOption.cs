using System.CommandLine;

namespace Truce.Cli.Missions;

/// <summary>The <c>--data DIR</c> option every mission command takes.</summary>
public static class DataOption
{
    public const string Default = "truce-data";

    public static Option<string> Create() =>
        new("--data") { Description = "The mission's data directory.", DefaultValueFactory = _ => Default };
}
