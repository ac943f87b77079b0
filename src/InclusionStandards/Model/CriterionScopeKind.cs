namespace InclusionStandards.Model;

/// <summary>What directly owns a criterion within its standard.</summary>
public enum CriterionScopeKind
{
    /// <summary>The standard itself (a framework's or objectives standard's top-level <c>criteria</c>).</summary>
    Standard,

    /// <summary>A <see cref="Way"/> of an objectives standard.</summary>
    Way,

    /// <summary>A <see cref="QualityStatement"/> of a domain.</summary>
    Statement,

    /// <summary>A <see cref="CommitmentAction"/>.</summary>
    Action,
}
