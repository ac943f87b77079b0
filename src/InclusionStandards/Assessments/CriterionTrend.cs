using InclusionStandards.Model;

namespace InclusionStandards.Assessments;

/// <summary>A criterion's outcome now and in the previous period. Immutable.</summary>
/// <param name="CriterionId">The criterion id.</param>
/// <param name="Previous">The outcome in the previous period.</param>
/// <param name="Current">The outcome in this period.</param>
/// <param name="Direction">
/// <c>improved</c> or <c>declined</c> along not-met, partially-met, met; <c>unchanged</c>; <c>changed</c> when
/// either outcome is insufficient-evidence or not-applicable (not better or worse, just different).
/// </param>
public sealed record CriterionTrend(string CriterionId, Outcome Previous, Outcome Current, string Direction);
