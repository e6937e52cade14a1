using System.CommandLine;
using Truce.Cli.Missions;

namespace Truce.Cli.Log;

/// <summary><c>truce log key [--data DIR]</c>: prints the mission's C2SP verifier key (public), one line.</summary>
public static class LogKeyCommand
{
    public static Command Create()
    {
        var data = DataOption.Create();
        var command = new Command("key", "Print the mission's verifier key <name>+<id>+<base64>, for truce log verify --key.") { data };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("log key", error, () =>
            {
                using var signer = MissionSigningKey.Load(parse.GetValue(data)!, out var keyError);
                if (signer is null)
                {
                    error.WriteLine(keyError);
                    return ExitCodes.UserError;
                }

                output.WriteLine(signer.Verifier.ToString());
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
