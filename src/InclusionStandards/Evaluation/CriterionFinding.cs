using InclusionStandards.Model;
using System.Collections.Immutable;
using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>
/// A derived engine fact: the outcome of a criterion for the organisation (<see cref="Subject"/> null, the roll-up)
/// or for one element. Other criteria read it through <c>outcome('id')</c>.
/// </summary>
internal sealed record CriterionFinding
{
    /// <summary>The hash, computed on first use (0: not yet); findings are immutable once initialised.</summary>
    private int _hash;

    /// <summary>Creates a finding (set the members with an object initialiser).</summary>
    public CriterionFinding()
    {
    }

    /// <summary>The copy a <c>with</c> expression starts from: every member but the cached hash.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private CriterionFinding(CriterionFinding original)
    {
        CriterionId = original.CriterionId;
        Subject = original.Subject;
        Outcome = original.Outcome;
        Reasons = original.Reasons;
        EvidenceUsed = original.EvidenceUsed;
        Missing = original.Missing;
        Error = original.Error;
        Elements = original.Elements;
        DerivedBy = original.DerivedBy;
    }

    public required string CriterionId { get; init; }

    public string? Subject { get; init; }

    public required Outcome Outcome { get; init; }

    public ImmutableArray<string> Reasons { get; init; } = [];

    public ImmutableArray<EvidenceValue> EvidenceUsed { get; init; } = [];

    public ImmutableArray<string> Missing { get; init; } = [];

    public string? Error { get; init; }

    public ImmutableArray<CriterionFinding> Elements { get; init; } = [];

    /// <summary>The rules of <c>kind: rules</c> files whose findings are in this result (as <c>rule:ID</c>).</summary>
    public ImmutableArray<string> DerivedBy { get; init; } = [];

    /// <summary>Equal when every field is equal, arrays element by element.</summary>
    public bool Equals(CriterionFinding? other) =>
        other is not null && CriterionId == other.CriterionId && Subject == other.Subject && Outcome == other.Outcome && Error == other.Error &&
        ValueEquality.Same(Reasons, other.Reasons) && ValueEquality.Same(EvidenceUsed, other.EvidenceUsed) &&
        ValueEquality.Same(Missing, other.Missing) && ValueEquality.Same(Elements, other.Elements) &&
        ValueEquality.Same(DerivedBy, other.DerivedBy);

    /// <summary>A hash of the members (arrays by value), cached: findings are hashed each time the engine keeps or withdraws one.</summary>
    public override int GetHashCode()
    {
        if (_hash != 0)
        {
            return _hash;
        }

        var hash = new HashCode();
        hash.Add(CriterionId);
        hash.Add(Subject);
        hash.Add(Outcome);
        hash.Add(Error);
        ValueEquality.Add(ref hash, Reasons);
        ValueEquality.Add(ref hash, Missing);
        hash.Add(Elements.IsDefault ? 0 : Elements.Length);
        var value = hash.ToHashCode();
        return _hash = value == 0 ? 1 : value;
    }

    public override string ToString() => Subject is null ? $"{CriterionId}: {Outcome}" : $"{CriterionId}[{Subject}]: {Outcome}";
}
