using System.Collections.Immutable;

namespace InclusionStandards.Assessments;

/// <summary>
/// Peer comparisons for a batch of assessments: organisations of the same type assessed for periods ending on the same
/// day form a group; each organisation's indicators and survey measures are placed among the group's values
/// (<see cref="PeerComparison"/>). Pure.
/// </summary>
public static class PeerGroups
{
    /// <summary>
    /// The smallest group, and the fewest organisations with a value for one indicator or measure, for which a position
    /// is given: 5. Our proposal, not a published rule: with fewer, quartiles are little more than the members' own
    /// values and "lower than 75 % of peers" would describe three or four named organisations.
    /// </summary>
    public const int MinimumGroupSize = 5;

    /// <summary>The peer comparison of each digest, keyed by the digest itself; digests of too small groups are absent.</summary>
    public static IReadOnlyDictionary<AssessmentDigest, PeerComparison> Build(IEnumerable<AssessmentDigest> digests, int minimumGroupSize = MinimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(digests);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, 2);
        var result = new Dictionary<AssessmentDigest, PeerComparison>(ReferenceEqualityComparer.Instance);
        foreach (var group in digests.GroupBy(d => (d.Organisation.Type, d.Period.End)))
        {
            var members = group.ToList();
            if (members.Count < minimumGroupSize)
            {
                continue;
            }

            var series = new Dictionary<(string Kind, string Id), List<double>>();
            foreach (var d in members)
            {
                foreach (var (id, value) in Values(d))
                {
                    var key = (Kind(id, d), id);
                    if (!series.TryGetValue(key, out var list))
                    {
                        series[key] = list = [];
                    }

                    list.Add(value);
                }
            }

            var sorted = series.Where(s => s.Value.Count >= minimumGroupSize).ToDictionary(s => s.Key, s => s.Value.Order().ToArray());
            foreach (var d in members)
            {
                var positions = ImmutableArray.CreateBuilder<PeerPosition>();
                foreach (var (id, value) in Values(d))
                {
                    if (sorted.TryGetValue((Kind(id, d), id), out var values))
                    {
                        positions.Add(Position(id, Kind(id, d), value, values));
                    }
                }

                result[d] = new PeerComparison { Group = group.Key.Type, GroupSize = members.Count, PeriodEnd = group.Key.End, Positions = positions.ToImmutable() };
            }
        }

        return result;
    }

    private static string Kind(string id, AssessmentDigest d) => d.Indicators.Any(i => i.Id == id) ? "indicator" : "measure";

    private static IEnumerable<(string Id, double Value)> Values(AssessmentDigest d) =>
        d.Indicators.Where(i => i.Value is { } v && double.IsFinite(v)).Select(i => (i.Id, i.Value!.Value)).Concat(d.Measures);

    private static PeerPosition Position(string id, string kind, double value, double[] sorted)
    {
        // How many values are higher: past the last one not above it (binary search in the sorted values — a count per
        // organisation and value made large groups quadratic: 10,000 acute trusts took minutes).
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] > value)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var higher = sorted.Length - lo;
        var others = sorted.Length - 1;
        return new PeerPosition(id, kind, value, sorted.Length, higher + 1,
            Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75),
            others == 0 ? 0 : Math.Round(100.0 * higher / others, 1));
    }

    private static double Quantile(double[] sorted, double q)
    {
        var at = q * (sorted.Length - 1);
        var low = (int)Math.Floor(at);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return Math.Round(sorted[low] + ((sorted[high] - sorted[low]) * (at - low)), 10);
    }
}
