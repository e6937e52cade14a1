using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Truce.Claims.Events;

/// <summary>
/// Rewrites each bounded lazy loop of a non-capturing group, <c>(?:X){m,n}?</c>, into its unrolled equivalent: m
/// copies of X, then n − m nested lazy optionals, <c>(?:X(?:X(?:X)??)??)??</c>. Both try 0, 1, … n − m further
/// iterations in that order, so they match the same text with the same groups. The rewrite exists because .NET 10's
/// regex compiler and source generator mis-handle such a loop when it gives up at its upper bound after a construct
/// that can backtrack ("launched (?:an? )?(?:[\w,-]+ ){0,4}?strikes?" on "strikes launched an w w w w was" spins
/// for minutes, the interpreter answers at once; dotnet/runtime issue 133429), and the compiled form is kept for speed.
/// </summary>
internal static partial class LazyLoops
{
    /// <summary>Loops with a larger upper bound are left as they are: unrolled, they would make the pattern too long.</summary>
    private const int MaxUnrolled = 8;

    /// <summary>The pattern with every bounded lazy loop of a non-capturing group unrolled; other text unchanged.</summary>
    /// <exception cref="ArgumentException">A group to unroll holds a numbered capture, which copies would renumber.</exception>
    public static string Unroll(string pattern)
    {
        var output = new StringBuilder(pattern.Length * 2);
        var opens = new Stack<int>();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                output.Append(c);
                if (i + 1 < pattern.Length)
                {
                    output.Append(pattern[++i]);
                }

                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                output.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    output.Append(c);
                    break;
                case '(':
                    opens.Push(output.Length);
                    output.Append(c);
                    break;
                case ')':
                    var open = opens.Pop();
                    output.Append(c);
                    var quantifier = BoundedLazy().Match(pattern, i + 1);
                    if (quantifier.Success && output.ToString(open, 3) == "(?:")
                    {
                        var min = int.Parse(quantifier.Groups["min"].Value, CultureInfo.InvariantCulture);
                        var max = int.Parse(quantifier.Groups["max"].Value, CultureInfo.InvariantCulture);
                        if (max <= MaxUnrolled && max >= min)
                        {
                            var group = output.ToString(open, output.Length - open);
                            if (NumberedCapture().IsMatch(group))
                            {
                                throw new ArgumentException($"cannot unroll {group}: it holds a numbered capture", nameof(pattern));
                            }

                            output.Length = open;
                            output.Append(Unrolled(group, min, max));
                            i += quantifier.Length;
                        }
                    }

                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

    private static string Unrolled(string group, int min, int max)
    {
        var text = new StringBuilder();
        for (var k = 0; k < min; k++)
        {
            text.Append(group);
        }

        var optional = string.Empty;
        for (var k = 0; k < max - min; k++)
        {
            optional = $"(?:{group}{optional})??";
        }

        return text.Append(optional).ToString();
    }

    [GeneratedRegex(@"\G\{(?<min>\d+),(?<max>\d+)\}\?", RegexOptions.CultureInvariant)]
    private static partial Regex BoundedLazy();

    // An opening parenthesis not escaped, not in a class and not starting a (?…) construct.
    [GeneratedRegex(@"(?<!\\)\((?!\?)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedCapture();
}
