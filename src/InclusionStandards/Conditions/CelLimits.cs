namespace InclusionStandards.Conditions;

/// <summary>
/// Limits that bound the cost of compiling and evaluating a condition. Immutable. Every evaluation terminates:
/// expressions are bounded by <see cref="MaxLength"/> and <see cref="MaxDepth"/>, loops only come from the
/// comprehension macros, and those are bounded by <see cref="MaxIterations"/> per evaluation.
/// </summary>
public sealed record CelLimits
{
    /// <summary>The default limits: 4,096 characters, nesting depth 32, 100,000 comprehension iterations.</summary>
    public static CelLimits Default { get; } = new();

    /// <summary>The longest expression accepted, in characters (default 4,096).</summary>
    public int MaxLength { get; init; } = 4096;

    /// <summary>The deepest nesting of parentheses, brackets and sub-expressions (default 32).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>The most comprehension iterations (all elements of all macros) in one evaluation (default 100,000).</summary>
    public int MaxIterations { get; init; } = 100_000;
}
