using System.Globalization;
using InclusionStandards.Reports;

namespace InclusionStandards.Tests.Reports;

public class MarkdownReportTests
{
    private static readonly string Report = MarkdownReport.Render(AssessmentSamples.AcuteTrust());

    [Fact]
    public void Render_AcuteTrust_HasHeadingsRatingsAndIndicators()
    {
        Assert.StartsWith("# Inclusion assessment: Example Hospitals NHS Foundation Trust\n", Report, StringComparison.Ordinal);
        Assert.Contains("## Summary for the board", Report, StringComparison.Ordinal);
        Assert.Contains("## Draft action plan", Report, StringComparison.Ordinal);
        Assert.Contains("## Ratings and scores", Report, StringComparison.Ordinal);
        Assert.Contains("| The inclusive key question | **Good** (69%) |", Report, StringComparison.Ordinal);
        Assert.Contains("| 1.42 | 0.8 to 1.25 | ✗ Not met |", Report, StringComparison.Ordinal);
        Assert.Contains("- `staffSurvey.discriminationInternal.rate` — needed by `inc-s4-survey-discrimination`", Report, StringComparison.Ordinal);
        Assert.Contains("## Criteria in detail", Report, StringComparison.Ordinal);
        Assert.Contains("✗ **Not met**", Report, StringComparison.Ordinal);
        Assert.Contains("<details><summary>The rule behind this finding</summary>", Report, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', Report);
    }

    [Fact]
    public void Render_SensitiveValues_AreWithheldEverywhere()
    {
        DisclosureAssertions.NoSensitiveValue(AssessmentSamples.AcuteTrust(), Report);
        Assert.Contains("governance, grievance lead: name: withheld", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SmallCounts_AreSuppressedIncludingInReasonsAndIndicatorInputs()
    {
        DisclosureAssertions.NoSmallCount(AssessmentSamples.AcuteTrust(), Report, 10);
        Assert.Contains("`disciplinary.bme.entered` \\<10", Report, StringComparison.Ordinal);
        Assert.Contains("`recruitment.bme.appointed` 26", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CountIndicatorBelowThreshold_IsSuppressed()
    {
        Assert.Contains("`wdes-4-count` | \\<10 |", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LowerThreshold_ShowsCountsAtOrAboveIt()
    {
        var report = MarkdownReport.Render(AssessmentSamples.AcuteTrust(), new ReportOptions { SuppressionThreshold = 5 });
        Assert.Contains("`disciplinary.bme.entered` 6", report, StringComparison.Ordinal);
        Assert.Contains("`wdes-4-count` | \\<5 |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InputMarkup_IsEscaped()
    {
        var report = MarkdownReport.Render(AssessmentSamples.Several()[2]);
        Assert.Contains("St Elsewhere's \\<Hospital\\> \\& \"Clinics\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<Hospital>", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IsDeterministicAndCultureIndependent()
    {
        var de = AssessmentJsonTests.WithCulture(new CultureInfo("de-DE"), () => MarkdownReport.Render(AssessmentSamples.AcuteTrust()));
        Assert.Equal(Report, de);
    }

    [Fact]
    public void Render_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => MarkdownReport.Render(AssessmentSamples.AcuteTrust(), new ReportOptions { SuppressionThreshold = -1 }));

    [Fact]
    public void RenderComparison_Several_TableOrderedByOdsAndDistribution()
    {
        var md = MarkdownReport.RenderComparison(AssessmentSamples.Several());
        Assert.StartsWith("# Comparison of 4 organisations\n", md, StringComparison.Ordinal);
        var rows = md.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| [^|]+ \| R[A-Z]{2} \|")).ToList();
        Assert.Equal(["RAA", "RXX", "RYY", "RZZ"], rows.Select(r => r.Split(" | ")[1]));
        Assert.Contains("| Good (68.75 / 100) |", md, StringComparison.Ordinal);
        var distribution = md[md.IndexOf("### The inclusive key question", StringComparison.Ordinal)..];
        Assert.Contains("| Requires improvement | 1 |\n| Good | 2 |\n| Outstanding | 1 |", distribution, StringComparison.Ordinal);
    }
}
