namespace Truce.Cli.Demo;

/// <summary>One step of the demo: what it says it does, and the work, which writes its detail to the demo log and returns an exit code.</summary>
public sealed record DemoStep(string Title, Func<TextWriter, int> Work);
