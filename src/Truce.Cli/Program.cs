using System.CommandLine;

var root = new RootCommand("Truce: monitor and verify a ceasefire.");
root.Subcommands.Add(Truce.Cli.Agreements.CheckAgreement.Command());
return await root.Parse(args).InvokeAsync();
