using System.CommandLine;

namespace Truce.Cli.Log;

/// <summary><c>truce log …</c>: the tamper-evident record. Other log subcommands are added beside verify.</summary>
public static class LogCommand
{
    public static Command Create()
    {
        var command = new Command("log", "The tamper-evident record: a C2SP transparency log of every record.");
        command.Subcommands.Add(VerifyLogCommand.Create());
        return command;
    }
}
