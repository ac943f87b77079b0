using InclusionStandards.Conditions;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Compilation;

/// <summary>
/// One pattern of a compiled rule. Its condition takes the root arguments, then the elements bound by the positive
/// patterns before it (<see cref="BoundBefore"/> of them, in order), then the candidate element.
/// <see cref="ReadsSensitive"/>: the condition reads a sensitive or protected field, so its run-time error messages
/// (which may quote a value) are withheld.
/// </summary>
internal sealed record CompiledRulePattern(string List, string As, RecordType ElementType, CompiledCondition? Where, bool Negated, int BoundBefore, bool ReadsSensitive);
