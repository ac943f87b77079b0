namespace InclusionStandards.Rules;

/// <summary>A rule cannot be compiled: the message says which rule and why.</summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule at fault.</param>
    /// <param name="message">What is wrong (the rule name is prefixed).</param>
    /// <param name="inner">The underlying error, if any.</param>
    public RuleDefinitionException(string ruleName, string message, Exception? inner = null)
        : base($"Rule '{ruleName}': {message}", inner)
    {
        RuleName = ruleName;
    }

    /// <summary>The name of the rule at fault.</summary>
    public string RuleName { get; }
}
