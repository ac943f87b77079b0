using System.Collections.Immutable;

namespace InclusionStandards.Evaluation;

/// <summary>What a run over one organisation derived: criterion and indicator findings and the rules that fired, in order.</summary>
internal sealed record FindingSet(
    ImmutableArray<CriterionFinding> Criteria,
    ImmutableArray<IndicatorFinding> Indicators,
    ImmutableArray<(string Rule, string Target)> Firings);
