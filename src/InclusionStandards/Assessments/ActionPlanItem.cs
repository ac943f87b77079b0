using InclusionStandards.Evaluation;
using InclusionStandards.Model;
using System.Collections.Immutable;

namespace InclusionStandards.Assessments;

/// <summary>
/// One action of the draft action plan: what to do (authored in the standards), who owns it, by when, which
/// not-met or partly-met criteria it closes, their citations and the measure of success. Immutable.
/// </summary>
public sealed record ActionPlanItem
{
    /// <summary>What to do, as the standards write it.</summary>
    public required string Action { get; init; }

    /// <summary>The owner role's id (a term of the <c>owner-roles</c> vocabulary).</summary>
    public required string OwnerId { get; init; }

    /// <summary>The owner role as people read it, e.g. <c>Chief people officer</c>.</summary>
    public required string Owner { get; init; }

    /// <summary>The due date.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>Where the due date comes from: a dated commitment (its title) or the documented default.</summary>
    public required string DueSource { get; init; }

    /// <summary>True when the due date (a dated commitment) is already past on the assessment date.</summary>
    public bool Overdue { get; init; }

    /// <summary>The worst outcome among <see cref="CriterionIds"/>: not-met or partially-met.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>The criteria (and banded indicators) the action closes, in plan order.</summary>
    public required ImmutableArray<string> CriterionIds { get; init; }

    /// <summary>Their titles, in the same order.</summary>
    public required ImmutableArray<string> CriterionTitles { get; init; }

    /// <summary>The measure of success: what each criterion needs to be met, in plain English.</summary>
    public required ImmutableArray<string> Measures { get; init; }

    /// <summary>The sources the criteria cite, distinct, in order.</summary>
    public required ImmutableArray<Citation> Citations { get; init; }
}
