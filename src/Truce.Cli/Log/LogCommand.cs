using System.CommandLine;

namespace Truce.Cli.Log;

/// <summary><c>truce log …</c>: the tamper-evident record: key, checkpoint, publish, verify.</summary>
public static class LogCommand
{
    public static Command Create() => Create(TimeProvider.System);

    public static Command Create(TimeProvider time)
    {
        var command = new Command("log", "The tamper-evident record: a C2SP transparency log of every record.");
        command.Subcommands.Add(LogKeyCommand.Create());
        command.Subcommands.Add(LogCheckpointCommand.Create(time));
        command.Subcommands.Add(PublishLogCommand.Create(time));
        command.Subcommands.Add(VerifyLogCommand.Create());
        return command;
    }
}
