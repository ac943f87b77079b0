using System.Globalization;
using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Scoring;

/// <summary>
/// Scoring-scheme limiters: caps on an aggregate rating. The limiter conditions are predicates over the child
/// scores: <c>anyLevelAtMost(n)</c> (some part scored n or less) and <c>countLevelAtMost(n) &gt;= k</c>.
/// </summary>
internal static class Limiters
{
    /// <summary>True when <paramref name="text"/> is a limiter condition this evaluator understands.</summary>
    public static bool IsSupported(string text) => Parse(text) is not null;

    /// <summary>Applies the scheme's limiters to <paramref name="rating"/>; returns the (possibly capped) rating and the limiter that capped it.</summary>
    public static (string? Rating, string? LimitedBy) Apply(ScoringScheme scheme, string? rating, IReadOnlyList<ScopeResult> scored)
    {
        if (rating is null)
        {
            return (null, null);
        }

        foreach (var limiter in scheme.Limiters)
        {
            if (Parse(limiter.When.Text) is not { } predicate || !predicate(scored))
            {
                continue;
            }

            var cap = SchemeMath.RankOf(scheme.Ratings, limiter.CapAt);
            if (cap >= 0 && SchemeMath.RankOf(scheme.Ratings, rating) > cap)
            {
                var why = limiter.Description is { Length: > 0 } d ? $"{limiter.When.Text}: {d.Trim()}" : limiter.When.Text;
                return (limiter.CapAt, why);
            }
        }

        return (rating, null);
    }

    /// <summary>The largest level or count a limiter may name; anything above is surely a typo, and could overflow.</summary>
    public const int MaxArgument = 1_000_000;

    private static Func<IReadOnlyList<ScopeResult>, bool>? Parse(string text)
    {
        var r = new Reader(text);
        if (r.Word("anyLevelAtMost") && r.Char('(') && r.Number() is { } n && r.Char(')') && r.End())
        {
            return scored => scored.Any(s => s.Score <= n);
        }

        r = new Reader(text);
        if (r.Word("countLevelAtMost") && r.Char('(') && r.Number() is { } level && r.Char(')') && r.Char('>') && r.Char('=', spaceBefore: false)
            && r.Number(integer: true) is { } count && r.End())
        {
            var k = (int)count;
            return scored => scored.Count(s => s.Score <= level) >= k;
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
