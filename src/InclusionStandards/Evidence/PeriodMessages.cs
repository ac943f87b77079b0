using System.Globalization;
using InclusionStandards.Model;

namespace InclusionStandards.Evidence;

/// <summary>The wording of the date checks that the evidence reader and the batch evaluator share.</summary>
internal static class PeriodMessages
{
    /// <summary>An assessment dated before its period starts: every "within N months of the assessment" check would pass.</summary>
    public static string AssessedBeforePeriod(DateOnly date, AssessmentPeriod period) => string.Create(CultureInfo.InvariantCulture,
        $"The assessment date {date:yyyy-MM-dd} is before the period starts ({period.Start:yyyy-MM-dd}): evidence dated after it would count as current. Use a date on or after the period start (usually after its end).");
}
