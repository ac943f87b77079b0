using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>A type declared in the evidence schema's <c>types</c> (e.g. <c>BoardMember</c>). Immutable.</summary>
public sealed record EvidenceTypeDefinition
{
    /// <summary>The type name (UpperCamelCase).</summary>
    public required string Name { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The string field that identifies an element in results; optional.</summary>
    public string? Key { get; init; }

    /// <summary>The fields, in declaration order.</summary>
    public required ImmutableArray<EvidenceFieldDefinition> Fields { get; init; }

    /// <summary>Where the type is declared (the location of its name).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Looks up a field by name.</summary>
    public EvidenceFieldDefinition? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
