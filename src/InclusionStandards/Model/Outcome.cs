namespace InclusionStandards.Model;

/// <summary>The outcome of a criterion; exactly these five (see the standards format, §3).</summary>
public enum Outcome
{
    /// <summary><c>met</c>.</summary>
    Met,

    /// <summary><c>partially-met</c>.</summary>
    PartiallyMet,

    /// <summary><c>not-met</c>.</summary>
    NotMet,

    /// <summary><c>insufficient-evidence</c>: a condition was unknown (missing evidence) or could not be evaluated.</summary>
    InsufficientEvidence,

    /// <summary><c>not-applicable</c>: the criterion's <c>applies</c> condition was false.</summary>
    NotApplicable,
}
