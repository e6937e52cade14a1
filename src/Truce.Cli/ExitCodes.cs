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

    /// <summary>Runs a command's work: store and file problems are the user's to fix (1); anything else is a bug (2).</summary>
    public static int Guard(string command, TextWriter error, Func<int> work)
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
#pragma warning disable CA1031 // the command's last line of defence: a bug becomes exit code 2 with its trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"{command}: internal error: {e}");
            return InternalError;
        }
    }
}
