using InclusionStandards.Model;
using System.Collections.Immutable;
using InclusionStandards.Assessments;

namespace InclusionStandards.Evaluation;

/// <summary>A derived engine fact: an indicator's computed value (or why it could not be computed). Read through <c>indicator('id')</c>.</summary>
internal sealed record IndicatorFinding
{
    public required string IndicatorId { get; init; }

    public double? Value { get; init; }

    public ImmutableArray<string> Missing { get; init; } = [];

    public string? Error { get; init; }

    /// <summary>For an indicator with a band: met inside it, not-met outside (what <c>outcome(id)</c> reads); null otherwise or when there is no value.</summary>
    public Outcome? BandOutcome { get; init; }

    public ImmutableArray<EvidenceValue> EvidenceUsed { get; init; } = [];

    /// <summary>Equal when every field is equal, arrays element by element.</summary>
    public bool Equals(IndicatorFinding? other) =>
        other is not null && IndicatorId == other.IndicatorId && Nullable.Equals(Value, other.Value) && Error == other.Error &&
        ValueEquality.Same(Missing, other.Missing) && ValueEquality.Same(EvidenceUsed, other.EvidenceUsed);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(IndicatorId);
        hash.Add(Value);
        hash.Add(Error);
        ValueEquality.Add(ref hash, Missing);
        return hash.ToHashCode();
    }

    public override string ToString() => $"{IndicatorId} = {(Value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "unknown")}";
}
