using InclusionStandards.Conditions;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// One pattern of a compiled rule. Its condition takes the root arguments, then the elements bound by the positive
/// patterns before it (<see cref="BoundBefore"/> of them, in order), then the candidate element.
/// </summary>
internal sealed record CompiledRulePattern(string List, string As, RecordType ElementType, CompiledCondition? Where, bool Negated, int BoundBefore);
