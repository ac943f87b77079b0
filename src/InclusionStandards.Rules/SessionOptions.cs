namespace InclusionStandards.Rules;

/// <summary>Options of a session. Immutable.</summary>
public sealed record SessionOptions
{
    /// <summary>The defaults.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>
    /// The most rules one <see cref="ISession.Fire"/> call may fire before it stops with a
    /// <see cref="RuleExecutionException"/> (runaway forward chaining). Default 1,000,000; must be positive.
    /// </summary>
    public int MaxFirings { get; init; } = 1_000_000;

    /// <summary>
    /// When a logically inserted fact loses its last justification, its retraction waits while only rules that
    /// cannot be affected by it are firing; if one of them logically inserts an equal fact (by
    /// <see cref="object.Equals(object)"/>, same type) in the meantime, the existing fact is kept and re-justified
    /// instead — it is neither retracted nor inserted again, so nothing that matched it re-fires. This is what makes
    /// an update cheap when a re-derived finding comes out the same. The kept fact is the earlier object (queries
    /// return it, not the equal one passed to <c>InsertLogical</c>). Default true; false retracts at once and inserts
    /// the new object.
    /// </summary>
    public bool KeepEqualLogicalFacts { get; init; } = true;
}
