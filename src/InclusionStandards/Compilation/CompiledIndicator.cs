using System.Collections.Immutable;
using InclusionStandards.Conditions;
using InclusionStandards.Model;

namespace InclusionStandards.Compilation;

/// <summary>An indicator with its formula compiled. Immutable.</summary>
internal sealed record CompiledIndicator
{
    public required Indicator Indicator { get; init; }

    public required IndicatorsStandard Standard { get; init; }

    public string Id => Indicator.Id;

    public required CompiledCondition Value { get; init; }

    public ImmutableArray<string> OutcomeDependencies { get; init; } = [];

    public ImmutableArray<string> IndicatorDependencies { get; init; } = [];

    public int Level { get; init; }

    /// <summary>The formula reads sensitive or protected evidence: run-time error messages are withheld (<see cref="SensitiveEvidence"/>).</summary>
    public bool ReadsSensitive { get; init; }
}
