using System.CommandLine;

var root = new RootCommand("Truce: monitor and verify a ceasefire.");
return await root.Parse(args).InvokeAsync();
