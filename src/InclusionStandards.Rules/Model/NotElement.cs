namespace InclusionStandards.Rules.Model;

/// <summary>
/// Holds when no fact matches <see cref="Pattern"/> (given the earlier bindings). Binds nothing; the pattern's
/// declaration is visible only inside its own conditions. Immutable.
/// </summary>
/// <param name="Pattern">The pattern that must have no match.</param>
public sealed record NotElement(PatternElement Pattern) : RuleElement
{
    /// <inheritdoc />
    public override Declaration? Binds => null;
}
