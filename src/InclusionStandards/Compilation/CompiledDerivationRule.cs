using System.Collections.Immutable;
using InclusionStandards.Model;

namespace InclusionStandards.Compilation;

/// <summary>
/// A <c>kind: rules</c> rule ready to evaluate: its patterns with compiled conditions, and what each match derives.
/// <see cref="Lists"/> are the evidence lists it reads (a live evaluation re-runs it when one of them changes).
/// </summary>
internal sealed record CompiledDerivationRule(
    RuleDefinition Definition,
    ImmutableArray<CompiledRulePattern> Patterns,
    string Criterion,
    Model.Outcome Outcome,
    string Reason,
    int? ElementPattern,
    ImmutableArray<string> Lists)
{
    public string Id => Definition.Id;

    /// <summary>The engine rule's name, and the name listed among a criterion's rules that fired.</summary>
    public string EngineName => $"rule:{Definition.Id}";
}
