namespace Truce.Log;

/// <summary>
/// Standard padded base64 (RFC 4648 §4) decoding that rejects every other spelling of the same bytes:
/// the input must equal the canonical encoding of what it decodes to.
/// </summary>
public static class StrictBase64
{
    /// <summary>The decoded bytes, or null when <paramref name="text"/> is not canonical base64.</summary>
    public static byte[]? Decode(string text)
    {
        if (text.Length == 0 || text.Length % 4 != 0)
        {
            return null;
        }

        try
        {
            var bytes = Convert.FromBase64String(text);
            return Convert.ToBase64String(bytes) == text ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
