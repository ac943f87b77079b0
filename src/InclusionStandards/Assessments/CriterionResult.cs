using System.Collections.Immutable;

namespace InclusionStandards.Assessments;

/// <summary>
/// The result of one criterion for one organisation — or, for a per-element criterion, the roll-up with one
/// <see cref="Elements"/> entry per subject. Immutable.
/// </summary>
public sealed record CriterionResult
{
    /// <summary>The criterion id.</summary>
    public required string CriterionId { get; init; }

    /// <summary>The id of the standard that declares it.</summary>
    public required string StandardId { get; init; }

    /// <summary>The scope the criterion belongs to (statement, framework, way…), e.g. <c>inc-s1</c>; the standard id when none.</summary>
    public required string ScopeId { get; init; }

    /// <summary>The criterion title.</summary>
    public required string Title { get; init; }

    /// <summary>For an element result, the element's key (e.g. a board member id); <see langword="null"/> for the roll-up.</summary>
    public string? Subject { get; init; }

    /// <summary>The outcome.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>The score the scoring scheme gives this outcome; <see langword="null"/> when not scored.</summary>
    public double? Score { get; init; }

    /// <summary>Why: readable sentences, in order (e.g. the condition and the values it saw).</summary>
    public ImmutableArray<string> Reasons { get; init; } = [];

    /// <summary>The evidence the conditions read, sorted by path.</summary>
    public ImmutableArray<EvidenceValue> EvidenceUsed { get; init; } = [];

    /// <summary>The evidence paths that were missing, sorted; non-empty when the outcome is insufficient-evidence for lack of evidence.</summary>
    public ImmutableArray<string> MissingEvidence { get; init; } = [];

    /// <summary>The engine rules that fired to produce this result, in firing order.</summary>
    public ImmutableArray<string> RulesFired { get; init; } = [];

    /// <summary>An evaluation error (e.g. division by zero), when one decided the outcome.</summary>
    public string? Error { get; init; }

    /// <summary>For a per-element criterion, one result per element, ordered by subject; empty otherwise.</summary>
    public ImmutableArray<CriterionResult> Elements { get; init; } = [];
}
