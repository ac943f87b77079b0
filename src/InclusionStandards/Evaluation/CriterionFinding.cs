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

    /// <summary>Equal when every field is equal, arrays element by element.</summary>
    public bool Equals(CriterionFinding? other) =>
        other is not null && CriterionId == other.CriterionId && Subject == other.Subject && Outcome == other.Outcome && Error == other.Error &&
        ValueEquality.Same(Reasons, other.Reasons) && ValueEquality.Same(EvidenceUsed, other.EvidenceUsed) &&
        ValueEquality.Same(Missing, other.Missing) && ValueEquality.Same(Elements, other.Elements);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(CriterionId);
        hash.Add(Subject);
        hash.Add(Outcome);
        hash.Add(Error);
        ValueEquality.Add(ref hash, Reasons);
        ValueEquality.Add(ref hash, Missing);
        hash.Add(Elements.IsDefault ? 0 : Elements.Length);
        return hash.ToHashCode();
    }

    public override string ToString() => Subject is null ? $"{CriterionId}: {Outcome}" : $"{CriterionId}[{Subject}]: {Outcome}";
}
