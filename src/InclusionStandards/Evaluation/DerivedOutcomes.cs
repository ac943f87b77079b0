using InclusionStandards.Model;
using System.Collections.Immutable;

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

    public static CriterionFinding Apply(CriterionFinding own, ImmutableArray<DerivedFinding> derived)
    {
        if (derived.IsDefaultOrEmpty)
        {
            return own; // no rules files, or nothing derived: the common case costs nothing
        }

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
        // An undecided match matters only if, decided, it could change the outcome: lower a met or partially-met one,
        // or decide an insufficient-evidence one as not-met.
        var decidedOutcome = outcome;
        var undecided = mine.Where(d => d.Outcome is null && decidedOutcome switch
        {
            Outcome.Met or Outcome.PartiallyMet => Rank(d.Potential) < Rank(decidedOutcome),
            Outcome.InsufficientEvidence => d.Potential == Outcome.NotMet,
            _ => false,
        }).ToList();
        if (outcome is Outcome.Met or Outcome.PartiallyMet && undecided.Count > 0)
        {
            outcome = Outcome.InsufficientEvidence;
        }

        var shown = mine.Where(d => d.Outcome is not null || d.Error is not null || undecided.Contains(d)).ToList();
        var lines = Reasons(shown, outcome).ToList();
        var insufficient = outcome == Outcome.InsufficientEvidence;
        return own with
        {
            Outcome = outcome,
            Reasons = outcome == own.Outcome ? [.. own.Reasons, .. lines] : [.. lines, .. own.Reasons],
            Missing = insufficient ? [.. own.Missing.Concat(undecided.SelectMany(d => d.Missing)).Distinct().Order(StringComparer.Ordinal)] : own.Missing,
            Error = own.Error ?? (insufficient ? undecided.Select(d => d.Error).FirstOrDefault(e => e is not null) : null),
            DerivedBy = [.. shown.Select(d => $"rule:{d.RuleId}").Distinct().Order(StringComparer.Ordinal)],
        };
    }

    private static Outcome Lower(Outcome own, Outcome? derived) => derived is { } d && Rank(d) < Rank(own) ? d : own;

    private static int Rank(Outcome o) => o switch
    {
        Outcome.Met => 2,
        Outcome.PartiallyMet => 1,
        _ => 0,
    };

    /// <summary>
    /// One line per rule and kind of finding: decided lines first, the one that set the outcome before the others (then
    /// higher salience first, then by rule id), then matches that could not be evaluated, then those missing evidence.
    /// </summary>
    private static IEnumerable<string> Reasons(IEnumerable<DerivedFinding> findings, Outcome outcome)
    {
        var groups = findings
            .GroupBy(d => (d.RuleId, d.Salience, d.Outcome, Failed: d.Outcome is null && d.Error is not null))
            .OrderBy(g => g.Key.Outcome == outcome ? 0 : g.Key.Outcome is not null ? 1 : g.Key.Failed ? 2 : 3)
            .ThenByDescending(g => g.Key.Salience)
            .ThenBy(g => g.Key.RuleId, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var (rule, _, derived, failed) = group.Key;
            var matched = Matched(group);
            if (derived is { } d)
            {
                yield return $"{KebabCase.Of(d)} by rule '{rule}'{matched}: {group.First().Reason}";
            }
            else if (failed)
            {
                yield return $"rule '{rule}'{matched} could not be evaluated: {group.First(x => x.Error is not null).Error}";
            }
            else
            {
                yield return $"rule '{rule}'{matched} could not be decided: it needs evidence that is missing: {string.Join(", ", group.SelectMany(x => x.Missing).Distinct().Order(StringComparer.Ordinal))}";
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
