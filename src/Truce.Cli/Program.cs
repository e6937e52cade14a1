using System.CommandLine;
using Truce.Cli.Log;

var root = new RootCommand("Truce: monitor and verify a ceasefire.");
root.Subcommands.Add(LogCommand.Create());
return await root.Parse(args).InvokeAsync();
