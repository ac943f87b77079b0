using System.Collections.Immutable;
using System.Linq.Expressions;

namespace InclusionStandards.Rules.Model;

/// <summary>
/// Holds when every fact matching <see cref="Pattern"/> also satisfies all <see cref="Requirements"/> (vacuously
/// true when nothing matches). Equivalent to <c>not(Pattern and not(Requirements))</c>. Binds nothing. Immutable.
/// </summary>
/// <param name="Pattern">Selects the facts the requirements apply to.</param>
/// <param name="Requirements">Conditions (bound like the pattern's conditions) every selected fact must meet.</param>
public sealed record ForAllElement(PatternElement Pattern, ImmutableArray<LambdaExpression> Requirements) : RuleElement
{
    /// <inheritdoc />
    public override Declaration? Binds => null;
}
