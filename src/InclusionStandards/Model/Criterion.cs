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

    /// <inheritdoc />
    public required ImmutableArray<SourceCitation> Sources { get; init; }

    /// <inheritdoc />
    public required SourceLocation Location { get; init; }
}
