using System.Globalization;

namespace InclusionStandards.Validation;

/// <summary>
/// A scoring limiter's <c>when</c>, read: <c>anyLevelAtMost(n)</c> (some part scored n or less; <see cref="Count"/> is
/// null) or <c>countLevelAtMost(n) &gt;= k</c> (at least k parts did). Immutable.
/// </summary>
/// <param name="Level">The level score n.</param>
/// <param name="Count">The count k; null for <c>anyLevelAtMost</c>.</param>
internal sealed record LimiterCondition(double Level, int? Count)
{
    /// <summary>The largest level or count a limiter may name; anything above is surely a typo, and could overflow.</summary>
    public const int MaxArgument = 1_000_000;

    /// <summary>Reads a limiter condition; null when <paramref name="text"/> is neither form.</summary>
    public static LimiterCondition? Parse(string text)
    {
        var r = new Reader(text);
        if (r.Word("anyLevelAtMost") && r.Char('(') && r.Number() is { } n && r.Char(')') && r.End())
        {
            return new LimiterCondition(n, null);
        }

        r = new Reader(text);
        if (r.Word("countLevelAtMost") && r.Char('(') && r.Number() is { } level && r.Char(')') && r.Char('>') && r.Char('=', spaceBefore: false)
            && r.Number(integer: true) is { } count && r.End())
        {
            return new LimiterCondition(level, (int)count);
        }

        return null;
    }

    /// <summary>A scanner of the two limiter forms: words, single characters and ASCII numbers, with spaces between.</summary>
    private ref struct Reader(string text)
    {
        private int _at;

        public bool Word(string word)
        {
            Skip();
            if (string.CompareOrdinal(text, _at, word, 0, word.Length) != 0)
            {
                return false;
            }

            _at += word.Length;
            return true;
        }

        public bool Char(char c, bool spaceBefore = true)
        {
            if (spaceBefore)
            {
                Skip();
            }

            if (_at >= text.Length || text[_at] != c)
            {
                return false;
            }

            _at++;
            return true;
        }

        /// <summary>An ASCII decimal number (digits, optionally a point and digits) no larger than <see cref="MaxArgument"/>.</summary>
        public double? Number(bool integer = false)
        {
            Skip();
            var start = _at;
            while (_at < text.Length && char.IsAsciiDigit(text[_at]))
            {
                _at++;
            }

            if (_at == start)
            {
                return null;
            }

            if (!integer && _at + 1 < text.Length && text[_at] == '.' && char.IsAsciiDigit(text[_at + 1]))
            {
                _at++;
                while (_at < text.Length && char.IsAsciiDigit(text[_at]))
                {
                    _at++;
                }
            }

            var digits = text[start.._at];
            return digits.Length <= 16 && double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v <= MaxArgument ? v : null;
        }

        public bool End()
        {
            Skip();
            return _at == text.Length;
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}
