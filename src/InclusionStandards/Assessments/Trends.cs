using InclusionStandards.Model;
using System.Collections.Immutable;

namespace InclusionStandards.Assessments;

/// <summary>Compares an assessment with the previous one of the same organisation (<see cref="AssessmentTrend"/>). Pure.</summary>
public static class Trends
{
    /// <summary>
    /// The previous digest for <paramref name="current"/> among <paramref name="candidates"/>: same ODS code, the
    /// latest period ending before this one starts (or, failing that, before this one ends); null when none.
    /// </summary>
    public static AssessmentDigest? Previous(AssessmentDigest current, IEnumerable<AssessmentDigest> candidates)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Where(c => string.Equals(c.Organisation.OdsCode, current.Organisation.OdsCode, StringComparison.OrdinalIgnoreCase) && c.Period.End < current.Period.End)
            .OrderByDescending(c => c.Period.End < current.Period.Start)
            .ThenByDescending(c => c.Period.End)
            .FirstOrDefault();
    }

    /// <summary>What changed from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    public static AssessmentTrend Compare(AssessmentDigest previous, AssessmentDigest current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = previous.Outcomes.ToDictionary(o => o.Id, o => o.Outcome, StringComparer.Ordinal);
        var ratingsBefore = previous.Ratings.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var ratingIds = current.Ratings.Select(r => r.Id).Concat(previous.Ratings.Select(r => r.Id)).Distinct(StringComparer.Ordinal);
        var ratingsNow = current.Ratings.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return new AssessmentTrend
        {
            PreviousPeriod = previous.Period,
            Criteria = [.. current.Outcomes.Where(o => before.ContainsKey(o.Id)).Select(o => new CriterionTrend(o.Id, before[o.Id], o.Outcome, Direction(before[o.Id], o.Outcome)))],
            Ratings = [.. ratingIds
                .Select(id => (Id: id, Was: ratingsBefore.GetValueOrDefault(id), Now: ratingsNow.GetValueOrDefault(id)))
                .Where(r => r.Was.Rating is not null || r.Was.Score is not null || r.Now.Rating is not null || r.Now.Score is not null)
                .Select(r => new RatingTrend(r.Id, r.Was.Rating, r.Now.Rating, r.Was.Score, r.Now.Score, Direction(r.Was.Score, r.Now.Score, r.Was.Rating, r.Now.Rating)))],
            Indicators = Values(previous.Indicators, current.Indicators),
            Measures = Values(previous.Measures.Select(m => (m.Id, (double?)m.Value)), current.Measures.Select(m => (m.Id, (double?)m.Value))),
        };
    }

    /// <summary>improved / declined along not-met, partially-met, met; unchanged; changed when either side is not on that scale.</summary>
    public static string Direction(Outcome previous, Outcome current)
    {
        if (previous == current)
        {
            return "unchanged";
        }

        static int Rank(Outcome o) => o switch { Outcome.Met => 3, Outcome.PartiallyMet => 2, Outcome.NotMet => 1, _ => 0 };
        var (was, now) = (Rank(previous), Rank(current));
        return was == 0 || now == 0 ? "changed" : now > was ? "improved" : "declined";
    }

    private static string Direction(double? previous, double? current, string? was, string? now) =>
        previous is { } p && current is { } c
            ? c > p ? "up" : c < p ? "down" : "unchanged"
            : string.Equals(was, now, StringComparison.Ordinal) && previous is null && current is null ? "unchanged" : "changed";

    private static ImmutableArray<ValueTrend> Values(IEnumerable<(string Id, double? Value)> previous, IEnumerable<(string Id, double? Value)> current)
    {
        var before = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (id, value) in previous)
        {
            before[id] = value;
        }

        var result = new List<ValueTrend>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, value) in current)
        {
            seen.Add(id);
            var was = before.GetValueOrDefault(id);
            if (was is not null || value is not null)
            {
                result.Add(new ValueTrend(id, was, value, was is { } w && value is { } v ? Math.Round(v - w, 10) : null));
            }
        }

        result.AddRange(before.Where(b => !seen.Contains(b.Key) && b.Value is not null).Select(b => new ValueTrend(b.Key, b.Value, null, null)));
        return [.. result];
    }
}
