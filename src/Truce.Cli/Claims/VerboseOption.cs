using System.CommandLine;

namespace Truce.Cli.Claims;

/// <summary>The claims commands' <c>--verbose</c> flag: print an internal error's stack trace, not just its one-line report.</summary>
public static class VerboseOption
{
    public static Option<bool> Create() => new("--verbose") { Description = "On an internal error, also print its stack trace" };
}
