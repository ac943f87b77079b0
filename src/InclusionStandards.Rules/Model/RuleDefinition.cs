using System.Collections.Immutable;

namespace InclusionStandards.Rules.Model;

/// <summary>
/// A rule, independent of how it was written (C# builder, YAML, generated): a name, a left-hand side of
/// <see cref="RuleElement"/>s and actions. Immutable; safe to share across threads (provided the action delegates are).
/// </summary>
/// <param name="Name">The rule's unique name (its id), used in explanations and error messages.</param>
/// <param name="Elements">The left-hand side, matched left to right; must not be empty.</param>
/// <param name="Actions">The actions run, in order, each time the rule fires.</param>
public sealed record RuleDefinition(
    string Name,
    ImmutableArray<RuleElement> Elements,
    ImmutableArray<Action<IActionContext>> Actions)
{
    /// <summary>A human-readable description; empty by default.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The priority: activations of rules with higher salience fire first. Default 0.</summary>
    public int Salience { get; init; }

    /// <summary>Free-form tags (e.g. the standard a rule belongs to). Empty by default.</summary>
    public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Free-form metadata (e.g. a source position). Empty by default.</summary>
    public ImmutableDictionary<string, string> Metadata { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <inheritdoc />
    public override string ToString() => Name;
}
