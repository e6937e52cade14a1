namespace Truce.Claims.Tests;

/// <summary>What the construction grids share: writing a sentence's first word, and checking one sentence's attribution.</summary>
internal static class Grid
{
    /// <summary><paramref name="words"/> as they open a sentence ("the Kremlin" → "The Kremlin").</summary>
    public static string Opening(string words) => char.ToUpperInvariant(words[0]) + words[1..];

    /// <summary>
    /// Adds <paramref name="text"/> to <paramref name="failures"/>, with the speakers found, unless a statement of
    /// <paramref name="speaker"/> holds <paramref name="words"/> (case ignored).
    /// </summary>
    public static void CheckAttributed(string text, string speaker, string words, List<string> failures)
    {
        var statements = Extract.From(text).Statements;
        if (!statements.Any(s => s.Speaker == speaker && s.Text.Contains(words, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"{text} → {string.Join(", ", statements.Select(s => s.Speaker))}");
        }
    }
}
