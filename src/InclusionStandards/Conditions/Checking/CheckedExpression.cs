using System.Collections.Immutable;
using InclusionStandards.Conditions.Syntax;

namespace InclusionStandards.Conditions.Checking;

/// <summary>The output of the type checker: the tree with a type for every node and the resolved references.</summary>
internal sealed class CheckedExpression(
    Expr root,
    Dictionary<Expr, CelType> types,
    Dictionary<Expr, Resolution> resolutions,
    Dictionary<Expr, List<CelFunction>> overloads,
    ImmutableArray<string> evidencePaths)
{
    public Expr Root { get; } = root;

    public CelType ResultType => Types[Root];

    public Dictionary<Expr, CelType> Types { get; } = types;

    public Dictionary<Expr, Resolution> Resolutions { get; } = resolutions;

    public Dictionary<Expr, List<CelFunction>> Overloads { get; } = overloads;

    public ImmutableArray<string> EvidencePaths { get; } = evidencePaths;

    /// <summary>
    /// The paths whose values the expression uses other than to select a field from them (leaves, records or lists
    /// passed whole, <c>has()</c> tests), unpruned: with the values at these paths, the result is determined.
    /// </summary>
    public ImmutableArray<string> WholePaths { get; init; } = [];
}
