namespace InclusionStandards.Rules.Model;

/// <summary>
/// A named variable of a rule, bound by a pattern (to a fact) or by an aggregate (to its result).
/// Conditions and actions refer to it by <see cref="Name"/>. Immutable.
/// </summary>
/// <param name="Name">The variable name, unique within its rule (case-sensitive).</param>
/// <param name="Type">The type of the bound values.</param>
public sealed record Declaration(string Name, FactType Type)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type}";
}
