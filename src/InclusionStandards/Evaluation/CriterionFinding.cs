using System.Collections.Immutable;
using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>
/// A derived engine fact: the outcome of a criterion for the organisation (<see cref="Subject"/> null, the roll-up)
/// or for one element. Other criteria read it through <c>outcome('id')</c>.
/// </summary>
internal sealed record CriterionFinding
{
    public required string CriterionId { get; init; }

    public string? Subject { get; init; }

    public required Outcome Outcome { get; init; }

    public ImmutableArray<string> Reasons { get; init; } = [];

    public ImmutableArray<EvidenceValue> EvidenceUsed { get; init; } = [];

    public ImmutableArray<string> Missing { get; init; } = [];

    public string? Error { get; init; }

    public ImmutableArray<CriterionFinding> Elements { get; init; } = [];

    public override string ToString() => Subject is null ? $"{CriterionId}: {Outcome}" : $"{CriterionId}[{Subject}]: {Outcome}";
}
