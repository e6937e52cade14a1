using System.CommandLine;
using Truce.Cli.Missions;
using Truce.Cli.Observations;

namespace Truce.Cli.Tests.Missions;

/// <summary>Runs the mission commands through the real command-line parser and handlers, in process, capturing output.</summary>
internal static class MissionCommands
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Add(InitCommand.Create(TimeProvider.System));
        root.Add(IngestCommand.Create(TimeProvider.System));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
