using InclusionStandards.Model;
using System.Collections.Immutable;

namespace InclusionStandards.Evaluation;

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

    /// <summary>What the criterion assesses and when it is met, in plain English (as the standards write it).</summary>
    public string? Statement { get; init; }

    /// <summary>True when the criterion (or its standard) is a draft or a proposal rather than a published standard.</summary>
    public bool Provisional { get; init; }

    /// <summary>The sources the criterion cites.</summary>
    public ImmutableArray<Citation> Citations { get; init; } = [];

    /// <summary>The conditions as written (<c>met</c>, then <c>partiallyMet</c> when there is one), for readers who want the rule itself.</summary>
    public ImmutableArray<string> Conditions { get; init; } = [];

    /// <summary>The criteria and indicators whose results this one reads (<c>outcome()</c>, <c>indicator()</c>), sorted.</summary>
    public ImmutableArray<string> DependsOn { get; init; } = [];

    /// <summary>What to do when it is not met or partly met (authored in the standards); absent when none is written.</summary>
    public string? Action { get; init; }

    /// <summary>The role that owns <see cref="Action"/>, as people read it.</summary>
    public string? Owner { get; init; }

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
