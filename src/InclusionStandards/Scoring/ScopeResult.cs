using System.Collections.Immutable;

namespace InclusionStandards.Scoring;

/// <summary>A score and rating for a scope (statement, domain, framework, board member, programme, portfolio…). Immutable.</summary>
public sealed record ScopeResult
{
    /// <summary>The kind of scope: <c>statement</c>, <c>domain</c>, <c>framework</c>, <c>board-member</c>, <c>board</c>, <c>programme</c>, <c>portfolio</c>, <c>eds</c>, <c>standard</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The scope id (statement id, standard id…).</summary>
    public required string ScopeId { get; init; }

    /// <summary>For per-element scopes, the element key (board member id, programme id); otherwise <see langword="null"/>.</summary>
    public string? Subject { get; init; }

    /// <summary>The title shown in reports.</summary>
    public required string Title { get; init; }

    /// <summary>The scoring scheme id.</summary>
    public required string Scheme { get; init; }

    /// <summary>The score (a level, a total or a percentage, as the scheme defines); <see langword="null"/> when nothing could be scored.</summary>
    public double? Score { get; init; }

    /// <summary>The largest possible score, when the scheme has one.</summary>
    public double? MaxScore { get; init; }

    /// <summary>The rating label (e.g. <c>Good</c>); <see langword="null"/> when not rated (e.g. all evidence missing).</summary>
    public string? Rating { get; init; }

    /// <summary>What the rating means, in plain English, as the scheme writes it; absent when the scheme says nothing.</summary>
    public string? RatingMeaning { get; init; }

    /// <summary>The scoring scheme's title, e.g. <c>Equality Delivery System 2022 scoring</c>.</summary>
    public string? SchemeTitle { get; init; }

    /// <summary>The status of the standard the scope belongs to: <c>draft</c>, <c>proposed</c>, <c>published</c> or <c>retired</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The status of the scoring scheme (a <c>proposed</c> scheme is our proposal, not a published method).</summary>
    public string? SchemeStatus { get; init; }

    /// <summary>The scheme's rating bands on this scope's score, lowest first; empty when the score is not rated on them (e.g. a statement).</summary>
    public ImmutableArray<RatingBandInfo> Bands { get; init; } = [];

    /// <summary>The limiter that capped the rating, when one did.</summary>
    public string? LimitedBy { get; init; }

    /// <summary>How many criteria had each outcome, in <see cref="Model.Outcome"/> order.</summary>
    public ImmutableArray<int> OutcomeCounts { get; init; } = [];

    /// <summary>Extra facts about the scope, e.g. for a portfolio the objective ids no programme covers.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
