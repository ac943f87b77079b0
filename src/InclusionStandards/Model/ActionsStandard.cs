using System.Collections.Immutable;

namespace InclusionStandards.Model;

/// <summary>A <c>kind: actions</c> document: dated commitments. Immutable.</summary>
public sealed record ActionsStandard : Standard
{
    /// <inheritdoc />
    public override StandardKind Kind => StandardKind.Actions;

    /// <summary>The actions.</summary>
    public required ImmutableArray<CommitmentAction> Actions { get; init; }
}
