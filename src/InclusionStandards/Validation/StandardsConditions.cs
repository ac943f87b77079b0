using InclusionStandards.Conditions;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Validation;

/// <summary>
/// Builds the CEL environment conditions of a catalog are compiled in: every field of the root <c>Evidence</c> record
/// (organisation, period, assessmentDate and the schema's root fields) as a variable, in that order, plus the
/// standards functions. Add a criterion's <c>for.as</c> variable with <see cref="WithElement"/>. Thread-safe.
/// </summary>
public static class StandardsConditions
{
    /// <summary>The environment for <paramref name="types"/>, with the host's <c>outcome</c>/<c>indicator</c> when given.</summary>
    public static CelEnvironment Environment(EvidenceRecordTypes types, Func<string, ConditionResult>? outcome = null, Func<string, ConditionResult>? indicator = null)
    {
        ArgumentNullException.ThrowIfNull(types);
        var env = CelEnvironment.Default.WithFunctions(StandardsFunctions.Create(outcome, indicator));
        foreach (var field in types.Root.Fields)
        {
            env = env.WithVariable(field.Name, CelType.Of(field.Type));
        }

        return env;
    }

    /// <summary>Adds the <c>for.as</c> variable (an element of the root list <c>forEach.Each</c>), when that list exists.</summary>
    public static CelEnvironment WithElement(CelEnvironment environment, EvidenceRecordTypes types, ForEach? forEach)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(types);
        return forEach is not null && types.Root.TryGetField(forEach.Each, out var list) && list.Type.ElementType is { } element
            ? environment.WithVariable(forEach.As, CelType.Of(element))
            : environment;
    }

    /// <summary>Compiles a criterion condition (bool) or indicator value (double) with positions mapped to the YAML file.</summary>
    public static CompileResult Compile(CelEnvironment environment, Condition condition, CelType requiredType)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(condition);
        return environment.Compile(condition.Text, requiredType, condition.Location);
    }

    internal static CelEnvironment With(CelEnvironment env, IEnumerable<KeyValuePair<string, FieldType>> variables) =>
        variables.Aggregate(env, (e, v) => e.WithVariable(v.Key, CelType.Of(v.Value)));
}
