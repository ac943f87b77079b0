using InclusionStandards.Conditions;

namespace InclusionStandards.Validation;

/// <summary>The derived facts of one running evaluation: outcomes of criteria and values of indicators.</summary>
internal interface IDerivedFacts
{
    /// <summary>The result of <c>outcome(id)</c>.</summary>
    ConditionResult Outcome(string id);

    /// <summary>The result of <c>indicator(id)</c>.</summary>
    ConditionResult Indicator(string id);
}

/// <summary>
/// What the bound <c>outcome(id)</c> and <c>indicator(id)</c> calls lower to: they read the derived facts set for the
/// duration of one evaluation on the current thread (sessions are single-threaded), so conditions checked once at load
/// stay shared and immutable. Outside an evaluation they give an error result that says so.
/// </summary>
internal static class DerivedFactReader
{
    [ThreadStatic]
    private static IDerivedFacts? _current;

    /// <summary>Runs <paramref name="evaluate"/> with <paramref name="facts"/> visible to <c>outcome()</c> and <c>indicator()</c>.</summary>
    public static T Use<T>(IDerivedFacts facts, Func<T> evaluate)
    {
        var previous = _current;
        _current = facts;
        try
        {
            return evaluate();
        }
        finally
        {
            _current = previous;
        }
    }

    /// <summary>The implementation of <c>outcome(id)</c>.</summary>
    public static ConditionResult Outcome(string id) =>
        _current is { } c ? c.Outcome(id) : ConditionResult.Error($"outcome('{id}') is not available here: no evaluation is running.");

    /// <summary>The implementation of <c>indicator(id)</c>.</summary>
    public static ConditionResult Indicator(string id) =>
        _current is { } c ? c.Indicator(id) : ConditionResult.Error($"indicator('{id}') is not available here: no evaluation is running.");
}
