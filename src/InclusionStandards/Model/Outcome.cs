namespace InclusionStandards.Model;

/// <summary>
/// The outcome of a criterion; exactly these five (see the standards format, §3). The one outcome type of the package:
/// standards name it (<c>when-empty</c>, rule <c>derive</c>) and assessments report it, serialised in kebab-case
/// (<c>met</c>, <c>partially-met</c>, …).
/// </summary>
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
