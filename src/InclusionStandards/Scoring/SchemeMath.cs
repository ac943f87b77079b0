using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Scoring;

/// <summary>
/// The arithmetic of scoring schemes (standards format §7): outcome values, weighted means, levels and
/// rating bands. Pure functions over the immutable model; thread-safe.
/// </summary>
internal static class SchemeMath
{
    /// <summary>The value a scheme gives an outcome; <see langword="null"/> when the outcome is not scored.</summary>
    public static double? ValueOf(ScoringScheme scheme, Model.Outcome outcome) =>
        outcome is Model.Outcome.InsufficientEvidence or Model.Outcome.NotApplicable
            ? null
            : scheme.OutcomeValues.TryGetValue(outcome, out var v) ? v : null;

    /// <summary>The largest value any outcome has in the scheme (1 when none is declared).</summary>
    public static double MaxValue(ScoringScheme scheme) =>
        scheme.OutcomeValues.IsEmpty ? 1 : scheme.OutcomeValues.Values.Max();

    /// <summary>
    /// The weighted mean value of the scored outcomes; <see langword="null"/> when none is scored
    /// (all insufficient-evidence or not-applicable, or no items).
    /// </summary>
    public static double? WeightedMean(ScoringScheme scheme, IEnumerable<ScoredItem> items)
    {
        double sum = 0, weights = 0;
        foreach (var item in items)
        {
            if (ValueOf(scheme, item.Outcome) is { } v && item.Weight > 0)
            {
                sum += v * item.Weight;
                weights += item.Weight;
            }
        }

        return weights > 0 ? sum / weights : null;
    }

    /// <summary>
    /// The level whose band holds <paramref name="mean"/> (bands are half-open <c>[from, to)</c>; the highest
    /// band also includes its <c>to</c>); <see langword="null"/> when no band holds it.
    /// </summary>
    public static ScoreLevel? LevelFor(IReadOnlyList<ScoreLevel> levels, double mean)
    {
        var top = levels.Count == 0 ? null : levels.MaxBy(l => l.To);
        foreach (var level in levels.OrderBy(l => l.From))
        {
            if (mean >= level.From && (mean < level.To || (ReferenceEquals(level, top) && mean <= level.To)))
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>
    /// The rating band that holds <paramref name="value"/>: half-open <c>[from, to)</c>, the last band (highest
    /// <c>to</c>) including its <c>to</c>. Values are rounded to 9 decimals first so that 88.0000000001 and
    /// 87.9999999999 from floating-point arithmetic land where the exact value would.
    /// </summary>
    public static RatingBand? BandFor(IReadOnlyList<RatingBand> bands, double value)
    {
        if (bands.Count == 0 || double.IsNaN(value))
        {
            return null;
        }

        var x = Math.Round(value, 9);
        var ordered = bands.OrderBy(b => b.From).ThenBy(b => b.To).ToList();
        var last = ordered[^1];
        foreach (var band in ordered)
        {
            if (x >= band.From && (x < band.To || (ReferenceEquals(band, last) && x <= band.To)))
            {
                return band;
            }
        }

        return null;
    }

    /// <summary>The position of a rating label in the bands ordered from lowest to highest; -1 when absent.</summary>
    public static int RankOf(IReadOnlyList<RatingBand> bands, string label)
    {
        var ordered = bands.OrderBy(b => b.From).ThenBy(b => b.To).ToList();
        return ordered.FindIndex(b => string.Equals(b.Label, label, StringComparison.Ordinal));
    }

    /// <summary>Counts outcomes in <see cref="Model.Outcome"/> order (five entries).</summary>
    public static System.Collections.Immutable.ImmutableArray<int> Count(IEnumerable<Model.Outcome> outcomes)
    {
        var counts = new int[5];
        foreach (var o in outcomes)
        {
            counts[(int)o]++;
        }

        return [.. counts];
    }
}
