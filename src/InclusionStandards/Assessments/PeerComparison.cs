using System.Collections.Immutable;

namespace InclusionStandards.Assessments;

/// <summary>
/// Where an organisation stands among organisations of the same type assessed for a period ending on the same day in
/// the same batch: per indicator and survey measure, the group's median and quartiles and the organisation's rank.
/// Only given for groups of at least <see cref="PeerGroups.MinimumGroupSize"/> organisations with a value. Immutable.
/// </summary>
public sealed record PeerComparison
{
    /// <summary>The peer group's name: the organisation type (a term of the organisation-types vocabulary).</summary>
    public required string Group { get; init; }

    /// <summary>How many organisations the group holds (this one included).</summary>
    public required int GroupSize { get; init; }

    /// <summary>The last day of the period every organisation of the group was assessed for.</summary>
    public required DateOnly PeriodEnd { get; init; }

    /// <summary>One entry per indicator, then per survey measure, for which enough of the group have a value.</summary>
    public ImmutableArray<PeerPosition> Positions { get; init; } = [];
}
