using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: rules</c> document: engine-level rules for logic criteria cannot express. Immutable.</summary>
public sealed record RulesStandard : Standard
{
    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.Rules;

    /// <summary>The rules.</summary>
    public required ImmutableArray<RuleDefinition> Rules { get; init; }
}
