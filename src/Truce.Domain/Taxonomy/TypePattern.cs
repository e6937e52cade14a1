using System.Text.RegularExpressions;

namespace Truce.Domain.Taxonomy;

/// <summary>
/// A pattern over observation types: an exact code (<c>fire.artillery</c>), a prefix
/// (<c>fire.*</c> matches every code under <c>fire.</c>), or <c>*</c> for every code.
/// </summary>
public sealed partial record TypePattern
{
    private TypePattern(string text) => Text = text;

    public string Text { get; }

    /// <summary>Parses a pattern; returns null when it is not well formed.</summary>
    public static TypePattern? TryParse(string text)
    {
        if (text == "*")
        {
            return new TypePattern(text);
        }

        var code = text.EndsWith(".*", StringComparison.Ordinal) ? text[..^2] : text;
        return IsWellFormedCode(code) ? new TypePattern(text) : null;
    }

    public static bool IsWellFormedCode(string code) => CodeSyntax().IsMatch(code);

    public bool Matches(ObservationType type)
    {
        if (Text == "*")
        {
            return true;
        }

        if (Text.EndsWith(".*", StringComparison.Ordinal))
        {
            var prefix = Text[..^1];
            return type.Value.StartsWith(prefix, StringComparison.Ordinal);
        }

        return type.Value == Text;
    }

    public override string ToString() => Text;

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*$")]
    private static partial Regex CodeSyntax();
}
