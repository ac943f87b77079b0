using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Scoring;

/// <summary>
/// Turns outcomes into <see cref="ScopeResult"/>s through a scoring scheme (standards format §7):
/// a <em>leaf</em> scope is scored from criterion outcomes, an <em>aggregate</em> scope from its child scopes.
/// Pure functions; thread-safe.
/// </summary>
internal static class ScopeScoring
{
    /// <summary>
    /// Why a scope with <paramref name="decided"/> of <paramref name="total"/> parts decided is not scored (null: it is).
    /// A score from fewer than half its parts would speak for evidence nobody gave: an organisation that sent two
    /// criteria's worth of evidence, both met, is not "Outstanding".
    /// </summary>
    internal static string? TooFew(int decided, int total) =>
        decided * 2 < total ? "a score needs at least half of them" : null;

    /// <summary>Scores a scope directly from outcomes (a quality statement, a board member, a programme, a board).</summary>
    public static ScopeResult Leaf(ScopeHeader header, ScoringScheme scheme, IReadOnlyList<ScoredItem> items)
    {
        var counts = SchemeMath.Count(items.Select(i => i.Outcome));
        var mean = SchemeMath.WeightedMean(scheme, items);
        var result = header.ToResult(scheme, counts);
        if (mean is not { } m)
        {
            return result;
        }

        var applicable = items.Count(i => i.Outcome != Model.Outcome.NotApplicable && i.Weight > 0);
        var scorable = items.Count(i => SchemeMath.ValueOf(scheme, i.Outcome) is not null && i.Weight > 0);
        if (TooFew(scorable, applicable) is { } why)
        {
            return result with { Notes = [$"not scored: only {scorable} of {applicable} applicable criteria have the evidence to be decided; {why}"] };
        }

        switch (scheme.Method)
        {
            case ScoringMethod.Levels:
                var level = SchemeMath.LevelFor(scheme.Levels, m);
                return result with
                {
                    Score = level?.Score,
                    MaxScore = scheme.Levels.IsEmpty ? null : scheme.Levels.Max(l => l.Score),
                    Rating = level?.Label,
                };
            case ScoringMethod.Sum:
                var score = Math.Round(m, MidpointRounding.AwayFromZero);
                return result with { Score = score, MaxScore = SchemeMath.MaxValue(scheme), Rating = null };
            default:
                var percent = 100 * m / SchemeMath.MaxValue(scheme);
                return result with { Score = percent, MaxScore = 100, Rating = SchemeMath.BandFor(scheme.Ratings, percent)?.Label };
        }
    }

    /// <summary>
    /// Scores a scope from its child scopes (a domain from its statements): <c>levels</c> with <c>percentage</c>
    /// aggregate gives sum ÷ (max level × count) × 100; <c>sum</c> adds the child scores; <c>proportion</c> takes
    /// their mean percentage. Children without a score are left out (and noted). Limiters cap the rating.
    /// </summary>
    public static ScopeResult Aggregate(ScopeHeader header, ScoringScheme scheme, IReadOnlyList<ScopeResult> children)
    {
        var counts = children.Aggregate(new int[5], (acc, c) =>
        {
            for (var i = 0; i < Math.Min(5, c.OutcomeCounts.Length); i++)
            {
                acc[i] += c.OutcomeCounts[i];
            }

            return acc;
        });
        var result = header.ToResult(scheme, [.. counts]);
        var scored = children.Where(c => c.Score is not null).ToList();
        var notes = ImmutableArray.CreateBuilder<string>();
        if (scored.Count < children.Count)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{children.Count - scored.Count} of {children.Count} parts could not be scored: {string.Join(", ", children.Where(c => c.Score is null).Select(c => c.ScopeId))}"));
        }

        if (scored.Count > 0 && TooFew(scored.Count, children.Count) is { } why)
        {
            notes.Add($"not scored: only {scored.Count} of {children.Count} parts could be scored; {why}");
            scored.Clear();
        }

        result = result with { Notes = notes.ToImmutable() };
        if (scored.Count == 0)
        {
            return result;
        }

        double score, max;
        switch (scheme.Method)
        {
            case ScoringMethod.Levels:
                var maxLevel = scheme.Levels.IsEmpty ? 1 : scheme.Levels.Max(l => l.Score);
                var total = scored.Sum(c => c.Score!.Value);
                score = scheme.Aggregate switch
                {
                    ScoringAggregate.Sum => total,
                    ScoringAggregate.Mean => total / scored.Count,
                    _ => 100 * total / (maxLevel * scored.Count),
                };
                max = scheme.Aggregate switch
                {
                    ScoringAggregate.Sum => maxLevel * scored.Count,
                    ScoringAggregate.Mean => maxLevel,
                    _ => 100,
                };
                break;
            case ScoringMethod.Sum:
                score = scored.Sum(c => c.Score!.Value);
                max = scored.Sum(c => c.MaxScore ?? 0);
                break;
            default:
                score = scored.Average(c => c.Score!.Value);
                max = 100;
                break;
        }

        var rating = SchemeMath.BandFor(scheme.Ratings, score)?.Label;
        var (capped, limitedBy) = Limiters.Apply(scheme, rating, scored);
        return result with { Score = Math.Round(score, 6), MaxScore = max, Rating = capped, LimitedBy = limitedBy };
    }
}
