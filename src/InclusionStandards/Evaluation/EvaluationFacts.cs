using InclusionStandards.Assessments;
using InclusionStandards.Evidence;

namespace InclusionStandards.Evaluation;

/// <summary>
/// The engine fact that starts an evaluation: one organisation's evidence and the condition arguments of its root
/// scope. The engine tracks it by reference; only a <see cref="LiveEvaluation"/> changes it, in place, before it
/// re-fires the rules that read what changed.
/// </summary>
/// <param name="document">The evidence.</param>
/// <param name="rootArguments">The values of the root variables, in the environment's order (null when missing).</param>
internal sealed class EvaluationFacts(EvidenceDocument document, object?[] rootArguments)
{
    /// <summary>The evidence.</summary>
    public EvidenceDocument Document { get; set; } = document;

    /// <summary>The values of the root variables, in the environment's order (null when missing).</summary>
    public object?[] RootArguments { get; } = rootArguments;
}
