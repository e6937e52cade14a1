namespace Truce.Claims.Text;

/// <summary>A word of the article: letters with inner apostrophes and hyphens, or dotted initials ("U.S.").</summary>
public readonly record struct Token(int Start, int End, string Value, bool SentenceStart)
{
    public bool IsCapitalised => Value.Length > 0 && char.IsUpper(Value[0]);
}
