using InclusionStandards.Evaluation;

namespace InclusionStandards.Reports;

/// <summary>
/// How reports are rendered: title, attribution and disclosure control. Immutable; thread-safe. Reports never
/// read the clock: any date shown comes from the assessment.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>The defaults: counts below 10 suppressed, a title built from the organisation's name.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// Counts below this number (including zero) are shown as suppressed (<c>&lt;10</c>) rather than as a value.
    /// Default 10. Zero turns suppression off.
    /// </summary>
    public int SuppressionThreshold { get; init; } = 10;

    /// <summary>The report title; when null, "Inclusion assessment: " and the organisation's name (or "Comparison of N organisations").</summary>
    public string? Title { get; init; }

    /// <summary>Attribution shown in the footer, e.g. a tool name and version. Default <c>InclusionStandards</c>.</summary>
    public string GeneratedBy { get; init; } = "InclusionStandards";

    /// <summary>
    /// Decides whether an evidence value is a count (and so subject to suppression). When null (the default), a value
    /// is a count of people when its <see cref="EvidenceValue.Unit"/> is <c>people</c>, <c>respondents</c>, <c>staff</c>, <c>persons</c> or <c>members</c> (a unit such as <c>count</c> of panels or decisions is not people),
    /// or, when it has no unit, when the last segment of its path names a count (e.g. <c>headcount</c>,
    /// <c>appointed</c>, <c>shortlisted</c>, or ends in <c>Count</c>).
    /// </summary>
    public Func<EvidenceValue, bool>? IsCount { get; init; }

    /// <summary>Checks the options, reporting every problem at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (SuppressionThreshold < 0)
        {
            errors.Add($"SuppressionThreshold must be zero or more (was {SuppressionThreshold}).");
        }

        if (GeneratedBy is null)
        {
            errors.Add("GeneratedBy must not be null.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid report options: " + string.Join(" ", errors));
        }
    }
}
