using System.CommandLine;

var root = new RootCommand("Truce: monitor and verify a ceasefire.");
root.Subcommands.Add(Truce.Cli.Claims.ClaimsCommand.Create());
return await root.Parse(args).InvokeAsync();
