using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A criterion's <c>for: { each: rootList, as: name }</c>: evaluate once per element of a root list. Immutable.</summary>
public sealed record ForEach
{
    /// <summary>The root field of the evidence schema (a list) to iterate.</summary>
    public required string Each { get; init; }

    /// <summary>The variable each element is bound to in the criterion's conditions.</summary>
    public required string As { get; init; }

    /// <summary>Where <c>each</c> is written.</summary>
    public required SourceLocation Location { get; init; }
}
