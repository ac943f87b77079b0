using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using InclusionStandards.Reports;

namespace InclusionStandards.Tests.Reports;

public partial class HtmlReportTests
{
    private static readonly string Report = HtmlReport.Render(AssessmentSamples.AcuteTrust());
    private static readonly string ComparisonReport = HtmlReport.RenderComparison(AssessmentSamples.Several());

    public static TheoryData<string> Both => new() { Report, ComparisonReport };

    [Theory]
    [MemberData(nameof(Both))]
    public void Render_IsSelfContained_NoExternalReferences(string html)
    {
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ScriptWithSource(), html);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public void Render_IsAccessible_TitleLangHeadingsAndLabelledCharts(string html)
    {
        Assert.Matches("<html lang=\"en-GB\">", html);
        Assert.Matches("<title>[^<]+</title>", html);
        Assert.Single(H1().Matches(html));
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
        var svgs = SvgOpen().Matches(html);
        Assert.NotEmpty(svgs);
        foreach (Match svg in svgs)
        {
            var id = svg.Groups["id"].Value;
            Assert.Contains("role=\"img\"", svg.Value, StringComparison.Ordinal);
            Assert.Contains($"aria-labelledby=\"{id}-title {id}-desc\"", svg.Value, StringComparison.Ordinal);
            Assert.Contains($"<title id=\"{id}-title\">", html, StringComparison.Ordinal);
            Assert.Contains($"<desc id=\"{id}-desc\">", html, StringComparison.Ordinal);
        }

        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Render_ChartsForOutcomesScoresEachIndicatorAndGaps()
    {
        var titles = Regex.Matches(Report, "<title id=\"[^\"]+\">([^<]*)</title>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("Criteria by outcome", titles);
        Assert.Contains("Scores per statement and domain", titles);
        Assert.Contains("Missing evidence by area", titles);
        Assert.Equal(AssessmentSamples.AcuteTrust().Indicators.Length, titles.Count(t => t.Contains(": ", StringComparison.Ordinal) && !t.StartsWith("Criteria", StringComparison.Ordinal)));
        Assert.Contains("non-adverse band 0.8 to 1.25", Report, StringComparison.Ordinal);
        Assert.Contains("1.42 (above the band)", Report, StringComparison.Ordinal);
        Assert.Contains("0.92 (inside the band)", Report, StringComparison.Ordinal);
        Assert.Contains("&lt;10: not plotted (suppressed)", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InputStrings_AreHtmlEncoded()
    {
        var html = HtmlReport.Render(AssessmentSamples.Several()[2] with { Criteria = [AssessmentSamples.AcuteTrust().Criteria[0] with { Reasons = ["<script>alert(1)</script>"] }] });
        Assert.Contains("St Elsewhere&#39;s &lt;Hospital&gt; &amp; &quot;Clinics&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Hospital>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<script>"));
    }

    [Fact]
    public void Render_Disclosure_NoSensitiveValueNoSmallCount()
    {
        DisclosureAssertions.NoSensitiveValue(AssessmentSamples.AcuteTrust(), Report);
        DisclosureAssertions.NoSmallCount(AssessmentSamples.AcuteTrust(), Report, 10);
        Assert.Contains("<code>governance.grievanceLead.name</code> withheld", Report, StringComparison.Ordinal);
        Assert.Contains("<code>boardMembers[bm-02].ethnicity</code> withheld", Report, StringComparison.Ordinal);
        Assert.Contains("<code>disciplinary.bme.entered</code> &lt;10", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoColourOnlyMeaning_OutcomesHaveWords()
    {
        Assert.Contains("<span class=\"badge not-met\">✗ Not met</span>", Report, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge insufficient-evidence\">? Insufficient evidence</span>", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IsDeterministicCultureIndependentAndWellFormed()
    {
        Assert.Equal(Report, HtmlReport.Render(AssessmentSamples.AcuteTrust()));
        Assert.Equal(Report, AssessmentJsonTests.WithCulture(new CultureInfo("de-DE"), () => HtmlReport.Render(AssessmentSamples.AcuteTrust())));
        Assert.DoesNotContain('\r', Report);
        Assert.DoesNotMatch("=\"[0-9]+,[0-9]+\"", Report);
        foreach (var html in new[] { Report, ComparisonReport })
        {
            // The body is XHTML-compatible except void elements; parse it to prove tags balance.
            var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..(html.IndexOf("</body>", StringComparison.Ordinal) + 7)];
            var script = body.IndexOf("<script>", StringComparison.Ordinal);
            body = body[..script] + "</body>";
            XDocument.Parse(body.Replace("<br>", "<br/>", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RenderComparison_TableHasEveryOrganisationAndDistribution()
    {
        Assert.Contains("<title>Comparison of 4 organisations</title>", ComparisonReport, StringComparison.Ordinal);
        Assert.Contains("<table class=\"sortable\" id=\"comparison\">", ComparisonReport, StringComparison.Ordinal);
        var rows = Regex.Matches(ComparisonReport, "<tr><th scope=\"row\">([^<]*)</th><td>(R[A-Z]{2})</td>").Select(m => m.Groups[2].Value);
        Assert.Equal(["RAA", "RXX", "RYY", "RZZ"], rows);
        Assert.Contains("The inclusive key question: organisations by rating", ComparisonReport, StringComparison.Ordinal);
        Assert.Contains("Requires improvement: 1, Good: 2, Outstanding: 1", ComparisonReport, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(src|href|xlink:href|action)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<script[^>]+src", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithSource();

    [GeneratedRegex("<h1>")]
    private static partial Regex H1();

    [GeneratedRegex("<svg id=\"(?<id>[^\"]+)\"[^>]*>")]
    private static partial Regex SvgOpen();
}
