using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: taxonomy</c> document: shared vocabularies. Immutable.</summary>
public sealed record Taxonomy : Standard
{
    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.Taxonomy;

    /// <summary>The vocabularies.</summary>
    public required ImmutableArray<Vocabulary> Vocabularies { get; init; }
}
