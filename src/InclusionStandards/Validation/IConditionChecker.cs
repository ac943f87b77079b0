using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Validation;

/// <summary>
/// Type-checks one condition against the evidence record types; the seam between the loader and the condition
/// language (CEL), so that validation works with or without a compiler. Implementations return diagnostics located
/// in the YAML file (use <see cref="Condition.LocationAt"/>) and never throw for bad input.
/// </summary>
internal interface IConditionChecker
{
    /// <summary>A short description, e.g. "CEL".</summary>
    string Name { get; }

    /// <summary>Checks <paramref name="condition"/>.</summary>
    /// <param name="condition">The condition with its location.</param>
    /// <param name="expected">The result type required.</param>
    /// <param name="types">The evidence record types (root fields, period, assessmentDate are variables).</param>
    /// <param name="extraVariables">Further variables in scope (the <c>for.as</c> variable).</param>
    IEnumerable<Diagnostic> Check(Condition condition, ConditionResultType expected, EvidenceRecordTypes types, IReadOnlyList<KeyValuePair<string, FieldType>> extraVariables);
}
