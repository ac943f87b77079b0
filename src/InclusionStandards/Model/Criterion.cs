using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// A criterion: what is assessed and when it is met, partly met or not met, as conditions (see the standards
/// format, §3). Shared by frameworks, objectives (and their ways), domain statements and actions. Immutable.
/// </summary>
public sealed record Criterion : ICitedItem
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>What it assesses, in our own words.</summary>
    public required string Statement { get; init; }

    /// <summary>When present, the criterion is evaluated once per element of a root list.</summary>
    public ForEach? ForEach { get; init; }

    /// <summary>Optional applicability condition (bool); false gives <see cref="Outcome.NotApplicable"/>.</summary>
    public Condition? Applies { get; init; }

    /// <summary>The condition (bool) under which the criterion is met.</summary>
    public required Condition Met { get; init; }

    /// <summary>Optional condition (bool) under which a criterion that is not met is partially met.</summary>
    public Condition? PartiallyMet { get; init; }

    /// <summary>For domain criteria: the evidence category (one of the domain's <c>evidenceCategories</c>).</summary>
    public string? Category { get; init; }

    /// <summary>Where <see cref="Category"/> is written (null when it is not).</summary>
    public SourceLocation? CategoryLocation { get; init; }

    /// <summary>The weight in scoring; default 1.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The item's status, when it differs from the standard's (e.g. <see cref="StandardStatus.Draft"/> for unverified content).</summary>
    public StandardStatus? Status { get; init; }

    /// <summary>For a <see cref="ForEach"/> criterion, the roll-up outcome when the list is empty; default <see cref="Outcome.NotApplicable"/>.</summary>
    public Outcome? WhenEmpty { get; init; }

    /// <summary>
    /// What to do when the criterion is not met or only partly met, in plain English (format §3); reports and the
    /// draft action plan show it. Authored with <see cref="Owner"/>; the code never invents an action.
    /// </summary>
    public string? Action { get; init; }

    /// <summary>The role that owns <see cref="Action"/>: a term of the <c>owner-roles</c> vocabulary (e.g. <c>chief-people-officer</c>).</summary>
    public string? Owner { get; init; }

    /// <summary>Where <see cref="Owner"/> is written (null when it is not).</summary>
    public SourceLocation? OwnerLocation { get; init; }

    /// <summary>
    /// An evidence path whose number is this criterion's score (e.g. <c>eds.outcome1a</c>, the organisation's own EDS
    /// score 0-3), for a scheme with <c>criterionScores</c>; the met condition must read it. Null: the outcome is scored.
    /// </summary>
    public string? Score { get; init; }

    /// <summary>Where <see cref="Score"/> is written (null when it is not).</summary>
    public SourceLocation? ScoreLocation { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }
}
