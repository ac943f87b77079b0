namespace InclusionStandards.Assessments;

/// <summary>An organisation's value among its peers' for one indicator or survey measure. Immutable.</summary>
/// <param name="Id">The indicator id, or the measure's evidence path (e.g. <c>staffSurvey.belonging.rate</c>).</param>
/// <param name="Kind"><c>indicator</c> or <c>measure</c>.</param>
/// <param name="Value">This organisation's value.</param>
/// <param name="Count">How many organisations of the group have a value (this one included).</param>
/// <param name="Rank">1 for the highest value of the group; equal values share the better rank.</param>
/// <param name="LowerQuartile">The group's 25th percentile (linear interpolation between closest ranks).</param>
/// <param name="Median">The group's median.</param>
/// <param name="UpperQuartile">The group's 75th percentile.</param>
/// <param name="PercentHigher">The share of the other organisations of the group with a higher value, in percent (0–100).</param>
public sealed record PeerPosition(string Id, string Kind, double Value, int Count, int Rank, double LowerQuartile, double Median, double UpperQuartile, double PercentHigher);
