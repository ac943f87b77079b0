using System.Collections.Immutable;
using InclusionStandards.Conditions;

namespace InclusionStandards.Validation;

/// <summary>
/// The functions the standards layer adds to conditions (docs/standards-format.md §4) that the CEL library does not
/// provide: <c>outcome(id)</c>, <c>indicator(id)</c> and <c>monthsBetween(t1, t2)</c>. Thread-safe.
/// </summary>
public static class StandardsFunctions
{
    /// <summary>
    /// <c>monthsBetween(t1, t2)</c>: whole calendar months from <paramref name="from"/> to <paramref name="to"/> (UTC),
    /// negative when <paramref name="to"/> is earlier. A month counts once its day (and time) is reached:
    /// 2024-01-31 → 2024-02-29 is 0 months, 2024-01-15 → 2024-02-15 is 1.
    /// </summary>
    public static long MonthsBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var (a, b) = (from.UtcDateTime, to.UtcDateTime);
        if (b < a)
        {
            return -MonthsBetween(to, from);
        }

        var months = ((b.Year - a.Year) * 12) + b.Month - a.Month;
        if (months > 0 && (b.Day < a.Day || (b.Day == a.Day && b.TimeOfDay < a.TimeOfDay)))
        {
            months--;
        }

        return months;
    }

    /// <summary>
    /// The standards functions. <paramref name="outcome"/> and <paramref name="indicator"/> are the host's
    /// implementations (the evaluator passes ones that read other criteria's outcomes and computed indicators);
    /// when absent, calls evaluate to an error result that says so (enough for type-checking at load time).
    /// </summary>
    public static ImmutableArray<CelFunction> Create(Func<string, ConditionResult>? outcome = null, Func<string, ConditionResult>? indicator = null)
    {
        outcome ??= id => ConditionResult.Error($"outcome('{id}') is not available here: no evaluation is running.");
        indicator ??= id => ConditionResult.Error($"indicator('{id}') is not available here: no evaluation is running.");
        return
        [
            CelFunction.FromDelegate("outcome", [CelType.String], CelType.String, outcome),
            CelFunction.FromDelegate("indicator", [CelType.String], CelType.Double, indicator),
            CelFunction.FromMethod("monthsBetween", [CelType.Timestamp, CelType.Timestamp], CelType.Int, typeof(StandardsFunctions).GetMethod(nameof(MonthsBetween))!),
        ];
    }
}
