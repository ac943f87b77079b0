using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>Which framework domains apply to a board role. Immutable.</summary>
public sealed record RoleApplicability
{
    /// <summary>The role (a term id, e.g. of the <c>board-roles</c> vocabulary).</summary>
    public required string Role { get; init; }

    /// <summary>The ids of the framework's domains that apply to the role.</summary>
    public required ImmutableArray<string> Domains { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Where each of <see cref="Domains"/> is written, in the same order (empty when not read from a file).</summary>
    public ImmutableArray<SourceLocation> DomainLocations { get; init; } = [];
}
