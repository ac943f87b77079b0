namespace InclusionStandards.Model;

/// <summary>A criterion with the standard and the scope (statement, way, action or the standard itself) that own it. Immutable.</summary>
public sealed record CatalogCriterion
{
    /// <summary>The criterion.</summary>
    public required Criterion Criterion { get; init; }

    /// <summary>The standard it belongs to.</summary>
    public required Standard Standard { get; init; }

    /// <summary>What directly owns it.</summary>
    public required CriterionScopeKind ScopeKind { get; init; }

    /// <summary>The id of the owning scope (the standard's id when <see cref="ScopeKind"/> is <see cref="CriterionScopeKind.Standard"/>).</summary>
    public required string ScopeId { get; init; }

    /// <summary>The title of the owning scope.</summary>
    public required string ScopeTitle { get; init; }
}
