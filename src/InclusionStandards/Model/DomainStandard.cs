using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: domain</c> document: a regulatory key question with quality statements. Immutable.</summary>
public sealed record DomainStandard : Standard
{
    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.Domain;

    /// <summary>The key question, e.g. <c>inclusive</c>.</summary>
    public required string KeyQuestion { get; init; }

    /// <summary>The id of the <see cref="ScoringScheme"/> used; optional.</summary>
    public string? Scoring { get; init; }

    /// <summary>Where <see cref="Scoring"/> is written; <see langword="null"/> when absent.</summary>
    public Diagnostics.SourceLocation? ScoringLocation { get; init; }

    /// <summary>The evidence categories criteria may use.</summary>
    public ImmutableArray<string> EvidenceCategories { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The quality statements.</summary>
    public ImmutableArray<QualityStatement> Statements { get; init; } = ImmutableArray<QualityStatement>.Empty;
}
