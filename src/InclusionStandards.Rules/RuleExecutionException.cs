using System.Collections.Immutable;

namespace InclusionStandards.Rules;

/// <summary>Firing failed: an action or condition threw, or the firing limit was reached. Names the rules involved.</summary>
public sealed class RuleExecutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened, naming the rules.</param>
    /// <param name="ruleNames">The rules involved.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public RuleExecutionException(string message, IEnumerable<string> ruleNames, Exception? inner = null)
        : base(message, inner)
    {
        RuleNames = ruleNames.ToImmutableArray();
    }

    /// <summary>The names of the rules involved.</summary>
    public ImmutableArray<string> RuleNames { get; }
}
