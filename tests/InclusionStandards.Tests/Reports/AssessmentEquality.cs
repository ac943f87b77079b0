using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Scoring;

namespace InclusionStandards.Tests.Reports;

/// <summary>Deep (structural) equality of assessments: records compare arrays by reference, so arrays are compared here element by element.</summary>
internal static class AssessmentEquality
{
    public static bool Equal(Assessment a, Assessment b) =>
        Strip(a) == Strip(b)
        && a.Standards.SequenceEqual(b.Standards)
        && a.Criteria.SequenceEqual(b.Criteria, Comparer<CriterionResult>(Equal))
        && a.Indicators.SequenceEqual(b.Indicators, Comparer<IndicatorResult>(Equal))
        && a.Scopes.SequenceEqual(b.Scopes, Comparer<ScopeResult>(Equal))
        && a.MissingEvidence.SequenceEqual(b.MissingEvidence);

    public static bool Equal(CriterionResult a, CriterionResult b) =>
        a with { Reasons = default, EvidenceUsed = default, MissingEvidence = default, RulesFired = default, Elements = default }
            == b with { Reasons = default, EvidenceUsed = default, MissingEvidence = default, RulesFired = default, Elements = default }
        && a.Reasons.SequenceEqual(b.Reasons)
        && a.EvidenceUsed.SequenceEqual(b.EvidenceUsed)
        && a.MissingEvidence.SequenceEqual(b.MissingEvidence)
        && a.RulesFired.SequenceEqual(b.RulesFired)
        && a.Elements.SequenceEqual(b.Elements, Comparer<CriterionResult>(Equal));

    public static bool Equal(IndicatorResult a, IndicatorResult b) =>
        a with { MissingEvidence = default, Inputs = default } == b with { MissingEvidence = default, Inputs = default }
        && a.MissingEvidence.SequenceEqual(b.MissingEvidence)
        && a.Inputs.SequenceEqual(b.Inputs);

    public static bool Equal(ScopeResult a, ScopeResult b) =>
        a with { OutcomeCounts = default, Notes = default } == b with { OutcomeCounts = default, Notes = default }
        && a.OutcomeCounts.SequenceEqual(b.OutcomeCounts)
        && a.Notes.SequenceEqual(b.Notes);

    private static Assessment Strip(Assessment a) =>
        a with { Standards = default, Criteria = default, Indicators = default, Scopes = default, MissingEvidence = default };

    private static EqualityComparer<T> Comparer<T>(Func<T, T, bool> equal) =>
        EqualityComparer<T>.Create((x, y) => x is null ? y is null : y is not null && equal(x, y), _ => 0);
}
