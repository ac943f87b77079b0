namespace InclusionStandards.Evaluation;

/// <summary>Functions of the standards layer (format §4) that the condition language does not provide itself.</summary>
internal static class StandardsFunctions
{
    /// <summary>
    /// <c>monthsBetween(t1, t2)</c>: whole calendar months from <paramref name="from"/> to <paramref name="to"/>
    /// (negative when <paramref name="to"/> is earlier); a month counts once its day of month is reached.
    /// </summary>
    public static long MonthsBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var a = from.UtcDateTime;
        var b = to.UtcDateTime;
        if (b < a)
        {
            return -MonthsBetween(to, from);
        }

        var months = ((b.Year - a.Year) * 12) + b.Month - a.Month;
        if (b.Day < a.Day || (b.Day == a.Day && b.TimeOfDay < a.TimeOfDay))
        {
            months--;
        }

        return months;
    }
}
