using System.Collections.Immutable;

namespace InclusionStandards.Evaluation;

/// <summary>
/// The engine fact a rule of a <c>kind: rules</c> file inserts: everything it derived from the evidence, possibly
/// nothing. Compared by value, so re-running a rule that derives the same findings changes nothing downstream.
/// </summary>
internal sealed class RuleResult(string ruleId, ImmutableArray<DerivedFinding> findings) : IEquatable<RuleResult>
{
    public string RuleId { get; } = ruleId;

    public ImmutableArray<DerivedFinding> Findings { get; } = findings;

    public bool Equals(RuleResult? other) => other is not null && RuleId == other.RuleId && ValueEquality.Same(Findings, other.Findings);

    public override bool Equals(object? obj) => Equals(obj as RuleResult);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RuleId);
        ValueEquality.Add(ref hash, Findings);
        return hash.ToHashCode();
    }
}
