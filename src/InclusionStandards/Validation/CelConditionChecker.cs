using System.Runtime.CompilerServices;
using InclusionStandards.Conditions;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Validation;

/// <summary>
/// Type-checks conditions with the CEL compiler in the catalog's environment (<see cref="StandardsConditions"/>);
/// CEL diagnostics (CEL1xx) are reported as <see cref="DiagnosticCodes.ConditionError"/> (or
/// <see cref="DiagnosticCodes.ConditionResultType"/>) with the CEL code in the message, at the column inside the expression.
/// </summary>
internal sealed class CelConditionChecker : IConditionChecker
{
    private readonly ConditionalWeakTable<EvidenceRecordTypes, CelEnvironment> _environments = new();

    public string Name => "CEL";

    public IEnumerable<Diagnostic> Check(Condition condition, ConditionResultType expected, EvidenceRecordTypes types, IReadOnlyList<KeyValuePair<string, FieldType>> extraVariables)
    {
        var env = StandardsConditions.With(_environments.GetValue(types, t => StandardsConditions.Environment(t)), extraVariables);
        var result = env.Compile(condition.Text, expected == ConditionResultType.Bool ? CelType.Bool : null);
        foreach (var d in result.Diagnostics)
        {
            var code = d.Code == CelDiagnosticCodes.WrongResultType ? DiagnosticCodes.ConditionResultType : DiagnosticCodes.ConditionError;
            var location = d.Location is { } at ? condition.LocationAt(at.Line, at.Column) : condition.Location;
            yield return d with { Code = code, Message = $"{d.Message} ({d.Code})", Location = location };
        }

        if (result.Condition is { } compiled && expected == ConditionResultType.Number
            && compiled.ResultType.Kind is not (CelTypeKind.Double or CelTypeKind.Int or CelTypeKind.Uint or CelTypeKind.Dyn))
        {
            yield return Diagnostic.Error(DiagnosticCodes.ConditionResultType, $"An indicator value must be a number; this expression is {compiled.ResultType}.", condition.Location);
        }
    }
}
