namespace Truce.Log;

/// <summary>
/// The outcome of a check that can fail for expected reasons (bad proof, tampered data): valid, or
/// invalid with a message saying what was wrong and where.
/// </summary>
public sealed record Verdict(bool IsValid, string Message)
{
    public static Verdict Valid { get; } = new(true, "ok");

    public static Verdict Invalid(string message) => new(false, message);
}
