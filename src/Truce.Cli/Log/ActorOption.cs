using System.CommandLine;

namespace Truce.Cli.Log;

/// <summary>The <c>--by NAME</c> option of every command that appends to the log: who did it, recorded as the entries' <c>by</c>.</summary>
public static class ActorOption
{
    public static Option<string> Create() =>
        new("--by") { Description = "Who is acting, recorded in the log entries (default: the OS user name).", DefaultValueFactory = _ => Default() };

    /// <summary>The OS user name, or <c>cli</c> when there is none.</summary>
    public static string Default() => string.IsNullOrWhiteSpace(Environment.UserName) ? "cli" : Environment.UserName;
}
