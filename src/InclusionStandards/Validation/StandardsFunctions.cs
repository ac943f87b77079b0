using System.Collections.Immutable;
using InclusionStandards.Conditions;

namespace InclusionStandards.Validation;

/// <summary>
/// The functions the standards layer adds to conditions (docs/standards-format.md §4) that the CEL library does not
/// provide: <c>outcome(id)</c>, <c>indicator(id)</c>, <c>monthsBetween(t1, t2)</c> and <c>withinMonths(t, reference, n)</c>.
/// Thread-safe.
/// </summary>
public static class StandardsFunctions
{
    internal static readonly CelFunction MonthsBetweenFunction =
        CelFunction.FromMethod("monthsBetween", [CelType.Timestamp, CelType.Timestamp], CelType.Int, typeof(StandardsFunctions).GetMethod(nameof(MonthsBetween))!);

    internal static readonly CelFunction WithinMonthsFunction =
        CelFunction.FromMethod("withinMonths", [CelType.Timestamp, CelType.Timestamp, CelType.Int], CelType.Bool, typeof(StandardsFunctions).GetMethod(nameof(WithinMonths))!);

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
    /// <c>withinMonths(t, reference, n)</c>: whether <paramref name="value"/> is no more than <paramref name="months"/>
    /// calendar months before <paramref name="reference"/> (UTC; a later value is within). The boundary is the same day
    /// <paramref name="months"/> months earlier, clamped to the end of a shorter month: within 12 months of 2024-06-30
    /// means on or after 2023-06-30, so 2023-05-31 (12 whole months and 30 days earlier) is not.
    /// </summary>
    public static bool WithinMonths(DateTimeOffset value, DateTimeOffset reference, long months)
    {
        if (months is < 0 or > 12_000)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "withinMonths takes a number of months from 0 to 12000.");
        }

        var boundary = reference.UtcDateTime.AddMonths(-(int)months);
        return value.UtcDateTime >= boundary;
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
            MonthsBetweenFunction,
            WithinMonthsFunction,
        ];
    }
}
