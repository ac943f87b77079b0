namespace InclusionStandards.Conditions;

/// <summary>The outcome of evaluating a condition.</summary>
public enum ConditionResultKind
{
    /// <summary>The condition holds.</summary>
    True,

    /// <summary>The condition does not hold.</summary>
    False,

    /// <summary>Evidence is missing: see <see cref="ConditionResult.MissingPaths"/>.</summary>
    Unknown,

    /// <summary>Evaluation failed (e.g. division by zero): see <see cref="ConditionResult.ErrorMessage"/>.</summary>
    Error,

    /// <summary>A non-boolean expression (e.g. an indicator formula) produced <see cref="ConditionResult.Value"/>.</summary>
    Value,
}
