using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// The run-time side of the condition environment: the evidence record types, and the arguments of the root variables
/// (every root field of the evidence schema, with <c>organisation</c>, <c>period</c>, <c>assessmentDate</c>, in the
/// order conditions were bound with, see <see cref="Validation.BindingEnvironment"/>). Immutable and thread-safe.
/// </summary>
internal sealed class ConditionEnvironment(EvidenceRecordTypes types)
{
    /// <summary>The record types of the evidence schema.</summary>
    public EvidenceRecordTypes Types { get; } = types;

    /// <summary>The arguments for the root variables, from an evidence root record (missing fields are null).</summary>
    public object?[] RootArguments(Record root)
    {
        var args = new object?[Types.Root.Fields.Length];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = root.GetValue(i);
        }

        return args;
    }
}
