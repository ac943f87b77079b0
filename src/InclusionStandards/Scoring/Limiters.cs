using System.Globalization;
using System.Text.RegularExpressions;
using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Scoring;

/// <summary>
/// Scoring-scheme limiters: caps on an aggregate rating. The limiter conditions are predicates over the child
/// scores: <c>anyLevelAtMost(n)</c> (some part scored n or less) and <c>countLevelAtMost(n) &gt;= k</c>.
/// </summary>
internal static partial class Limiters
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
        var m = AnyLevelAtMost().Match(text);
        if (m.Success)
        {
            return Number(m.Groups[1].Value) is { } n ? scored => scored.Any(s => s.Score <= n) : null;
        }

        m = CountLevelAtMost().Match(text);
        if (m.Success && Number(m.Groups[1].Value) is { } level && Number(m.Groups[2].Value) is { } count && count == Math.Floor(count))
        {
            var k = (int)count;
            return scored => scored.Count(s => s.Score <= level) >= k;
        }

        return null;
    }

    /// <summary>An ASCII decimal number (the patterns admit only [0-9]) no larger than <see cref="MaxArgument"/>; null otherwise.</summary>
    private static double? Number(string digits) =>
        digits.Length <= 16 && double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v <= MaxArgument ? v : null;

    [GeneratedRegex(@"^\s*anyLevelAtMost\(\s*([0-9]+(?:\.[0-9]+)?)\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AnyLevelAtMost();

    [GeneratedRegex(@"^\s*countLevelAtMost\(\s*([0-9]+(?:\.[0-9]+)?)\s*\)\s*>=\s*([0-9]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CountLevelAtMost();
}
