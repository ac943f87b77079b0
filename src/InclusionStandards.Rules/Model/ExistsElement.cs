namespace InclusionStandards.Rules.Model;

/// <summary>
/// Holds when at least one fact matches <see cref="Pattern"/> (given the earlier bindings); produces one match
/// however many facts match. Binds nothing. Immutable.
/// </summary>
/// <param name="Pattern">The pattern that must have a match.</param>
public sealed record ExistsElement(PatternElement Pattern) : RuleElement
{
    /// <inheritdoc />
    public override Declaration? Binds => null;
}
