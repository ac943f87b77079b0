using InclusionStandards.Evidence;

namespace InclusionStandards.Evaluation;

/// <summary>The engine fact that starts an evaluation: one organisation's evidence and the condition arguments of its root scope.</summary>
/// <param name="Document">The evidence.</param>
/// <param name="RootArguments">The values of the root variables, in the environment's order (null when missing).</param>
internal sealed record EvaluationFacts(EvidenceDocument Document, object?[] RootArguments);
