using System.Collections.Immutable;
using System.Linq.Expressions;

namespace InclusionStandards.Rules.Model;

/// <summary>
/// Aggregates the facts matching <see cref="Source"/> (given the earlier bindings) and binds the result to
/// <see cref="Result"/>. The match exists while the result exists (see <see cref="AggregateKind"/>) and all
/// <see cref="Conditions"/> hold; when the aggregated facts change, the match is replaced. Immutable.
/// </summary>
/// <param name="Result">
/// The declaration bound to the result. Its CLR type must be the kind's result type: <c>int</c> (count),
/// <c>double</c> (sum, average), the selector's type (min, max), <c>IReadOnlyList&lt;T&gt;</c> (collect) or
/// <c>IGrouping&lt;TKey, T&gt;</c> (group-by), where <c>T</c> is the source's CLR type (<c>Record</c> for record types).
/// </param>
/// <param name="Kind">The aggregation.</param>
/// <param name="Source">The pattern whose matching facts are aggregated; its declaration is visible only inside it.</param>
/// <param name="Selector">
/// For sum, average, min, max and group-by: a one-parameter lambda over the source fact giving the value (key);
/// otherwise <see langword="null"/>.
/// </param>
/// <param name="Conditions">Conditions on the result (and earlier declarations), bound by name like pattern conditions.</param>
public sealed record AggregateElement(
    Declaration Result,
    AggregateKind Kind,
    PatternElement Source,
    LambdaExpression? Selector,
    ImmutableArray<LambdaExpression> Conditions) : RuleElement
{
    /// <inheritdoc />
    public override Declaration? Binds => Result;
}
