namespace InclusionStandards.Conditions.Runtime;

/// <summary>
/// Internal control flow of compiled conditions: an error or unknown raised deep in an expression and caught at
/// the nearest <c>&amp;&amp;</c>, <c>||</c>, macro or the condition's entry point, where it becomes a value.
/// Never escapes a compiled condition.
/// </summary>
internal class CelEvalException(string message) : Exception(message)
{
}

/// <summary>A CEL evaluation error (overflow, division by zero, no such key, no such overload, ...).</summary>
internal sealed class CelErrorException(string message) : CelEvalException(message)
{
}

/// <summary>Missing evidence: the value depends on the sorted set of <see cref="Paths"/>.</summary>
internal sealed class CelUnknownException(string[] paths) : CelEvalException("unknown: " + string.Join(", ", paths))
{
    public string[] Paths { get; } = paths;
}
