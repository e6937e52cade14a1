using Truce.Storage;

namespace Truce.Cli;

/// <summary>
/// The exit codes every command keeps — 0 success, 1 a user error with a message, 2 an internal
/// error — and the one place that turns exceptions into them.
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int InternalError = 2;

    /// <summary>
    /// Runs a command's work: store and file problems are the user's to fix (1); anything else is a
    /// bug (2), printed with its stack trace, or in one line with its type and message when
    /// <paramref name="trace"/> is false.
    /// </summary>
    public static int Guard(string command, TextWriter error, Func<int> work, bool trace = true)
    {
        try
        {
            return work();
        }
        catch (StoreException e)
        {
            error.WriteLine(e.Message);
            return UserError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{command}: {e.Message}");
            return UserError;
        }
#pragma warning disable CA1031 // the command's last line of defence: a bug becomes exit code 2, with its trace when asked
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine(trace ? $"{command}: internal error: {e}"
                : $"{command}: internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} (hint: --verbose prints the stack trace)");
            return InternalError;
        }
    }
}
