using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Conditions;

/// <summary>The outcome of <see cref="CelEnvironment.Compile"/>: a condition, or diagnostics. Immutable.</summary>
public sealed class CompileResult
{
    internal CompileResult(CompiledCondition? condition, ImmutableArray<Diagnostic> diagnostics)
    {
        Condition = condition;
        Diagnostics = diagnostics;
    }

    /// <summary>The compiled condition; <see langword="null"/> when there are errors.</summary>
    public CompiledCondition? Condition { get; }

    /// <summary>The problems found, sorted by position; empty on success.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when <see cref="Condition"/> is available.</summary>
    public bool Succeeded => Condition is not null;
}
