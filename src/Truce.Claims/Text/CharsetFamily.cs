namespace Truce.Claims.Text;

/// <summary>How this reader treats a declared character encoding.</summary>
internal enum CharsetFamily
{
    /// <summary>UTF-8, and the UTF-16 labels that a page readable as ASCII markup cannot really mean.</summary>
    Utf8,

    /// <summary>windows-1252 and the labels the WHATWG Encoding Standard maps to it (iso-8859-1, latin1, us-ascii…).</summary>
    Windows1252,

    /// <summary>Any other label, known (koi8-r, shift_jis) or not: this reader decodes neither.</summary>
    Unsupported,
}
