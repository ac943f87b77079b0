using System.Globalization;
using System.Text;

namespace InclusionStandards.Conditions.Syntax;

/// <summary>Splits an expression into tokens. Errors become <see cref="TokenKind.Error"/> tokens.</summary>
internal sealed class Lexer
{
    private static readonly string[] Puncts =
        ["&&", "||", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "!", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}"];

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
        "namespace", "return", "var", "void", "while",
    };

    private readonly string _text;
    private int _pos;

    public Lexer(string text) => _text = text;

    public static bool IsReserved(string name) => Reserved.Contains(name);

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            var t = Next();
            tokens.Add(t);
            if (t.Kind is TokenKind.End or TokenKind.Error)
            {
                if (t.Kind == TokenKind.Error)
                {
                    tokens.Add(new Token(TokenKind.End, string.Empty, _text.Length));
                }

                return tokens;
            }
        }
    }

    private Token Next()
    {
        SkipSpaceAndComments();
        if (_pos >= _text.Length)
        {
            return new Token(TokenKind.End, string.Empty, _pos);
        }

        var start = _pos;
        var c = _text[_pos];
        if (c is 'r' or 'R' or 'b' or 'B' && _pos + 1 < _text.Length && IsStringStart(start))
        {
            return LexString(start);
        }

        if (c is '"' or '\'')
        {
            return LexString(start);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }

            var word = _text[start.._pos];
            return word switch
            {
                "true" => new Token(TokenKind.True, word, start, true),
                "false" => new Token(TokenKind.False, word, start, false),
                "null" => new Token(TokenKind.Null, word, start),
                "in" => new Token(TokenKind.In, word, start),
                _ => new Token(TokenKind.Ident, word, start),
            };
        }

        if (c == '`')
        {
            var end = _text.IndexOf('`', _pos + 1);
            if (end < 0)
            {
                return Error(start, "unterminated quoted identifier");
            }

            _pos = end + 1;
            return new Token(TokenKind.QuotedIdent, _text[(start + 1)..end], start);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1])))
        {
            return LexNumber(start);
        }

        foreach (var p in Puncts)
        {
            if (string.CompareOrdinal(_text, _pos, p, 0, p.Length) == 0)
            {
                _pos += p.Length;
                return new Token(TokenKind.Punct, p, start);
            }
        }

        return Error(start, $"unexpected character '{c}'");
    }

    private bool IsStringStart(int start)
    {
        var i = start;
        var seen = 0;
        while (i < _text.Length && seen < 2 && _text[i] is 'r' or 'R' or 'b' or 'B')
        {
            i++;
            seen++;
        }

        return i < _text.Length && _text[i] is '"' or '\'';
    }

    private void SkipSpaceAndComments()
    {
        while (_pos < _text.Length)
        {
            if (char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }
            else if (_text[_pos] == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private Token LexNumber(int start)
    {
        if (_text[_pos] == '0' && _pos + 1 < _text.Length && _text[_pos + 1] is 'x' or 'X')
        {
            _pos += 2;
            var hs = _pos;
            while (_pos < _text.Length && char.IsAsciiHexDigit(_text[_pos]))
            {
                _pos++;
            }

            var hex = _text[hs.._pos];
            var isUnsigned = EatUnsignedSuffix();
            if (!ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hv) || hex.Length == 0)
            {
                return Error(start, "invalid hexadecimal literal");
            }

            return IntToken(start, hv, isUnsigned);
        }

        var isDouble = false;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        if (_pos < _text.Length - 1 && _text[_pos] == '.' && char.IsAsciiDigit(_text[_pos + 1]))
        {
            isDouble = true;
            _pos++;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }
        }

        if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
        {
            var save = _pos;
            _pos++;
            if (_pos < _text.Length && _text[_pos] is '+' or '-')
            {
                _pos++;
            }

            if (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                isDouble = true;
                while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
                {
                    _pos++;
                }
            }
            else
            {
                _pos = save;
            }
        }

        var text = _text[start.._pos];
        if (isDouble)
        {
            var d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(d))
            {
                return Error(start, "double literal is out of range"); // as CEL's reference parser: 1e400 is no number
            }

            return new Token(TokenKind.Double, text, start, d);
        }

        var unsigned = EatUnsignedSuffix();
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            return Error(start, "integer literal is out of range");
        }

        return IntToken(start, v, unsigned);
    }

    private Token IntToken(int start, ulong value, bool unsigned)
    {
        var text = _text[start.._pos];
        if (unsigned)
        {
            return new Token(TokenKind.Uint, text, start, value);
        }

        // Values up to 2^63 are kept as ulong so that the parser can fold a leading minus into int64 minimum.
        return value > 9223372036854775808UL
            ? Error(start, "integer literal is out of range")
            : new Token(TokenKind.Int, text, start, value);
    }

    private bool EatUnsignedSuffix()
    {
        if (_pos < _text.Length && _text[_pos] is 'u' or 'U')
        {
            _pos++;
            return true;
        }

        return false;
    }

    private Token LexString(int start)
    {
        var raw = false;
        var bytes = false;
        while (_text[_pos] is not '"' and not '\'')
        {
            raw |= _text[_pos] is 'r' or 'R';
            bytes |= _text[_pos] is 'b' or 'B';
            _pos++;
        }

        var quote = _text[_pos];
        var triple = _pos + 2 < _text.Length && _text[_pos + 1] == quote && _text[_pos + 2] == quote;
        var delim = triple ? new string(quote, 3) : quote.ToString();
        _pos += delim.Length;
        var decoder = new StringLiteralDecoder(bytes);
        while (true)
        {
            if (_pos >= _text.Length)
            {
                return Error(start, "unterminated string literal");
            }

            if (string.CompareOrdinal(_text, _pos, delim, 0, delim.Length) == 0)
            {
                _pos += delim.Length;
                break;
            }

            var ch = _text[_pos];
            if (!triple && ch is '\n' or '\r')
            {
                return Error(start, "unterminated string literal");
            }

            if (ch == '\\' && !raw)
            {
                var err = decoder.Escape(_text, ref _pos);
                if (err is not null)
                {
                    return Error(_pos, err);
                }
            }
            else
            {
                decoder.AppendChar(_text, ref _pos);
            }
        }

        var lexeme = _text[start.._pos];
        return bytes
            ? new Token(TokenKind.Bytes, lexeme, start, decoder.ToBytes())
            : decoder.TryToText(out var s) ? new Token(TokenKind.String, lexeme, start, s) : Error(start, "invalid UTF-8 in string literal");
    }

    private Token Error(int offset, string message)
    {
        _pos = _text.Length;
        return new Token(TokenKind.Error, message, offset);
    }
}
