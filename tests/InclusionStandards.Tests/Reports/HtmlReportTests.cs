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
        var figures = FigureOpen().Matches(html);
        Assert.NotEmpty(figures);
        foreach (Match figure in figures)
        {
            var id = figure.Groups["id"].Value;
            Assert.Contains($"aria-labelledby=\"{id}-caption\"", figure.Value, StringComparison.Ordinal);
            Assert.Contains($"<figcaption id=\"{id}-caption\">", html, StringComparison.Ordinal);
        }

        // Every drawing is decoration for text that says the same in words.
        Assert.All(Regex.Matches(html, "<svg[^>]*>").Select(m => m.Value), svg => Assert.Contains("aria-hidden=\"true\"", svg, StringComparison.Ordinal));
        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Render_ChartsForOutcomesScoresEachIndicatorAndGaps()
    {
        var captions = Regex.Matches(Report, "<figcaption id=\"[^\"]+\">([^<]*)").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(captions, c => c.StartsWith("Statements of ", StringComparison.Ordinal));
        Assert.Equal(AssessmentSamples.AcuteTrust().Indicators.Length, Regex.Matches(Report, "<figure class=\"chart\" id=\"indicator-").Count);
        Assert.Contains("Good: between 0.8 and 1.25 (shaded).", Report, StringComparison.Ordinal);
        Assert.Contains("1.42, above the range", Report, StringComparison.Ordinal);
        Assert.Contains("Value not shown: it would reveal a count of fewer than 10 people.", Report, StringComparison.Ordinal);
        Assert.Contains("longer is better", Report, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"legend\"", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InputStrings_AreHtmlEncoded()
    {
        var html = HtmlReport.Render(AssessmentSamples.Several()[2] with { Criteria = [AssessmentSamples.AcuteTrust().Criteria[0] with { Title = "<script>alert(1)</script>" }] });
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
        Assert.Contains("governance, grievance lead: name: withheld", Report, StringComparison.Ordinal);
        Assert.Contains("disciplinary, BME: entered: fewer than 10 (suppressed)", Report, StringComparison.Ordinal);
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
        Assert.Matches("<span class=\"bar-label\">Requires improvement</span>.*<span class=\"bar-value\">1 of 4</span>", ComparisonReport);
        Assert.Matches("<span class=\"bar-label\">Good</span>.*<span class=\"bar-value\">2 of 4</span>", ComparisonReport);
    }

    [GeneratedRegex(@"(src|href|xlink:href|action)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<script[^>]+src", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithSource();

    [GeneratedRegex("<h1>")]
    private static partial Regex H1();

    [GeneratedRegex("<figure class=\"chart\" id=\"(?<id>[^\"]+)\"[^>]*>")]
    private static partial Regex FigureOpen();
}
