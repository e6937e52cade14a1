namespace Truce.Cli.Log;

/// <summary>
/// The log settings <c>truce init</c> takes: the host part of the origin <c>&lt;host&gt;/&lt;agreement id&gt;</c>
/// (default <see cref="DefaultHost"/>), a signing key file to bring instead of generating one, the actor recorded as
/// <c>by</c>, and the minimum interval between checkpoints (zero: one after every batch).
/// </summary>
public sealed record MissionLogOptions
{
    /// <summary>The host of a mission that has not said where it will be served; change it with <c>--host</c> at init.</summary>
    public const string DefaultHost = "localhost";

    public string Host { get; init; } = DefaultHost;

    public string? KeyFile { get; init; }

    public string By { get; init; } = ActorOption.Default();

    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.Zero;
}
