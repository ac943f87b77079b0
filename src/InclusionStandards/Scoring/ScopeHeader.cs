using System.Collections.Immutable;
using InclusionStandards.Assessments;
using InclusionStandards.Model;

namespace InclusionStandards.Scoring;

/// <summary>What identifies a scope in the results: its kind, id, subject and title.</summary>
/// <param name="Kind">statement, domain, framework, board-member, board, programme, portfolio, eds, standard.</param>
/// <param name="Id">The scope id.</param>
/// <param name="Subject">The element key for per-element scopes.</param>
/// <param name="Title">The title shown in reports.</param>
internal sealed record ScopeHeader(string Kind, string Id, string? Subject, string Title)
{
    /// <summary>An unscored result for this scope.</summary>
    public ScopeResult ToResult(ScoringScheme scheme, ImmutableArray<int> counts) => new()
    {
        Kind = Kind,
        ScopeId = Id,
        Subject = Subject,
        Title = Title,
        Scheme = scheme.Id,
        OutcomeCounts = counts,
    };
}
