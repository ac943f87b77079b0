using System.Collections.Immutable;
using InclusionStandards.Conditions;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Compilation;

/// <summary>A criterion with its conditions compiled and its dependencies resolved. Immutable.</summary>
internal sealed record CompiledCriterion
{
    public required CatalogCriterion Info { get; init; }

    public string Id => Info.Criterion.Id;

    public CompiledCondition? Applies { get; init; }

    public required CompiledCondition Met { get; init; }

    public CompiledCondition? PartiallyMet { get; init; }

    /// <summary>For per-element criteria: the root list, the variable name, the element type and its key field.</summary>
    public ForEachBinding? ForEach { get; init; }

    public ImmutableArray<string> OutcomeDependencies { get; init; } = [];

    public ImmutableArray<string> IndicatorDependencies { get; init; } = [];

    /// <summary>
    /// For per-element criteria: the element fields its conditions read (paths below the element variable, from the
    /// checked trees), or null when a condition uses the element variable other than through a field (then it may read
    /// every field).
    /// </summary>
    public ImmutableArray<string>? ElementFieldsRead { get; init; }

    /// <summary>The depth in the dependency graph (0: reads evidence only).</summary>
    public int Level { get; init; }

    /// <summary>A condition reads sensitive or protected evidence: run-time error messages are withheld (<see cref="SensitiveEvidence"/>).</summary>
    public bool ReadsSensitive { get; init; }
}

/// <summary>How a per-element criterion binds its elements.</summary>
/// <param name="List">The root list field.</param>
/// <param name="As">The variable name.</param>
/// <param name="ElementType">The element record type.</param>
/// <param name="KeyField">The key field of the element type, if any.</param>
internal sealed record ForEachBinding(string List, string As, RecordType ElementType, string? KeyField);
