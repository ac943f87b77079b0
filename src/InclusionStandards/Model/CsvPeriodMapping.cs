using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>How a CSV row's period is read: a year column, calendar or financial year. Immutable.</summary>
public sealed record CsvPeriodMapping
{
    /// <summary>The column holding the year.</summary>
    public required string Column { get; init; }

    /// <summary>True: year Y means Y-04-01 … (Y+1)-03-31; false: Y-01-01 … Y-12-31.</summary>
    public bool FinancialYear { get; init; }

    /// <summary>Where it is declared.</summary>
    public required SourceLocation Location { get; init; }
}
