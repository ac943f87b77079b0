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

    private static Func<IReadOnlyList<ScopeResult>, bool>? Parse(string text)
    {
        var m = AnyLevelAtMost().Match(text);
        if (m.Success)
        {
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return scored => scored.Any(s => s.Score <= n);
        }

        m = CountLevelAtMost().Match(text);
        if (m.Success)
        {
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var k = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return scored => scored.Count(s => s.Score <= n) >= k;
        }

        return null;
    }

    [GeneratedRegex(@"^\s*anyLevelAtMost\(\s*(\d+(?:\.\d+)?)\s*\)\s*$")]
    private static partial Regex AnyLevelAtMost();

    [GeneratedRegex(@"^\s*countLevelAtMost\(\s*(\d+(?:\.\d+)?)\s*\)\s*>=\s*(\d+)\s*$")]
    private static partial Regex CountLevelAtMost();
}
