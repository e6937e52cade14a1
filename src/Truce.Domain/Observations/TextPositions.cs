using System.Text;

namespace Truce.Domain.Observations;

/// <summary>Maps byte offsets in a UTF-8 buffer to 1-based line and character column.</summary>
internal sealed class TextPositions
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly int _firstLine;
    private List<int>? _lineStarts;

    public TextPositions(ReadOnlyMemory<byte> bytes, int firstLine = 1)
    {
        _bytes = bytes;
        _firstLine = firstLine;
    }

    public (int Line, int Column) At(int offset)
    {
        _lineStarts ??= FindLineStarts(_bytes.Span);
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var start = _lineStarts[index];
        var column = Encoding.UTF8.GetCharCount(_bytes.Span[start..Math.Min(offset, _bytes.Length)]) + 1;
        return (_firstLine + index, column);
    }

    private static List<int> FindLineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
