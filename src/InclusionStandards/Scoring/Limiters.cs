using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Scoring;

/// <summary>
/// Scoring-scheme limiters: caps on an aggregate rating. The limiter conditions are predicates over the child
/// scores: <c>anyLevelAtMost(n)</c> (some part scored n or less) and <c>countLevelAtMost(n) &gt;= k</c>.
/// </summary>
internal static class Limiters
{
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

    private static Func<IReadOnlyList<ScopeResult>, bool>? Parse(string text) => Validation.LimiterCondition.Parse(text) switch
    {
        { Count: null, Level: var n } => scored => scored.Any(s => s.Score <= n),
        { Count: { } k, Level: var level } => scored => scored.Count(s => s.Score <= level) >= k,
        null => null,
    };
}
