using System.Collections.Immutable;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules;

/// <summary>The explanation of one firing: which rule fired on which facts. Immutable.</summary>
/// <param name="Sequence">The firing's position in the session (0-based).</param>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Facts">The matched values, one per rule element (see <see cref="IActionContext.Facts"/>).</param>
public sealed record RuleFiring(int Sequence, RuleDefinition Rule, ImmutableArray<object?> Facts)
{
    /// <inheritdoc />
    public override string ToString() => $"#{Sequence} {Rule.Name}({string.Join(", ", Facts)})";
}
