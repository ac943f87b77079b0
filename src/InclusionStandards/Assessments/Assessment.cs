using InclusionStandards.Evaluation;
using InclusionStandards.Scoring;
using System.Collections.Immutable;
using InclusionStandards.Model;

namespace InclusionStandards.Assessments;

/// <summary>
/// The result of evaluating one organisation's evidence against a compiled catalog of standards. Immutable;
/// serialises deterministically (same inputs give byte-identical JSON) to the documented results format.
/// </summary>
public sealed record Assessment
{
    /// <summary>The version of the results format this object follows.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The results format version (<see cref="CurrentSchemaVersion"/>).</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The organisation assessed.</summary>
    public required OrganisationInfo Organisation { get; init; }

    /// <summary>The period the evidence covers.</summary>
    public required AssessmentPeriod Period { get; init; }

    /// <summary>The assessment date (given explicitly; evaluation never reads the clock).</summary>
    public required DateOnly AssessmentDate { get; init; }

    /// <summary>The content hash of the whole catalog.</summary>
    public required string CatalogHash { get; init; }

    /// <summary>The standards evaluated, ordered by id.</summary>
    public ImmutableArray<StandardReference> Standards { get; init; } = [];

    /// <summary>One result per criterion, ordered by standard then declaration order.</summary>
    public ImmutableArray<CriterionResult> Criteria { get; init; } = [];

    /// <summary>The computed indicators, ordered by standard then declaration order.</summary>
    public ImmutableArray<IndicatorResult> Indicators { get; init; } = [];

    /// <summary>Scores and ratings per scope.</summary>
    public ImmutableArray<ScopeResult> Scopes { get; init; } = [];

    /// <summary>Every missing evidence path across all criteria, sorted and distinct.</summary>
    public ImmutableArray<string> MissingEvidence { get; init; } = [];

    /// <summary>How many engine rules fired in the evaluation.</summary>
    public int RuleFirings { get; init; }

    /// <summary>
    /// The draft action plan: one action per not-met or partly-met criterion that has an authored action (criteria
    /// sharing an action are grouped), not-met first, then by weight; see <c>docs/results-format.md</c>.
    /// </summary>
    public ImmutableArray<ActionPlanItem> ActionPlan { get; init; } = [];

    /// <summary>
    /// The warnings raised while reading this organisation's evidence (the input was evaluated; see
    /// <see cref="InputWarning"/>), in the order raised; absent when there were none. Set by batch evaluation.
    /// </summary>
    public ImmutableArray<InputWarning>? Warnings { get; init; }

    /// <summary>
    /// What changed since the previous period of the same organisation (from the same batch or a supplied history);
    /// absent when no earlier assessment was given. Kept last so it can be appended to a written record.
    /// </summary>
    public AssessmentTrend? Trend { get; init; }

    /// <summary>The position among organisations of the same type in the same batch; absent for groups too small to compare.</summary>
    public PeerComparison? Peers { get; init; }
}
