using System.CommandLine;
using Truce.Cli.Log;

var root = new RootCommand("Truce: monitor and verify a ceasefire.");
root.Subcommands.Add(Truce.Cli.Agreements.CheckAgreement.Command());
root.Add(Truce.Cli.Missions.InitCommand.Create(TimeProvider.System));
root.Add(Truce.Cli.Observations.IngestCommand.Create(TimeProvider.System));
root.Add(Truce.Cli.Violations.EvaluateCompliance.Command());
root.Add(Truce.Cli.Violations.ListViolations.Command());
root.Subcommands.Add(Truce.Cli.Claims.ClaimsCommand.Create());
root.Subcommands.Add(LogCommand.Create());
root.Subcommands.Add(Truce.Cli.Simulation.SimulateCommand.Create());
root.Add(Truce.Cli.Reports.ReportCommand.Command());
root.Add(Truce.Cli.Demo.RunDemo.Command(TimeProvider.System));
return await root.Parse(args).InvokeAsync();
