namespace Truce.Claims.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in the article text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
