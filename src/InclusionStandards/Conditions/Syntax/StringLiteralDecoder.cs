using System.Globalization;
using System.Text;

namespace InclusionStandards.Conditions.Syntax;

/// <summary>Accumulates the content of a string or bytes literal as UTF-8 bytes, decoding escapes.</summary>
internal sealed class StringLiteralDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly List<byte> _bytes = new();
    private readonly bool _isBytes;

    public StringLiteralDecoder(bool isBytes) => _isBytes = isBytes;

    public void AppendChar(string text, ref int pos)
    {
        var len = char.IsHighSurrogate(text[pos]) && pos + 1 < text.Length ? 2 : 1;
        _bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(pos, len)));
        pos += len;
    }

    /// <summary>Decodes the escape at <paramref name="pos"/> (a backslash); returns an error message or null.</summary>
    public string? Escape(string text, ref int pos)
    {
        if (pos + 1 >= text.Length)
        {
            return "unterminated escape sequence";
        }

        var c = text[pos + 1];
        pos += 2;
        switch (c)
        {
            case 'a': _bytes.Add(7); return null;
            case 'b': _bytes.Add(8); return null;
            case 'f': _bytes.Add(12); return null;
            case 'n': _bytes.Add(10); return null;
            case 'r': _bytes.Add(13); return null;
            case 't': _bytes.Add(9); return null;
            case 'v': _bytes.Add(11); return null;
            case '\\' or '\'' or '"' or '`' or '?': _bytes.Add((byte)c); return null;
            case 'x' or 'X': return Hex(text, ref pos, 2, byteValue: true);
            case 'u': return _isBytes ? "\\u is not allowed in bytes literals" : Hex(text, ref pos, 4, byteValue: false);
            case 'U': return _isBytes ? "\\U is not allowed in bytes literals" : Hex(text, ref pos, 8, byteValue: false);
            case >= '0' and <= '3':
                if (pos + 1 >= text.Length || !IsOctal(text[pos]) || !IsOctal(text[pos + 1]))
                {
                    return "invalid octal escape";
                }

                var v = ((c - '0') * 64) + ((text[pos] - '0') * 8) + (text[pos + 1] - '0');
                pos += 2;
                return AddCodeOrByte(v, byteValue: true);
            default:
                return $"invalid escape sequence '\\{c}'";
        }
    }

    public byte[] ToBytes() => _bytes.ToArray();

    public bool TryToText(out string text)
    {
        try
        {
            text = StrictUtf8.GetString(_bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private string? Hex(string text, ref int pos, int digits, bool byteValue)
    {
        if (pos + digits > text.Length || !int.TryParse(text.AsSpan(pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v))
        {
            return "invalid hexadecimal escape";
        }

        pos += digits;
        return AddCodeOrByte(v, byteValue);
    }

    private string? AddCodeOrByte(int value, bool byteValue)
    {
        if (byteValue && _isBytes)
        {
            _bytes.Add((byte)value);
            return null;
        }

        if (value is > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return "invalid unicode code point";
        }

        _bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(value)));
        return null;
    }
}
