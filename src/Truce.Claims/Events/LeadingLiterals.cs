using System.Globalization;
using System.Text.RegularExpressions;

namespace Truce.Claims.Events;

/// <summary>
/// The literal openings of a regex, read from its pattern: every match starts with one of them (each at most
/// <see cref="MaxLength"/> characters). Whatever it does not follow exactly — a wide class (<c>\w</c>, <c>\s</c>,
/// <c>[^…]</c>, <c>.</c>, a class of more than <see cref="MaxClassSize"/> characters), a back-reference — stands for
/// "any text from here", which only cuts an opening short; lookarounds and anchors match no text and are passed over.
/// When a match can start with any text, or the pattern holds a construct it does not know (inline options, conditionals,
/// comments, octal escapes), there are no openings and the answer is null: the regex has to run on every text.
/// </summary>
internal static class LeadingLiterals
{
    public const int MaxLength = 6;

    private const int MaxClassSize = 8;

    /// <summary>Above this many openings the longest are cut a character shorter, which keeps the set sound and small.</summary>
    private const int MaxOpenings = 256;

    /// <summary>The openings every match of <paramref name="pattern"/> starts with, or null when a match can start with any text.</summary>
    public static IReadOnlyList<string>? Of(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        Openings openings;
        var reader = new PatternReader(pattern);
        try
        {
            openings = reader.Alternation();
        }
        catch (NotSupportedException)
        {
            return null;
        }

        if (!reader.AtEnd || openings.Any(o => o.Text.Length == 0))
        {
            return null;
        }

        return [.. openings.Select(o => o.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A start of the text a pattern matches: <see cref="Exact"/> when that text is the whole of what the pattern matched,
    /// so what follows may extend it; otherwise only its first characters.
    /// </summary>
    private readonly record struct Opening(string Text, bool Exact);

    private sealed class Openings : HashSet<Opening>
    {
        public static Openings Empty() => [new Opening("", true)];

        public static Openings AnyText() => [new Opening("", false)];

        public static Openings Of(IEnumerable<char> characters) => [.. characters.Select(c => new Opening(c.ToString(), true))];

        public Openings Then(Openings next)
        {
            var joined = new Openings();
            foreach (var opening in this)
            {
                if (!opening.Exact || opening.Text.Length >= MaxLength)
                {
                    joined.Add(opening with { Exact = false });
                    continue;
                }

                foreach (var following in next)
                {
                    var text = opening.Text + following.Text;
                    joined.Add(text.Length > MaxLength ? new Opening(text[..MaxLength], false) : new Opening(text, following.Exact));
                }
            }

            return joined.Small();
        }

        public Openings Or(Openings other)
        {
            var union = new Openings();
            union.UnionWith(this);
            union.UnionWith(other);
            return union.Small();
        }

        public Openings Continuing() => [.. this.Select(o => o with { Exact = false })];

        private Openings Small()
        {
            var openings = this;
            while (openings.Count > MaxOpenings)
            {
                var longest = openings.Max(o => o.Text.Length);
                openings = [.. openings.Select(o => o.Text.Length == longest ? new Opening(o.Text[..^1], false) : o)];
            }

            return openings;
        }
    }

    /// <summary>Reads a .NET pattern by recursive descent, giving each part's openings.</summary>
    private sealed class PatternReader(string pattern)
    {
        private int position;

        public bool AtEnd => position == pattern.Length;

        public Openings Alternation()
        {
            var openings = Sequence();
            while (!AtEnd && pattern[position] == '|')
            {
                position++;
                openings = openings.Or(Sequence());
            }

            return openings;
        }

        private Openings Sequence()
        {
            var openings = Openings.Empty();
            while (!AtEnd && pattern[position] is not ('|' or ')'))
            {
                openings = openings.Then(Quantified(Atom()));
            }

            return openings;
        }

        private Openings Quantified(Openings atom)
        {
            if (AtEnd)
            {
                return atom;
            }

            int min;
            int? max;
            switch (pattern[position])
            {
                case '*':
                    (min, max) = (0, null);
                    position++;
                    break;
                case '+':
                    (min, max) = (1, null);
                    position++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    position++;
                    break;
                case '{':
                    (min, max) = Bounds();
                    break;
                default:
                    return atom;
            }

            if (!AtEnd && pattern[position] == '?')
            {
                position++;
            }

            return Repeated(atom, min, max);
        }

        private (int Min, int? Max) Bounds()
        {
            var close = pattern.IndexOf('}', position);
            var parts = close < 0 ? [] : pattern[(position + 1)..close].Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min) || min > 100)
            {
                throw new NotSupportedException("a brace that is not a quantifier");
            }

            int? max = min;
            if (parts.Length == 2)
            {
                max = parts[1].Length == 0 ? null
                    : int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var bound) ? bound
                    : throw new NotSupportedException("a brace that is not a quantifier");
            }

            position = close + 1;
            return (min, max);
        }

        // X{min,max}: X repeated j times for every j from min; past min + MaxLength repetitions every opening is as long as
        // it can be or stands for text that goes on, so the last repetition counted is marked as going on.
        private static Openings Repeated(Openings atom, int min, int? max)
        {
            var last = Math.Min(max ?? int.MaxValue, min + MaxLength + 1);
            var repeated = new Openings();
            var power = Openings.Empty();
            for (var times = 0; times <= last; times++)
            {
                if (times >= min)
                {
                    repeated = repeated.Or(times == last && last != max ? power.Continuing() : power);
                }

                if (times < last)
                {
                    power = power.Then(atom);
                }
            }

            return repeated;
        }

        private Openings Atom()
        {
            var c = pattern[position++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Openings.AnyText();
                case '^' or '$':
                    return Openings.Empty();
                case '*' or '+' or '?' or '{':
                    throw new NotSupportedException("a quantifier with nothing to repeat");
                default:
                    return Openings.Of([c]);
            }
        }

        private Openings Group()
        {
            var zeroWidth = false;
            if (pattern[position] == '?')
            {
                var kind = pattern[(position + 1)..Math.Min(pattern.Length, position + 3)];
                if (kind.StartsWith(':') || kind.StartsWith('>'))
                {
                    position += 2;
                }
                else if (kind.StartsWith('=') || kind.StartsWith('!'))
                {
                    position += 2;
                    zeroWidth = true;
                }
                else if (kind is "<=" or "<!")
                {
                    position += 3;
                    zeroWidth = true;
                }
                else if (kind.StartsWith('<') || kind.StartsWith('\''))
                {
                    var close = pattern.IndexOf(kind[0] == '<' ? '>' : '\'', position + 2);
                    if (close < 0 || pattern[(position + 2)..close].Any(n => !char.IsAsciiLetterOrDigit(n) && n != '_'))
                    {
                        throw new NotSupportedException("a balancing group or an unknown group");
                    }

                    position = close + 1;
                }
                else
                {
                    throw new NotSupportedException("inline options, a conditional or a comment");
                }
            }

            var inside = Alternation();
            if (AtEnd || pattern[position] != ')')
            {
                throw new NotSupportedException("an unclosed group");
            }

            position++;
            return zeroWidth ? Openings.Empty() : inside;
        }

        private Openings Class()
        {
            var negated = position < pattern.Length && pattern[position] == '^';
            if (negated)
            {
                position++;
            }

            var characters = new HashSet<char>();
            var wide = negated;
            var first = true;
            while (true)
            {
                if (AtEnd)
                {
                    throw new NotSupportedException("an unclosed class");
                }

                var c = pattern[position++];
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                char? from = c == '\\' ? ClassEscape() : c;
                if (from is null)
                {
                    wide = true;
                    continue;
                }

                if (position + 1 < pattern.Length && pattern[position] == '-' && pattern[position + 1] != ']')
                {
                    position++;
                    if (pattern[position] == '[')
                    {
                        throw new NotSupportedException("class subtraction");
                    }

                    var toCharacter = pattern[position++];
                    var to = toCharacter == '\\' ? ClassEscape() : toCharacter;
                    if (to is null || to < from)
                    {
                        throw new NotSupportedException("a range to a class");
                    }

                    if (to.Value - from.Value >= MaxClassSize)
                    {
                        wide = true;
                        continue;
                    }

                    for (var r = from.Value; r <= to.Value; r++)
                    {
                        characters.Add(r);
                    }

                    continue;
                }

                characters.Add(from.Value);
            }

            return wide || characters.Count > MaxClassSize ? Openings.AnyText() : Openings.Of(characters);
        }

        // The character an escape in a class stands for, or null for a class of its own (\w, \d, \p{…}).
        private char? ClassEscape()
        {
            var c = pattern[position++];
            if (c is 'w' or 'W' or 's' or 'S' or 'd' or 'D' or 'p' or 'P')
            {
                if (c is 'p' or 'P')
                {
                    position = pattern.IndexOf('}', position) + 1;
                }

                return null;
            }

            return c == 'b' ? '\b' : EscapedCharacter(c);
        }

        private Openings Escape()
        {
            var c = pattern[position++];
            switch (c)
            {
                case 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                    return Openings.AnyText();
                case 'p' or 'P':
                    position = pattern.IndexOf('}', position) + 1;
                    return Openings.AnyText();
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Openings.Empty();
                case 'k' or (>= '1' and <= '9'):
                    throw new NotSupportedException("a back-reference");
                default:
                    return Openings.Of([EscapedCharacter(c)]);
            }
        }

        private char EscapedCharacter(char c)
        {
            switch (c)
            {
                case 'u' or 'x':
                    var digits = c == 'u' ? 4 : 2;
                    var code = int.Parse(pattern.AsSpan(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    position += digits;
                    return (char)code;
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'v':
                    return '\v';
                case 'e':
                    return '\u001B';
                case 'a':
                    return '\a';
                case '0' or 'c' or (>= '1' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'):
                    throw new NotSupportedException("an escape it does not follow");
                default:
                    return c;
            }
        }
    }
}
