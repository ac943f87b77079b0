using System.Collections.Immutable;
using System.Linq.Expressions;

namespace InclusionStandards.Rules.Model;

/// <summary>
/// Matches facts of <see cref="Declaration"/>'s type for which every condition holds, binding each to the declaration.
/// Immutable.
/// </summary>
/// <remarks>
/// <para>Each condition is a <see cref="LambdaExpression"/> returning <see cref="bool"/>. Its parameters are bound
/// <b>by name</b> to the visible declarations: this pattern's own declaration and those bound by earlier elements of
/// the rule. As a convenience, a first parameter whose name is not a visible declaration binds this pattern's fact.
/// A parameter's type must be assignable from the declaration's CLR type (<c>Record</c> for record types).</para>
/// <para>A top-level <c>&amp;&amp;</c> is split into separate conditions. A condition of the form
/// <c>f.X == e.Y</c> where one side reads only this pattern's fact and the other only earlier declarations is
/// executed as a hash-indexed join.</para>
/// </remarks>
/// <param name="Declaration">The declaration bound to each matching fact.</param>
/// <param name="Conditions">The conditions; all must hold.</param>
public sealed record PatternElement(Declaration Declaration, ImmutableArray<LambdaExpression> Conditions) : RuleElement
{
    /// <inheritdoc />
    public override Declaration? Binds => Declaration;
}
