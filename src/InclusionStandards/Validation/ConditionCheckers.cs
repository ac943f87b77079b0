namespace InclusionStandards.Validation;

/// <summary>The condition checker used by the loader.</summary>
internal static class ConditionCheckers
{
    /// <summary>The CEL checker (src/InclusionStandards/Conditions).</summary>
    public static IConditionChecker Default { get; } = new CelConditionChecker();
}
