using System.Globalization;

namespace Truce.Domain.Observations;

/// <summary>
/// Strict RFC 3339 date-time, as observation files must give it: <c>yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)</c>. A time without an offset is
/// ambiguous and refused; more than 7 fraction digits (100 ns) would be silently rounded and is refused too.
/// </summary>
public static class Rfc3339
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var s = text.AsSpan();
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s[..4], out var year) || !Digits(s[5..7], out var month) || !Digits(s[8..10], out var day)
            || !Digits(s[11..13], out var hour) || !Digits(s[14..16], out var minute) || !Digits(s[17..19], out var second))
        {
            return false;
        }

        var rest = s[19..];
        long ticks = 0;
        if (rest.Length > 0 && rest[0] == '.')
        {
            var end = 1;
            while (end < rest.Length && char.IsAsciiDigit(rest[end]))
            {
                end++;
            }

            var digits = end - 1;
            if (digits is 0 or > 7)
            {
                return false;
            }

            ticks = long.Parse(rest[1..end], NumberStyles.None, CultureInfo.InvariantCulture);
            for (var i = digits; i < 7; i++)
            {
                ticks *= 10;
            }

            rest = rest[end..];
        }

        TimeSpan offset;
        if (rest is "Z" or "z")
        {
            offset = TimeSpan.Zero;
        }
        else if (rest.Length == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':'
                 && Digits(rest[1..3], out var offsetHours) && Digits(rest[4..6], out var offsetMinutes)
                 && offsetHours <= 23 && offsetMinutes <= 59)
        {
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (rest[0] == '-')
            {
                offset = -offset;
            }
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks).ToUniversalTime();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>UTC, <c>Z</c>, fraction only as long as needed: the form Truce writes.</summary>
    public static string Format(DateTimeOffset value) => Format(value, trimFraction: true);

    /// <summary>
    /// UTC with <c>Z</c>; the fraction of a second trimmed of trailing zeros (and dropped when zero), or
    /// always 7 digits so that text order is time order. Written by hand: this runs for every stored record.
    /// </summary>
    public static string Format(DateTimeOffset value, bool trimFraction)
    {
        var utc = value.UtcDateTime;
        var fraction = (int)(utc.Ticks % TimeSpan.TicksPerSecond);
        var digits = 7;
        if (trimFraction)
        {
            while (digits > 0 && fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
        }

        Span<char> text = stackalloc char[28];
        Put(text[..4], utc.Year);
        text[4] = '-';
        Put(text[5..7], utc.Month);
        text[7] = '-';
        Put(text[8..10], utc.Day);
        text[10] = 'T';
        Put(text[11..13], utc.Hour);
        text[13] = ':';
        Put(text[14..16], utc.Minute);
        text[16] = ':';
        Put(text[17..19], utc.Second);
        var length = 19;
        if (digits > 0)
        {
            text[19] = '.';
            Put(text.Slice(20, digits), fraction);
            length = 20 + digits;
        }

        text[length] = 'Z';
        return new string(text[..(length + 1)]);
    }

    private static void Put(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
