using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Reports.Disclosure;
using InclusionStandards.Reports.Markdown;

namespace InclusionStandards.Reports;

/// <summary>
/// Renders assessments as GitHub-flavoured Markdown with disclosure control: small counts suppressed, sensitive
/// and protected values withheld, every input string escaped so it cannot become markup. Output uses <c>\n</c>
/// newlines and is deterministic (no clock, culture-independent). Thread-safe.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The report for one organisation.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="options">Title, attribution and disclosure control; <see cref="ReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static string Render(Assessment assessment, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        options ??= ReportOptions.Default;
        var disclosure = new DisclosureControl(assessment, options);
        var sb = new StringBuilder();
        var main = new MarkdownSections(assessment, sb);
        var more = new MarkdownIndicatorSections(assessment, disclosure, sb);
        main.Heading(ReportFormat.Title(options, assessment));
        sb.Append(MarkdownBoardPack.Summary(assessment));
        sb.Append(MarkdownBoardPack.ActionPlan(assessment));
        sb.Append(MarkdownBoardPack.Ratings(assessment));
        more.Indicators();
        MarkdownTrendSections.Write(assessment, sb);
        sb.Append(MarkdownBoardPack.Criteria(assessment, disclosure));
        more.MissingEvidence();
        more.Provenance(options);
        return sb.ToString();
    }

    /// <summary>A comparison of many organisations: the headline ratings of each, and how ratings are distributed.</summary>
    /// <param name="assessments">The assessments, one per organisation (shown ordered by ODS code).</param>
    /// <param name="options">Title and attribution; <see cref="ReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static string RenderComparison(IReadOnlyList<Assessment> assessments, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        options ??= ReportOptions.Default;
        options.Validate();
        return MarkdownComparison.Render(Comparison.Build(assessments), options);
    }
}
