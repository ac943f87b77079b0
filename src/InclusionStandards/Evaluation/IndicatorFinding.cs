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

    public ImmutableArray<EvidenceValue> EvidenceUsed { get; init; } = [];

    public override string ToString() => $"{IndicatorId} = {(Value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "unknown")}";
}
