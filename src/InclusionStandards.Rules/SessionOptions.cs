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
}
