namespace InclusionStandards.Assessments;

/// <summary>A number (an indicator or a survey measure) now and in the previous period. Immutable.</summary>
/// <param name="Id">The indicator id, or the measure's evidence path (e.g. <c>staffSurvey.belonging.rate</c>).</param>
/// <param name="Previous">The previous value; null when it could not be computed then.</param>
/// <param name="Current">The value now; null when it could not be computed now.</param>
/// <param name="Change">Current minus previous, in the value's unit; null unless both are known.</param>
public sealed record ValueTrend(string Id, double? Previous, double? Current, double? Change);
