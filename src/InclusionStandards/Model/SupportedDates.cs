namespace InclusionStandards.Model;

/// <summary>
/// The dates evidence and assessments may carry: years 1900 to 2999. Older dates are typing errors, and date arithmetic
/// (an action due months after the assessment, a period's length) must stay representable — 9999-12-31 plus a month is
/// not a date. Evidence dates outside the range are EVD105; an assessment date given on the command line, CLI002.
/// </summary>
public static class SupportedDates
{
    /// <summary>The first year a date may be in.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a date may be in.</summary>
    public const int MaxYear = 2999;

    /// <summary>True for a date within <see cref="MinYear"/>..<see cref="MaxYear"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date may be used.</returns>
    public static bool InSupportedRange(DateOnly date) => date.Year is >= MinYear and <= MaxYear;
}
