using InclusionStandards.Evaluation;
using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Model;

namespace InclusionStandards.Scoring;

/// <summary>
/// Scoring from criteria's own scores (a scheme with <c>criterionScores</c>, e.g. EDS 2022, where the organisation
/// scores each outcome 0-3 and the total out of 33 is rated): a statement scores the sum of its scored criteria, and
/// the whole is rated only when every statement is scored, since the published bands are on the full total.
/// </summary>
internal static class CriterionScores
{
    /// <summary>The criterion's own score read from the evidence it used; null when missing, not a number or out of range.</summary>
    public static double? Read(CriterionScoreRange range, string path, CriterionResult result)
    {
        var value = result.EvidenceUsed.FirstOrDefault(e => e.Path == path)?.Value;
        return value is not null
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            && v >= range.Min && v <= range.Max
            ? v
            : null;
    }

    /// <summary>A statement scored as the sum of its scored criteria (the others inform only).</summary>
    public static ScopeResult Leaf(ScopeHeader header, ScoringScheme scheme, IReadOnlyList<(CriterionResult Result, bool Scored, double? Score)> items)
    {
        var range = scheme.CriterionScores!;
        var result = header.ToResult(scheme, SchemeMath.Count(items.Select(i => i.Result.Outcome)));
        var scored = items.Where(i => i.Scored).ToList();
        if (scored.Count == 0)
        {
            return result with { Notes = ["not part of the total: none of its criteria carries a score of its own"] };
        }

        if (scored.FirstOrDefault(i => i.Score is null) is { Result: { } missing })
        {
            return result with { Notes = [$"not scored: the score of '{missing.CriterionId}' is missing or outside {Format(range.Min)}-{Format(range.Max)}"] };
        }

        return result with { Score = scored.Sum(i => i.Score!.Value), MaxScore = range.Max * scored.Count };
    }

    /// <summary>The total over the statements, rated only when every statement is scored.</summary>
    public static ScopeResult Aggregate(ScopeHeader header, ScoringScheme scheme, IReadOnlyList<ScopeResult> children)
    {
        var counts = new int[5];
        foreach (var c in children)
        {
            for (var i = 0; i < Math.Min(5, c.OutcomeCounts.Length); i++)
            {
                counts[i] += c.OutcomeCounts[i];
            }
        }

        var result = header.ToResult(scheme, [.. counts]);
        var unscored = children.Where(c => c.Score is null).Select(c => c.ScopeId).ToList();
        if (unscored.Count > 0)
        {
            return result with
            {
                Notes = [string.Create(CultureInfo.InvariantCulture, $"not scored: the rating bands apply to the total of all {children.Count} parts, and {unscored.Count} could not be scored: {string.Join(", ", unscored)}")],
            };
        }

        var score = children.Sum(c => c.Score!.Value);
        var rating = SchemeMath.BandFor(scheme.Ratings, score)?.Label;
        var (capped, limitedBy) = Limiters.Apply(scheme, rating, children);
        return result with { Score = Math.Round(score, 6), MaxScore = children.Sum(c => c.MaxScore ?? 0), Rating = capped, LimitedBy = limitedBy };
    }

    private static string Format(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
