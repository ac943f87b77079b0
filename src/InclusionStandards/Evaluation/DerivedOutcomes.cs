using System.Collections.Immutable;
using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>
/// How findings derived by rules combine with a criterion's own finding. A rule can only lower an outcome: the result is
/// the lower of the criterion's outcome and the rules' (met › partially-met › not-met). A decided not-met wins over
/// missing evidence (as a false operand decides <c>&amp;&amp;</c>); a match the rules could not decide makes a met or
/// partially-met criterion insufficient-evidence, naming what is missing. A criterion that does not apply stays
/// not-applicable. The rules' reasons are added; when they changed the outcome they come first.
/// </summary>
internal static class DerivedOutcomes
{
    /// <summary>Reasons name at most this many matched elements each; the rest are counted.</summary>
    private const int MatchesShown = 5;

    public static CriterionFinding Apply(CriterionFinding own, IEnumerable<DerivedFinding> derived)
    {
        var mine = derived.Where(d => d.CriterionId == own.CriterionId && d.Subject == own.Subject).ToList();
        if (mine.Count == 0 || own.Outcome == Outcome.NotApplicable)
        {
            return own;
        }

        var decided = mine.Where(d => d.Outcome is not null).Select(d => d.Outcome!.Value).ToList();
        Outcome? lowest = decided.Contains(Outcome.NotMet) ? Outcome.NotMet : decided.Count > 0 ? Outcome.PartiallyMet : null;
        var outcome = own.Outcome switch
        {
            Outcome.InsufficientEvidence => lowest == Outcome.NotMet ? Outcome.NotMet : Outcome.InsufficientEvidence,
            _ => Lower(own.Outcome, lowest),
        };
        var undecided = mine.Where(d => d.Outcome is null).ToList();
        if (outcome is Outcome.Met or Outcome.PartiallyMet && undecided.Count > 0)
        {
            outcome = Outcome.InsufficientEvidence;
        }

        var lines = Reasons(mine, outcome).ToList();
        var insufficient = outcome == Outcome.InsufficientEvidence;
        return own with
        {
            Outcome = outcome,
            Reasons = outcome == own.Outcome ? [.. own.Reasons, .. lines] : [.. lines, .. own.Reasons],
            Missing = insufficient ? [.. own.Missing.Concat(undecided.SelectMany(d => d.Missing)).Distinct().Order(StringComparer.Ordinal)] : own.Missing,
            Error = own.Error ?? (insufficient ? undecided.Select(d => d.Error).FirstOrDefault(e => e is not null) : null),
        };
    }

    private static Outcome Lower(Outcome own, Outcome? derived) => derived is { } d && Rank(d) < Rank(own) ? d : own;

    private static int Rank(Outcome o) => o switch
    {
        Outcome.Met => 2,
        Outcome.PartiallyMet => 1,
        _ => 0,
    };

    private static IEnumerable<string> Reasons(List<DerivedFinding> mine, Outcome outcome)
    {
        foreach (var rule in mine.GroupBy(d => (d.RuleId, d.Salience)).OrderByDescending(g => g.Key.Salience).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal))
        {
            var reason = rule.First().Reason;
            foreach (var group in rule.GroupBy(d => d.Outcome).OrderBy(g => g.Key is null ? 3 : Rank(g.Key.Value)))
            {
                var matched = Matched(group);
                if (group.Key is { } derived)
                {
                    yield return $"{OutcomeNames.Of(derived)} by rule '{rule.Key.RuleId}'{matched}: {reason}";
                }
                else if (group.Select(d => d.Error).FirstOrDefault(e => e is not null) is { } error)
                {
                    yield return $"rule '{rule.Key.RuleId}'{matched} could not be evaluated: {error}";
                }
                else if (outcome == Outcome.InsufficientEvidence)
                {
                    yield return $"rule '{rule.Key.RuleId}'{matched} could not be decided: it needs evidence that is missing: {string.Join(", ", group.SelectMany(d => d.Missing).Distinct().Order(StringComparer.Ordinal))}";
                }
            }
        }
    }

    private static string Matched(IEnumerable<DerivedFinding> findings)
    {
        var all = findings.Select(d => string.Join(" + ", d.Matched)).Where(m => m.Length > 0).Distinct().ToList();
        if (all.Count == 0)
        {
            return string.Empty;
        }

        var shown = string.Join("; ", all.Take(MatchesShown));
        return all.Count > MatchesShown ? $" (matched {shown}; and {all.Count - MatchesShown} more)" : $" (matched {shown})";
    }
}
