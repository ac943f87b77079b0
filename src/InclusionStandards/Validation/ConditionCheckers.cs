namespace InclusionStandards.Validation;

/// <summary>The condition checker used by the loader.</summary>
internal static class ConditionCheckers
{
    /// <summary>
    /// The default checker. NOTE: until the CEL compiler (src/InclusionStandards/Conditions) is merged this is a
    /// checker that accepts everything; the condition stage is wired and runs, but reports nothing.
    /// </summary>
    public static IConditionChecker Default { get; } = new AcceptAllChecker();

    private sealed class AcceptAllChecker : IConditionChecker
    {
        public string Name => "none";

        public IEnumerable<Diagnostics.Diagnostic> Check(
            Model.Condition condition, ConditionResultType expected, Model.EvidenceRecordTypes types,
            IReadOnlyList<KeyValuePair<string, Rules.Facts.FieldType>> extraVariables) => [];
    }
}
