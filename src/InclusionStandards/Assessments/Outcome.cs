namespace InclusionStandards.Assessments;

/// <summary>The outcome of a criterion. Serialised in kebab-case (<c>met</c>, <c>partially-met</c>, …).</summary>
public enum Outcome
{
    /// <summary>The criterion is met.</summary>
    Met,

    /// <summary>The criterion is partly met.</summary>
    PartiallyMet,

    /// <summary>The criterion is not met.</summary>
    NotMet,

    /// <summary>The evidence needed to decide is missing (or could not be evaluated); the result names what is missing.</summary>
    InsufficientEvidence,

    /// <summary>The criterion does not apply to this organisation or subject.</summary>
    NotApplicable,
}
